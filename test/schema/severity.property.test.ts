import fc from 'fast-check';
import { severitySchema, type Severity } from '../../src/schema/primitives.js';
import { compareSeverity, SEVERITY_RANK } from '../../src/schema/severity.js';

const severity = fc.constantFrom<Severity>(...severitySchema.options);

describe('compareSeverity', () => {
  it('orders severities as the schema lists them, least severe first', () => {
    const sorted = [...severitySchema.options].reverse().sort(compareSeverity);
    expect(sorted).toEqual(['info', 'low', 'medium', 'high', 'critical']);
    expect(Object.keys(SEVERITY_RANK).sort((a, b) => compareSeverity(a as Severity, b as Severity))).toEqual(
      sorted,
    );
  });

  it('is antisymmetric and transitive', () => {
    fc.assert(
      fc.property(severity, severity, severity, (a, b, c) => {
        expect(Math.sign(compareSeverity(a, b)) + Math.sign(compareSeverity(b, a))).toBe(0);
        if (compareSeverity(a, b) <= 0 && compareSeverity(b, c) <= 0)
          expect(compareSeverity(a, c)).toBeLessThanOrEqual(0);
        expect(compareSeverity(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
