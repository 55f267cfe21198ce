import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { remoteToolOptions, unsanctionedRemoteTools } from './_lib/remote-tools.js';
import { byDevice } from './_lib/software.js';

const options = z.object({ ...remoteToolOptions });

/**
 * Remote-desktop or RMM software the organisation has not sanctioned. Mandiant lists AnyDesk, TeamViewer,
 * Chrome Remote Desktop, RustDesk, GoToRemote and LogMeIn on laptop-farm machines: the laptop sits in a
 * facilitator's house while the worker operates it from abroad.
 */
export const remoteAccessTool = defineRule({
  id: 'remote-access-tool',
  meta: {
    description:
      'A remote-desktop or remote-management tool the organisation has not sanctioned is on a device.',
    category: 'remote-access',
    severity: 'medium',
    weight: 40,
    group: 'remote-access-tool',
    levels: {
      'reported-remote-desktop': {
        description:
          'A remote-desktop tool named in IT-worker reporting (AnyDesk, TeamViewer, Chrome Remote Desktop, RustDesk, GoTo, LogMeIn), installed outside the first days after delivery.',
        likelihoodRatio: 7,
        severity: 'medium',
        basis: {
          kind: 'benchmark',
          note: 'Lowered so that two of the commonest look-alikes together stay below review: naive combination overcounts look-alikes that co-occur in a varied workforce, while the scheme\u2019s corroborating signals are far stronger. Labelled benchmark, with each employer\u2019s own agent learned as its standard: 47 % vs 1.7 % (ratio 27); set between that and the earlier judgement of 8, since personal installs are commoner in real workforces than in ours. Mandiant names these tools on laptop-farm machines, but they are also what people install to help relatives or reach a home PC; docs/indicators.md lists help-desk and developer use as false positives. One late install needs corroboration.',
        },
      },
      'other-remote-tool': {
        description:
          'A remote-access tool not named in IT-worker reporting (VNC, Parsec, NoMachine, an RMM agent), installed outside the first days after delivery.',
        likelihoodRatio: 3,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'No public case names these tools; developers and gamers use VNC, Parsec and NoMachine every day. Weak on its own.',
        },
      },
    },
    defaultLevel: 'reported-remote-desktop',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      installed:
        '{{tools}} found on device {{device}}. Remote-desktop software lets someone elsewhere operate the laptop; laptop-farm cases used exactly these tools.',
    },
    requires: ['devices[].software'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['rat-unsanctioned'],
    falsePositives: [
      'An IT help-desk tool the organisation sanctions: list it in allowedTools or the organisation\u2019s sanctionedRemoteTools.',
      'Developers who use RDP or VNC for their work.',
    ],
    mitigation:
      'Ask IT whether the tool was sanctioned; if not, remove it, review its connection logs for inbound sessions and their source addresses, and verify the person on a live video call.',
    references: cite('S20', 'S27', 'S40', 'S9', 'S3'),
  },
  check(profile, context) {
    const hits = unsanctionedRemoteTools(profile, context.options, context.organization);
    return byDevice(hits).map((tools) => {
      const first = tools[0] as (typeof tools)[number];
      const reported = tools.some(({ entry }) => entry.reporting === 'dprk');
      return context.finding('installed', {
        level: reported ? 'reported-remote-desktop' : 'other-remote-tool',
        data: { tools: tools.map(({ entry }) => entry.name).join(', '), device: first.deviceId },
        path: first.path,
        evidence: {
          tools: tools.map(({ entry }) => entry.id),
          names: tools.map(({ name }) => name),
          paths: tools.map(({ path }) => path),
        },
      });
    });
  },
});
