import fc from 'fast-check';
import { redactDeep, redactorFor, redactRecord, type Redactor } from '../../src/engine/redact.js';

const redact = redactorFor({
  id: 'p',
  nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }],
  documents: [{ type: 'passport', number: 'X1234567' }],
});

/** What redactDeep was before it shared unchanged values: a plain deep copy, every string redacted. */
function copyingRedactDeep<T>(value: T, redactor: Redactor): T {
  if (typeof value === 'string') return redactor(value) as T;
  if (Array.isArray(value)) return value.map((item) => copyingRedactDeep(item, redactor)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key in value) {
      if (Object.hasOwn(value, key))
        out[key] = copyingRedactDeep((value as Record<string, unknown>)[key], redactor);
    }
    return out as T;
  }
  return value;
}

// Strings that mostly need nothing, sometimes hold a secret or something shaped like an SSN.
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  fc.constantFrom('SSN 123456789', 'id 123 45 6789', 'passport x1234567', 'other 987-65-4329', '***-**-6789'),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
}));

const json = (x: unknown) => JSON.stringify(x) ?? 'undefined';

describe('redactDeep', () => {
  it('gives the JSON the copying version gave, for any JSON-like value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(json(redactDeep(v, redact))).toBe(json(copyingRedactDeep(v, redact)));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns a value with nothing to mask as it is, and never changes its input', () => {
    fc.assert(
      fc.property(value, (v) => {
        const before = json(v);
        const out = redactDeep(v, redact);
        expect(json(v)).toBe(before);
        if (json(copyingRedactDeep(v, redact)) === before) expect(out).toBe(v);
      }),
      { numRuns: 1000 },
    );
  });

  it('redacts each string once however deep it sits', () => {
    let calls = 0;
    const counting: Redactor = (text) => {
      calls += 1;
      return redact(text);
    };
    let nested: unknown = ['SSN 123456789'];
    for (let depth = 0; depth < 20; depth++)
      nested = depth % 2 ? [nested, 'x'] : { inner: nested, label: 'y' };
    const out = redactDeep(nested, counting);
    expect(calls).toBe(21);
    expect(json(out)).toBe(json(copyingRedactDeep(nested, redact)));
    expect(json(out)).toContain('*****6789');
  });

  it('copies objects that are not plain, as the copying version did', () => {
    class Box {
      constructor(readonly inner: string) {}
      toJSON() {
        return 'box';
      }
    }
    const v = { url: new URL('https://example.com/123456789'), box: new Box('123456789'), at: new Date(0) };
    expect(json(redactDeep(v, redact))).toBe(json(copyingRedactDeep(v, redact)));
    expect(json(redactDeep([new Box('x')], redact))).toBe('[{"inner":"x"}]');
  });
});

describe('redactRecord', () => {
  const record = fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 5 });

  it('is an own copy with the JSON of the copying version', () => {
    fc.assert(
      fc.property(record, (r) => {
        const out = redactRecord(r, redact);
        expect(out).not.toBe(r);
        expect(json(out)).toBe(json(copyingRedactDeep({ ...r }, redact)));
      }),
      { numRuns: 1000 },
    );
  });

  it('is an empty object for no record', () => {
    expect(redactRecord(undefined, redact)).toEqual({});
  });
});
