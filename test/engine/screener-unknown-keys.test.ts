import { createScreener } from '../../src/engine/screener.js';
import { ConfigError, ValidationError } from '../../src/errors.js';
import { parseProfile } from '../../src/schema/parse.js';
import type { ProfileInput } from '../../src/schema/profile.js';
import { screenRoster } from '../../src/roster/screen-roster.js';

const NOW = '2026-02-01T00:00:00Z';
// A record from outside (JSON, an HR export): its shape is not known to the compiler.
const record: unknown = {
  id: 'p1',
  adresses: [{ purpose: 'shipping', line1: '1 Main St' }],
  interviews: [{ mode: 'video', cameraOn: false, videCall: true }],
};

describe('unknown profile keys in a screening', () => {
  it('notes each one with the nearest known field by default, and screens the rest', async () => {
    const screening = await createScreener({ now: NOW }).screen(record as ProfileInput);
    expect(screening.notes).toEqual([
      'unknown field "adresses" was ignored; did you mean "addresses"?',
      'unknown field "interviews[0].videCall" was ignored',
    ]);
    expect(screening.ruleResults.find((r) => r.ruleId === 'interview-camera-off')?.status).toBe('flagged');
  });

  it('notes nothing for a profile of known fields', async () => {
    const screening = await createScreener({ now: NOW }).screen({ id: 'p2', addresses: [] });
    expect(screening.notes).toBeUndefined();
  });

  it('rejects the profile with the paths when unknownKeys is "error"', async () => {
    const screener = createScreener({ now: NOW, unknownKeys: 'error' });
    const error = await screener.screen(record as ProfileInput).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      'adresses',
      'interviews[0].videCall',
    ]);
  });

  it('rejects in a batch too, and keeps the position', async () => {
    const results = [];
    for await (const result of createScreener({ now: NOW, unknownKeys: 'error' }).screenMany([
      { id: 'ok' },
      record,
    ]))
      results.push(result.ok ? 'ok' : `reject ${result.position}: ${result.error.issues[0]?.path}`);
    expect(results).toEqual(['ok', 'reject 1: adresses']);
  });

  it('still notes what parseProfile dropped when the parsed profile is screened', async () => {
    const screening = await createScreener({ now: NOW }).screen(parseProfile(record));
    expect(screening.notes?.[0]).toBe('unknown field "adresses" was ignored; did you mean "addresses"?');
  });

  it('notes them in a roster screening, and rejects them with unknownKeys "error"', async () => {
    const noted = await screenRoster([record], { now: NOW });
    expect(noted.screenings[0]?.notes?.[0]).toBe(
      'unknown field "adresses" was ignored; did you mean "addresses"?',
    );
    const strict = await screenRoster([record], { now: NOW, unknownKeys: 'error' });
    expect([strict.summary.screened, strict.rejects[0]?.error.issues[0]?.path]).toEqual([0, 'adresses']);
  });

  it('refuses an unknownKeys setting that is neither "note" nor "error"', () => {
    expect(() => createScreener({ unknownKeys: 'warn' as 'note' })).toThrow(ConfigError);
  });
});

describe('the type of screen()', () => {
  it('takes ProfileInput, so a mistyped field in a literal is a compile error', async () => {
    const screener = createScreener({ now: NOW });
    // @ts-expect-error -- "adresses" is not a profile field: the compiler catches the typo
    const typo = screener.screen({ id: 'p3', adresses: [] });
    // Country codes in any case and ASNs as text are what callers may pass: the input type allows them.
    const input = await screener.screen({
      id: 'p4',
      claimed: { country: 'us' },
      logins: [{ at: NOW, geo: { asn: 'AS15169' } }],
    });
    expect((await typo).notes).toEqual(['unknown field "adresses" was ignored; did you mean "addresses"?']);
    expect(input.profileId).toBe('p4');
  });
});
