import fc from 'fast-check';
import { maskIdentifier, maskSsn, parseSsn, ssnKey, ssnStructuralProblems } from '../../src/normalize/ssn.js';

describe('parseSsn', () => {
  it.each(['123-45-6789', '123456789', '123 45 6789', '  123-45-6789 ', '１２３-４５-６７８９'])(
    'parses %j',
    (raw) => {
      expect(parseSsn(raw)).toEqual({ area: '123', group: '45', serial: '6789', digits: '123456789' });
    },
  );

  it.each([
    '',
    '12-345-6789',
    '123-456789',
    '123-45 6789',
    '1234567890',
    '12345678',
    'abc-de-fghi',
    '123--45-6789',
  ])('rejects %j', (raw) => {
    expect(parseSsn(raw)).toBeUndefined();
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.anything(), (raw) => void parseSsn(raw as string)));
  });
});

describe('ssnStructuralProblems', () => {
  it.each<[string, string[]]>([
    ['123-45-6789', []],
    ['000-12-3456', ['area-000']],
    ['666-12-3456', ['area-666']],
    ['912-34-5678', ['area-9xx']],
    ['123-00-4567', ['group-00']],
    ['123-45-0000', ['serial-0000']],
    ['666-00-0000', ['area-666', 'group-00', 'serial-0000']],
    ['078-05-1120', ['known-invalid']],
    ['219-09-9999', ['known-invalid']],
    ['987-65-4320', ['area-9xx', 'known-invalid']],
    ['987-65-4329', ['area-9xx', 'known-invalid']],
    ['987-65-4330', ['area-9xx']],
    ['12345', ['malformed']],
  ])('reports %s as %j', (raw, problems) => {
    expect(ssnStructuralProblems(raw)).toEqual(problems);
  });
});

describe('maskSsn', () => {
  it('shows only the last four digits', () => {
    expect(maskSsn('123-45-6789')).toBe('***-**-6789');
    expect(maskSsn('123456789')).toBe('***-**-6789');
  });

  it('masks a malformed value entirely', () => {
    expect(maskSsn('12345')).toBe('***-**-****');
    expect(maskSsn(undefined as unknown as string)).toBe('***-**-****');
  });

  it('never outputs more than four digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{3}[- ]?\d{2}[- ]?\d{4}$/)), (raw) => {
        expect((maskSsn(raw).match(/\d/g) ?? []).length).toBeLessThanOrEqual(4);
      }),
    );
  });
});

describe('ssnKey', () => {
  it('returns the nine digits, idempotently, for every accepted spelling', () => {
    expect(ssnKey('123 45 6789')).toBe('123456789');
    expect(ssnKey('123-45-6789')).toBe('123456789');
    expect(ssnKey(ssnKey('123-45-6789') as string)).toBe('123456789');
  });

  it('keys structurally impossible numbers too, and malformed ones not at all', () => {
    expect(ssnKey('666-00-0000')).toBe('666000000');
    expect(ssnKey('12-34')).toBeUndefined();
  });
});

describe('maskIdentifier', () => {
  it.each<[string, number | undefined, string]>([
    ['DE89 3704 0044 0532 0130 00', undefined, '****3000'],
    ['000123456789', undefined, '****6789'],
    ['X1234567', 2, '****67'],
    ['X1234567', 10, '****4567'],
    ['X1234567', 0, '****'],
    ['12345', undefined, '****45'],
    ['1', undefined, '****'],
    ['', undefined, '****'],
  ])('masks %j (visible %s) as %j', (value, visible, expected) => {
    expect(maskIdentifier(value, visible)).toBe(expected);
  });

  it('never shows more than four characters or half of the value', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -5, max: 20 }), (value, visible) => {
        const masked = maskIdentifier(value, visible);
        const shown = Array.from(masked.slice(4));
        const total = Array.from(value.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')).length;
        expect(masked.startsWith('****')).toBe(true);
        expect(shown.length).toBeLessThanOrEqual(Math.min(4, Math.floor(total / 2)));
      }),
    );
  });
});
