import type { RuleSetConfig } from '../../src/engine/rule-set.js';
import { EMPLOYER_REMOTE_TOOLS } from './vocab/devices.js';
import { CORPORATE_VPNS } from './vocab/networks.js';

const SANCTIONED = EMPLOYER_REMOTE_TOOLS.map((tool) => tool.catalogId);

/**
 * What the screened organisations tell hirescreen about themselves when one deployment screens them
 * all as one roster: every remote-support tool some employer's IT department installs and every
 * corporate VPN some employer's staff sign in through (employers.ts draws each employer's own). Without
 * it, sanctioned tools and corporate egress are (correctly) findings.
 */
export const DEPLOYMENT_RULES: RuleSetConfig = {
  extends: ['recommended'],
  rules: {
    'remote-access-tool': { options: { allowedTools: SANCTIONED } },
    'multiple-remote-access-tools': { options: { allowedTools: SANCTIONED } },
    'remote-tool-early-install': { options: { allowedTools: SANCTIONED } },
    'anonymized-login-share': { options: { allowedProviders: [...CORPORATE_VPNS] } },
    'named-vpn-egress': { options: { allowedProviders: [...CORPORATE_VPNS] } },
    'hiring-touchpoint-anonymizer': { options: { allowedProviders: [...CORPORATE_VPNS] } },
  },
};
