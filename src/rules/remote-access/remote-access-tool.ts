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
    severity: 'high',
    weight: 40,
    group: 'remote-access-tool',
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
      'An IT help-desk tool the organisation sanctions: list it in allowedTools.',
      'Developers who use RDP or VNC for their work.',
    ],
    mitigation:
      'Ask IT whether the tool was sanctioned; if not, remove it, review its connection logs for inbound sessions and their source addresses, and verify the person on a live video call.',
    references: cite('S20', 'S27', 'S40', 'S9', 'S3'),
  },
  check(profile, context) {
    return byDevice(unsanctionedRemoteTools(profile, context.options)).map((tools) => {
      const first = tools[0] as (typeof tools)[number];
      return context.finding('installed', {
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
