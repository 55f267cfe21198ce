import { z } from 'zod';
import { defineRule } from '../../../src/engine/define-rule.js';
import type { RuleMeta } from '../../../src/engine/types.js';

const base = {
  description: 'A fixture rule.',
  category: 'hiring',
  severity: 'medium',
  weight: 20,
  presets: [],
  status: 'stable',
  requires: ['interviews'],
  mitigates: ['identity-verification'],
  falsePositives: ['A broken webcam.'],
  mitigation: 'Ask for a video call.',
  references: [{ title: 'Fixture source', url: 'https://example.org/source' }],
} satisfies Partial<RuleMeta<unknown, Record<string, string>>>;

/** One finding per camera-off video interview, once there are at least `minimum` of them. */
export const cameraOff = defineRule({
  id: 'test/camera-off',
  meta: {
    ...base,
    options: z.object({
      minimum: z.number().int().positive().default(1).describe('How many camera-off interviews it takes.'),
    }),
    messages: { off: 'The camera was off in the {{mode}} interview on {{date}}.' },
  },
  check(profile, context) {
    const off = (profile.interviews ?? [])
      .map((interview, index) => ({ interview, index }))
      .filter(({ interview }) => interview.mode === 'video' && interview.cameraOn === false);
    if (off.length < context.options.minimum) return undefined;
    return off.map(({ interview, index }) =>
      context.finding('off', {
        data: { mode: interview.mode, date: interview.at?.slice(0, 10) ?? 'an unknown date' },
        path: `interviews[${index}]`,
        evidence: { cameraOn: false },
      }),
    );
  },
});

/** Sorts the profile's interviews in place: the mutation the tester must catch. */
export const sortsInPlace = defineRule({
  id: 'test/sorts-in-place',
  meta: { ...base, messages: { many: 'Several interviews.' } },
  check(profile) {
    profile.interviews?.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
    return undefined;
  },
});

/** Forgets a placeholder's data. */
export const forgetsData = defineRule({
  id: 'test/forgets-data',
  meta: { ...base, messages: { off: 'Camera off on {{date}}.' } },
  check(_profile, context) {
    return context.finding('off', {} as never);
  },
});

/** Metadata with every problem the tester checks for. */
export const badMeta = defineRule({
  id: 'test/bad-meta',
  meta: {
    ...base,
    falsePositives: [],
    references: [],
    options: z.object({ limit: z.number() }),
    messages: { broken: 'Seen on {{date} at {place}.' },
  },
  check() {
    return undefined;
  },
});
