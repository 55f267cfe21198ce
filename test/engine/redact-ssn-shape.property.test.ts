import fc from 'fast-check';
import { mayHoldSsnShape, redactorFor } from '../../src/engine/redact.js';

// The engine's pattern for anything shaped like an SSN, as the redactor applies it without the digit count.
const SOURCE =
  '(?<![\\p{L}\\p{N}])\\p{Nd}{3}[^\\p{L}\\p{N}\\r\\n]{1,3}\\p{Nd}{2}[^\\p{L}\\p{N}\\r\\n]{1,3}\\p{Nd}{4}(?![\\p{L}\\p{N}])';
const SSN_SHAPE = new RegExp(SOURCE, 'u');

/** Text heavy in digits and separators, with other scripts' digits and letters now and then. */
const text = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'0123456789') },
    { weight: 3, arbitrary: fc.constantFrom(' ', '-', '.', '/', 'a', 'Z', '\n', '\u2013', '\u200b') },
    fc.constantFrom('\u0665', '\uff13', '\u0966', '\u00e9', '\ud835\udfd7'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('mayHoldSsnShape', () => {
  it('is true of every text the SSN pattern finds something in', () => {
    fc.assert(
      fc.property(text, (value) => {
        if (SSN_SHAPE.test(value)) expect(mayHoldSsnShape(value)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves the redactor masking every SSN shape, in ASCII and in other digits', () => {
    const redact = redactorFor({ id: 'p' });
    expect(redact('call 536.22.8147 today')).toBe('call ***-**-8147 today');
    expect(redact('\u0665\u0663\u0666-22-8147')).toBe('***-**-8147');
    expect(redact('on 2023-07-12 at 10')).toBe('on 2023-07-12 at 10');
  });
});
