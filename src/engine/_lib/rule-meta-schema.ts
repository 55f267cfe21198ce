import { z } from 'zod';
import { severitySchema } from '../../schema/primitives.js';
import { CATEGORIES } from '../types.js';

const strings = z.array(z.string());

/**
 * What `defineRule` checks of `meta` at run time, for JavaScript callers the types do not reach: a
 * `weight: 1e9` with `severity: 'bogus'` used to be accepted and escalate, and a missing `presets`
 * failed later as "Cannot read properties of undefined" (issue 17, item 3). Loose objects: a rule may
 * carry fields of its own.
 */
export const ruleMetaSchema = z.looseObject({
  description: z.string({ error: 'must be a string' }).min(1, 'must not be empty'),
  category: z.enum(CATEGORIES as [string, ...string[]], {
    error: `must be one of ${CATEGORIES.join(', ')}`,
  }),
  severity: z.enum(severitySchema.options, { error: 'must be info, low, medium, high or critical' }),
  weight: z
    .number({ error: 'must be a number from 0 to 100' })
    .min(0, 'must be a number from 0 to 100')
    .max(100, 'must be a number from 0 to 100'),
  presets: z.array(z.enum(['recommended', 'strict']), {
    error: 'must be a list of presets (recommended, strict); [] for none',
  }),
  status: z.enum(['experimental', 'stable', 'deprecated'], {
    error: 'must be experimental, stable or deprecated',
  }),
  messages: z.record(z.string(), z.string({ error: 'each message must be a string template' })),
  requires: strings,
  needs: z.array(z.enum(['links', 'ipIntel', 'domainIntel'])).optional(),
  mitigates: z.array(z.enum(['remote-access-scrutiny', 'identity-verification', 'logistics-and-money'])),
  falsePositives: strings,
  mitigation: z.string(),
  references: z.array(z.looseObject({ title: z.string(), url: z.string() })),
  group: z.string().min(1).optional(),
  options: z
    .custom((value) => typeof (value as { safeParse?: unknown })?.safeParse === 'function', {
      error: 'must be a zod schema',
    })
    .optional(),
});
