import fc from 'fast-check';
import { holderNames } from '../../../src/rules/payroll/payroll-holder-name-mismatch.js';

/** holderNames as first written, computing the shared surname for every line. */
function reference(holder: string): string[] {
  const parts = holder
    .split(/\s+(?:and|or|und|et|y)\s+|\s*[&+/;]\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const surname = parts.at(-1)?.split(/\s+/).at(-1);
  return parts.map((part) => (!/\s/.test(part) && surname && parts.length > 1 ? `${part} ${surname}` : part));
}

const pieces = [
  'Jane',
  'John',
  'Doe',
  ' ',
  ' and ',
  ' AND ',
  '&',
  ' / ',
  ';',
  '+',
  ' y ',
  'Doe-Smith',
  '',
  '\t',
];
const holderLine = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((ps) => ps.join('')),
  fc.string({ maxLength: 20 }),
);

describe('holderNames', () => {
  it('splits holder lines as the original did', () => {
    fc.assert(
      fc.property(holderLine, (holder) => {
        expect(holderNames(holder)).toEqual(reference(holder));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['Jane Doe', 'Jane & John Doe', 'Jane Doe and John Doe', 'Jane', '&', '', ' Jane  Doe '])(
    'splits %j as the original did',
    (holder) => {
      expect(holderNames(holder)).toEqual(reference(holder));
    },
  );
});
