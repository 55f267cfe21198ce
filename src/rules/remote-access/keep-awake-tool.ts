import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { KEEP_AWAKE_TOOLS } from '../../intel/catalogs/keep-awake-tools.js';
import { cite } from '../_lib/references.js';
import { byDevice, catalogIdList, softwareHits } from './_lib/software.js';

const options = z.object({
  allowedTools: catalogIdList(
    KEEP_AWAKE_TOOLS,
    'Keep-awake catalog ids the organisation sanctions (e.g. PowerToys Awake).',
  ),
});

/**
 * Keep-awake or mouse-jiggler software that fakes presence. Red Canary saw Caffeine in IT-worker cases and
 * Mandiant advised watching for mouse jigglers. Hardware jigglers enumerate as ordinary mice and are not
 * visible here.
 */
export const keepAwakeTool = defineRule({
  id: 'keep-awake-tool',
  meta: {
    description: 'Keep-awake or mouse-jiggler software that fakes presence is on a device.',
    category: 'remote-access',
    severity: 'low',
    weight: 20,
    group: 'keep-awake',
    levels: {
      'keep-awake-software': {
        description: 'Keep-awake or mouse-jiggler software the organisation has not sanctioned.',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'Red Canary saw Caffeine in IT-worker cases [S33], but presenters and anyone running long builds use these tools (docs/indicators.md): weak context for the activity and remote-access rules.',
        },
      },
    },
    defaultLevel: 'keep-awake-software',
    // Weak alone, and no source gave the tools' process names (every catalog entry is unconfirmed).
    presets: ['strict'],
    status: 'experimental',
    options,
    messages: {
      installed:
        '{{tools}} found on device {{device}}. Keep-awake tools keep a session looking active; with remote access they keep a laptop reachable around the clock.',
    },
    requires: ['devices[].software'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['sw-keep-awake'],
    falsePositives: [
      'Presenters, and people keeping a machine awake through a long build or download.',
      'A keep-awake utility the organisation ships (list it in allowedTools).',
    ],
    mitigation:
      'Read it together with the activity pattern and any remote-access tools; on its own it calls for a conversation, not an investigation.',
    references: cite('S33', 'S20'),
  },
  check(profile, context) {
    const hits = softwareHits(profile, KEEP_AWAKE_TOOLS).filter(
      ({ entry }) => !context.options.allowedTools.includes(entry.id),
    );
    return byDevice(hits).map((tools) => {
      const first = tools[0] as (typeof tools)[number];
      return context.finding('installed', {
        data: { tools: tools.map(({ entry }) => entry.name).join(', '), device: first.deviceId },
        path: first.path,
        evidence: { tools: tools.map(({ entry }) => entry.id), names: tools.map(({ name }) => name) },
      });
    });
  },
});
