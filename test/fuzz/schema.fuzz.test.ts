import fc from 'fast-check';
import { ValidationError } from '../../src/errors.js';
import { safeParseProfile } from '../../src/schema/parse.js';
import { fuzzParameters } from './_support/runs.js';

const SSN = '536-22-8147';

/** Profile-shaped records: the schema's own keys with values of any type, the SSN among the strings. */
const profileish = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constant(SSN), fc.anything()),
    name: fc.oneof(fc.record({ full: fc.string() }), fc.anything()),
    nationalIds: fc.oneof(
      fc.array(fc.record({ type: fc.string(), value: fc.constantFrom(SSN, '') })),
      fc.anything(),
    ),
    emails: fc.oneof(fc.array(fc.record({ address: fc.string() })), fc.anything()),
    addresses: fc.array(
      fc.dictionary(fc.constantFrom('purpose', 'line1', 'postalCode', 'country'), fc.anything()),
    ),
    logins: fc.array(fc.record({ at: fc.string(), ip: fc.string() }, { requiredKeys: [] })),
    dateOfBirth: fc.oneof(fc.string(), fc.constant(SSN)),
  },
  { requiredKeys: [] },
);

describe('fuzz: the profile schema', () => {
  it('answers any value with a profile or a ValidationError that never echoes an SSN', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), profileish), (input) => {
        const result = safeParseProfile(input, { position: 3 });
        if (result.success) return Object.isFrozen(result.data);
        return (
          result.error instanceof ValidationError &&
          result.error.position === 3 &&
          !result.error.message.replace(/^Profile "[^"]*"/, '').includes(SSN) &&
          result.error.issues.every((issue) => !issue.message.includes(SSN))
        );
      }),
      fuzzParameters(0.3),
    );
  });
});
