import fc from 'fast-check';
import { getCountries, Metadata } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/max/metadata';
import {
  metadataCanIdentifyVoip,
  normalizePhone,
  phoneKey,
  phoneLineTypeFromMetadata,
  VOIP_METADATA_CALLING_CODES,
  VOIP_METADATA_REGIONS,
} from '../../src/normalize/phone.js';

describe('normalizePhone', () => {
  it('parses a US national number with a default country', () => {
    expect(normalizePhone('(415) 555-2671', 'US')).toEqual({
      e164: '+14155552671',
      country: 'US',
      callingCode: '1',
      type: 'FIXED_LINE_OR_MOBILE',
      valid: true,
      possible: true,
    });
  });

  it('parses a non-geographic international number without a country', () => {
    expect(normalizePhone('+883 5100 1234 5678')).toEqual({
      e164: '+883510012345678',
      country: undefined,
      callingCode: '883',
      type: 'VOIP',
      valid: true,
      possible: true,
    });
  });

  it('ignores the default country for a number written with +', () => {
    expect(normalizePhone('+44 56 1234 5678', 'US')?.country).toBe('GB');
  });

  it('accepts a lower-case default country and ignores an unknown one', () => {
    expect(normalizePhone('030 123456', 'de')?.e164).toBe('+4930123456');
    expect(normalizePhone('+49 30 123456', 'XX')?.e164).toBe('+4930123456');
  });

  it('reports a too-short number as neither valid nor possible', () => {
    expect(normalizePhone('123', 'US')).toEqual({
      e164: '+1123',
      country: 'US',
      callingCode: '1',
      type: undefined,
      valid: false,
      possible: false,
    });
  });

  it.each(['', 'abc', 'call me', '+', '++1', '1'.repeat(200)])('returns undefined for %j', (raw) => {
    expect(normalizePhone(raw)).toBeUndefined();
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.string()), (raw, country) => {
        normalizePhone(raw as string, country ?? undefined);
      }),
    );
  });
});

describe('phoneKey', () => {
  it.each([
    ['+1 415-555-2671', undefined, '+14155552671'],
    ['415.555.2671', 'us', '+14155552671'],
    ['1 (415) 555 2671', 'US', '+14155552671'],
    ['+14155552671 ext. 12', undefined, '+14155552671'],
    ['020 7946 0018', 'GB', '+442079460018'],
  ])('keys %j (%s) as %s', (raw, country, key) => {
    expect(phoneKey(raw, country)).toBe(key);
  });

  it('returns undefined for an impossible number', () => {
    expect(phoneKey('123', 'US')).toBeUndefined();
    expect(phoneKey('not a phone')).toBeUndefined();
  });

  it('maps formatting variants of one number to one key and is idempotent', () => {
    const separators = fc.constantFrom(' ', '-', '.', '', '  ');
    fc.assert(
      fc.property(separators, separators, fc.boolean(), (s1, s2, paren) => {
        const raw = `+1${s1}${paren ? '(415)' : '415'}${s2}555${s1}2671`;
        const key = phoneKey(raw);
        expect(key).toBe('+14155552671');
        expect(phoneKey(key as string)).toBe(key);
      }),
    );
  });
});

describe('phoneLineTypeFromMetadata', () => {
  it.each([
    ['+44 56 1234 5678', 'voip'],
    ['+33 9 12 34 56 78', 'voip'],
    ['+81 50 1234 5678', 'voip'],
    ['+81 90 1234 5678', 'mobile'],
    ['+49 30 123456', 'landline'],
    ['+1 415 555 2671', 'landline-or-mobile'],
    ['+1 800 555 0199', 'other'],
    ['+1 123', 'unknown'],
  ])('classifies %s as %s', (raw, lineType) => {
    expect(phoneLineTypeFromMetadata(normalizePhone(raw))).toBe(lineType);
  });

  it('returns unknown for undefined', () => {
    expect(phoneLineTypeFromMetadata(undefined)).toBe('unknown');
  });
});

describe('VOIP_METADATA_REGIONS', () => {
  // Reads the metadata's per-type patterns through an undocumented accessor; only the test does this,
  // so a library upgrade that changes it breaks this test, not the library.
  type PlanWithTypes = { type(name: string): unknown };
  const plan = new Metadata(metadata);
  const hasVoip = (code: string): boolean => {
    plan.selectNumberingPlan(code as never);
    return Boolean((plan.numberingPlan as unknown as PlanWithTypes).type('VOIP'));
  };

  it('lists exactly the regions whose metadata has a VoIP range', () => {
    expect([...VOIP_METADATA_REGIONS]).toEqual(getCountries(metadata).filter(hasVoip));
  });

  it('lists exactly the non-geographic calling codes whose metadata has a VoIP range', () => {
    expect([...VOIP_METADATA_CALLING_CODES]).toEqual(Object.keys(metadata.nonGeographic).filter(hasVoip));
  });

  it('leaves out the US, whose VoIP numbers need a carrier lookup', () => {
    expect(metadataCanIdentifyVoip('US')).toBe(false);
    expect(metadataCanIdentifyVoip('us')).toBe(false);
    expect(metadataCanIdentifyVoip('GB')).toBe(true);
    expect(metadataCanIdentifyVoip('883')).toBe(true);
    expect(metadataCanIdentifyVoip(undefined)).toBe(false);
  });

  it('types Canadian geographic numbers as landline-or-mobile and only the 600 range as voip', () => {
    expect(phoneLineTypeFromMetadata(normalizePhone('+1 416 555 0123'))).toBe('landline-or-mobile');
    expect(phoneLineTypeFromMetadata(normalizePhone('+1 600 555 1234'))).toBe('voip');
  });
});
