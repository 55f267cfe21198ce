import { findUnknownKeys, unknownKeyNote } from '../../src/schema/unknown-keys.js';
import { parseProfile, safeParseProfile } from '../../src/schema/parse.js';
import { ValidationError } from '../../src/errors.js';

describe('findUnknownKeys', () => {
  it('flags a mistyped top-level field with the nearest known one', () => {
    expect(findUnknownKeys({ id: 'p1', adresses: [{ line1: '1 Main St' }] })).toEqual([
      { path: 'adresses', nearest: 'addresses' },
    ]);
  });

  it('flags mistyped fields inside lists and objects with their full path', () => {
    expect(
      findUnknownKeys({
        id: 'p1',
        addresses: [{ line1: '1 Main St' }, { lin1: '2 Main St' }],
        payroll: { acounts: [] },
        devices: [{ id: 'd1', usb: [{ vendorID: '1d6b' }] }],
      }),
    ).toEqual([
      { path: 'addresses[1].lin1', nearest: 'addresses[1].line1' },
      { path: 'payroll.acounts', nearest: 'payroll.accounts' },
      { path: 'devices[0].usb[0].vendorID', nearest: 'devices[0].usb[0].vendorId' },
    ]);
  });

  it('names no nearest field when none is close', () => {
    expect(findUnknownKeys({ id: 'p1', favouriteColour: 'teal' })).toEqual([
      { path: 'favouriteColour', nearest: undefined },
    ]);
  });

  it('finds nothing in a profile of known fields, nor in keys set to undefined', () => {
    expect(findUnknownKeys({ id: 'p1', name: { full: 'Ana Lima' }, adresses: undefined })).toEqual([]);
  });

  it('lists at most 20 unknown keys of a junk record', () => {
    const junk = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`junk${i}`, i]));
    expect(findUnknownKeys({ id: 'p1', ...junk })).toHaveLength(20);
  });
});

describe('unknown keys when parsing', () => {
  const input = { id: 'p1', adresses: [{ line1: '1 Main St' }], addresses: [{ lin1: '2 Main St' }] };

  it('drops them and lists them by default', () => {
    const result = safeParseProfile(input);
    expect(result.success && result.unknownKeys).toEqual([
      { path: 'adresses', nearest: 'addresses' },
      { path: 'addresses[0].lin1', nearest: 'addresses[0].line1' },
    ]);
    expect(result.success && result.data).toEqual({ id: 'p1', addresses: [{}] });
  });

  it('rejects the profile with each path when unknownKeys is "error"', () => {
    const result = safeParseProfile(input, { unknownKeys: 'error' });
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: 'adresses', code: 'unrecognized_keys', message: 'unknown field; did you mean "addresses"?' },
      {
        path: 'addresses[0].lin1',
        code: 'unrecognized_keys',
        message: 'unknown field; did you mean "addresses[0].line1"?',
      },
    ]);
    expect(() => parseProfile(input, { unknownKeys: 'error' })).toThrow(ValidationError);
  });

  it('reports unknown keys beside the schema\u2019s own issues', () => {
    const result = safeParseProfile({ id: '', adresses: [] }, { unknownKeys: 'error' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual(['id', 'adresses']);
  });

  it('keeps what a parsed profile dropped, so screening it later still says so', () => {
    const profile = parseProfile(input);
    const again = safeParseProfile(profile);
    expect(again.success && again.unknownKeys.map((unknown) => unknown.path)).toEqual([
      'adresses',
      'addresses[0].lin1',
    ]);
    expect(safeParseProfile(profile, { unknownKeys: 'error' }).success).toBe(false);
  });
});

describe('unknownKeyNote', () => {
  it('says the field was ignored and names the nearest one', () => {
    expect(unknownKeyNote({ path: 'addresses[0].lin1', nearest: 'addresses[0].line1' })).toBe(
      'unknown field "addresses[0].lin1" was ignored; did you mean "addresses[0].line1"?',
    );
    expect(unknownKeyNote({ path: 'favouriteColour', nearest: undefined })).toBe(
      'unknown field "favouriteColour" was ignored',
    );
  });
});
