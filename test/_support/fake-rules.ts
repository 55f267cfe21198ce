import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import type { RuleMeta } from '../../src/engine/types.js';

/** The meta fields every test rule shares; spread it and override what a test is about. */
export const testRuleMeta = {
  category: 'hiring',
  severity: 'medium',
  weight: 30,
  presets: [],
  status: 'stable',
  requires: [],
  mitigates: ['identity-verification'],
  falsePositives: ['none known'],
  mitigation: 'Review it.',
  references: [{ title: 'Test source', url: 'https://example.org' }],
} satisfies Partial<RuleMeta<unknown, Record<string, string>>>;

/** Fires once per interview with the camera off; weight and severity configurable through options. */
export const cameraRule = defineRule({
  id: 'test/camera',
  meta: {
    ...testRuleMeta,
    description: 'Camera off.',
    requires: ['interviews'],
    options: z.object({ minimum: z.number().int().min(1).default(1).describe('how many interviews') }),
    messages: { off: 'Camera off on {{date}}.' },
  },
  check(profile, context) {
    const off = (profile.interviews ?? []).filter((i) => i.cameraOn === false);
    if (off.length < context.options.minimum) return undefined;
    return off.map((i) => context.finding('off', { data: { date: i.at ?? 'unknown' } }));
  },
});

/** Always throws, to prove isolation. */
export const brokenRule = defineRule({
  id: 'test/broken',
  meta: { ...testRuleMeta, description: 'Broken.', messages: { never: 'never' } },
  check() {
    throw new Error('boom');
  },
});

/** Fires on any profile, echoing the SSN, to prove the engine's redaction safety net. */
export const leakyRule = defineRule({
  id: 'test/leaky',
  meta: { ...testRuleMeta, description: 'Leaky.', weight: 10, messages: { leak: 'SSN on file is {{ssn}}.' } },
  check(profile, context) {
    const ssn = profile.nationalIds?.[0]?.value;
    return ssn ? context.finding('leak', { data: { ssn }, evidence: { raw: ssn } }) : undefined;
  },
});

/** Critical and weak: proves critical escalates regardless of score. */
export const criticalRule = defineRule({
  id: 'test/critical',
  meta: {
    ...testRuleMeta,
    description: 'Critical.',
    severity: 'critical',
    weight: 5,
    requires: ['devices'],
    messages: { hit: 'Critical hit.' },
  },
  check(_profile, context) {
    return context.finding('hit');
  },
});
