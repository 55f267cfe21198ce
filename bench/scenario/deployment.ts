import type { RuleSetConfig } from '../../src/engine/rule-set.js';
import { CORPORATE_VPNS } from './vocab/networks.js';

/**
 * What the screened organisations tell hirescreen about themselves, as any deployment would: the
 * remote-support tools their IT departments install and the corporate VPNs their staff sign in
 * through. Without it, sanctioned tools and corporate egress are (correctly) findings.
 */
export const DEPLOYMENT_RULES: RuleSetConfig = {
  extends: ['recommended'],
  rules: {
    'remote-access-tool': { options: { allowedTools: ['teamviewer', 'screenconnect'] } },
    'multiple-remote-access-tools': { options: { allowedTools: ['teamviewer', 'screenconnect'] } },
    'remote-tool-early-install': { options: { allowedTools: ['teamviewer', 'screenconnect'] } },
    'anonymized-login-share': { options: { allowedProviders: [...CORPORATE_VPNS] } },
    'named-vpn-egress': { options: { allowedProviders: [...CORPORATE_VPNS] } },
    'hiring-touchpoint-anonymizer': { options: { allowedProviders: [...CORPORATE_VPNS] } },
  },
};
