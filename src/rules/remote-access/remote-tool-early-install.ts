import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { HOUR_MS, instantOf } from '../_lib/time.js';
import { remoteToolOptions, unsanctionedRemoteTools } from './_lib/remote-tools.js';

const options = z.object({
  ...remoteToolOptions,
  // docs/indicators.md rat-early-install: "first seen <= 72 h after delivery" (default, not a sourced figure).
  maxHours: z
    .number()
    .positive()
    .default(72)
    .describe('Hours after delivery within which an install counts as early.'),
});

/**
 * A remote-access tool appeared within days of the laptop's delivery. Knoot's laptop farm installed
 * remote-desktop software as soon as laptops arrived; the KnowBe4 laptop began loading malware at once.
 * Same group as `remote-access-tool`: the timing makes the same install count for more, not twice.
 */
export const remoteToolEarlyInstall = defineRule({
  id: 'remote-tool-early-install',
  meta: {
    description:
      'An unsanctioned remote-access tool was first seen within days of the laptop\u2019s delivery.',
    category: 'remote-access',
    severity: 'high',
    weight: 45,
    group: 'remote-access-tool',
    levels: {
      'installed-within-a-day': {
        description: 'An unsanctioned remote-access tool first seen within 24 hours of delivery.',
        likelihoodRatio: 150,
        basis: {
          kind: 'judgement',
          note: 'Knoot\u2019s farm installed remote desktops as laptops arrived [S9]; a new hire rarely installs a personal remote desktop on the first day, when IT imaging (the listed false positive) is ruled out by the allowlist and the organisation context.',
        },
      },
      'installed-within-days': {
        description:
          'An unsanctioned remote-access tool first seen within the early window (72 hours by default) but after the first day.',
        likelihoodRatio: 60,
        basis: {
          kind: 'judgement',
          note: 'The same pattern a little later: still rare for a legitimate hire in the first week of a company laptop, but a personal tool for a weekend at home becomes plausible.',
        },
      },
    },
    defaultLevel: 'installed-within-days',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      early:
        '{{tool}} appeared on device {{device}} {{hours}} hours after the laptop was delivered. Laptop farms install remote-desktop software as soon as a company laptop arrives.',
    },
    requires: ['devices[].deliveredAt', 'devices[].software'],
    mitigates: ['remote-access-scrutiny', 'logistics-and-money'],
    indicators: ['rat-early-install'],
    falsePositives: [
      'An onboarding script that installs a sanctioned tool: list it in allowedTools or the organisation\u2019s sanctionedRemoteTools.',
    ],
    mitigation:
      'Check who installed the tool and from where; confirm the laptop is with the hire at the verified home address (a live video call showing the device and its serial).',
    references: cite('S9', 'S20'),
  },
  check(profile, context) {
    const { maxHours } = context.options;
    return unsanctionedRemoteTools(profile, context.options, context.organization).flatMap((hit) => {
      const delivered = instantOf(hit.deliveredAt);
      const seen = instantOf(hit.firstSeenAt);
      if (delivered === undefined || seen === undefined) return [];
      // Before delivery means IT imaged it in: a different question, answered by the allowlist.
      const hours = (seen - delivered) / HOUR_MS;
      if (hours < 0 || hours > maxHours) return [];
      return [
        context.finding('early', {
          level: hours <= 24 ? 'installed-within-a-day' : 'installed-within-days',
          data: { tool: hit.entry.name, device: hit.deviceId, hours: Math.round(hours * 10) / 10 },
          path: hit.path,
          evidence: { deliveredAt: hit.deliveredAt, firstSeenAt: hit.firstSeenAt, maxHours },
        }),
      ];
    });
  },
});
