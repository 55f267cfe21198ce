import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { remoteToolOptions, unsanctionedRemoteTools } from './_lib/remote-tools.js';

const options = z.object({
  ...remoteToolOptions,
  minTools: z.number().int().min(2).default(2).describe('Distinct unsanctioned tools that make the finding.'),
});

/**
 * Two or more distinct unsanctioned remote-access tools: Mandiant saw IT workers install several, to keep a
 * way in when one is blocked. Same group as `remote-access-tool`, so the install counts once, at the strongest level.
 */
export const multipleRemoteAccessTools = defineRule({
  id: 'multiple-remote-access-tools',
  meta: {
    description: 'Two or more distinct unsanctioned remote-access tools are on the person\u2019s devices.',
    category: 'remote-access',
    severity: 'high',
    weight: 65,
    group: 'remote-access-tool',
    levels: {
      'two-tools': {
        description: 'Two distinct unsanctioned remote-access tools.',
        likelihoodRatio: 60,
        basis: {
          kind: 'judgement',
          note: 'Mandiant saw workers keep several tools as fall-backs [S20]; a legitimate person rarely needs two personal remote desktops, but support engineers do (docs/indicators.md), so it reaches review without escalating.',
        },
      },
      'three-or-more-tools': {
        description: 'Three or more distinct unsanctioned remote-access tools.',
        likelihoodRatio: 200,
        basis: {
          kind: 'judgement',
          note: 'Each extra redundant tool makes an innocent explanation less likely; still short of the decisive band because a support engineer\u2019s toolbox can hold three.',
        },
      },
    },
    defaultLevel: 'two-tools',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      several:
        '{{count}} different remote-access tools are installed ({{tools}}). Several redundant remote-desktop tools on one person\u2019s laptops is a pattern of laptop-farm operation.',
    },
    requires: ['devices[].software'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['rat-unsanctioned'],
    falsePositives: [
      'A help-desk that uses more than one tool: list the sanctioned ones in allowedTools or the organisation\u2019s sanctionedRemoteTools.',
      'A support engineer whose job is to connect to customers\u2019 machines.',
    ],
    mitigation:
      'Isolate the device, collect the tools\u2019 connection logs (inbound session sources), and hold a live identity check before restoring access.',
    references: cite('S20', 'S40'),
  },
  check(profile, context) {
    const hits = unsanctionedRemoteTools(profile, context.options, context.organization);
    const distinct = new Map<string, (typeof hits)[number]>();
    for (const hit of hits) if (!distinct.has(hit.entry.id)) distinct.set(hit.entry.id, hit);
    if (distinct.size < context.options.minTools) return undefined;
    const tools = [...distinct.values()];
    return context.finding('several', {
      level: tools.length >= 3 ? 'three-or-more-tools' : 'two-tools',
      data: { count: tools.length, tools: tools.map(({ entry }) => entry.name).join(', ') },
      path: (tools[0] as (typeof tools)[number]).path,
      evidence: {
        tools: tools.map(({ entry }) => entry.id),
        devices: [...new Set(tools.map(({ deviceId }) => deviceId))],
      },
    });
  },
});
