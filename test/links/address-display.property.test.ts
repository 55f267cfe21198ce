import fc from 'fast-check';
import { addressDisplay } from '../../src/links/keys.js';

// addressDisplay reads the key in place instead of splitting, filtering and joining it; it must give
// what the split form gave for any key, well-formed or not.

function referenceDisplay(fullKey: string): string {
  const [country = '', zip = '', ...rest] = fullKey.split('|');
  const line = rest.filter(Boolean).join(' ').replace(/# /g, '#');
  return `${line}${zip ? `, ${zip}` : ''} ${country}`.trim();
}

describe('addressDisplay', () => {
  it('equals the split-filter-join form', () => {
    const part = fc.string({ unit: fc.constantFrom('|', '#', ' ', 'A', '4', 'é', '\t') });
    fc.assert(
      fc.property(
        fc.oneof(
          part,
          fc.array(part).map((parts) => parts.join('|')),
          fc.string(),
        ),
        (key) => {
          expect(addressDisplay(key)).toBe(referenceDisplay(key));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    'US|62701|123|N|MAIN|ST|#|4B',
    'US|62701|123|N|MAIN|ST|',
    'US|62701|',
    'US|',
    'US',
    '',
    '|',
    '||',
    'US||1|#| |X',
    ' US | 62701 | 1 ',
    'GB:home|*|10 downing street',
  ])('keeps %j as it was', (key) => {
    expect(addressDisplay(key)).toBe(referenceDisplay(key));
  });
});
