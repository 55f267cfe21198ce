import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { assembleProfiles } from '../../src/adapters/assemble.js';
import { fromOkta } from '../../src/adapters/okta.js';
import { fromOsquery } from '../../src/adapters/osquery.js';
import { fromPeople } from '../../src/adapters/people.js';
import type { AdapterResult } from '../../src/adapters/types.js';
import { readCsv } from '../../src/cli/input/csv.js';
import { screenRoster } from '../../src/roster/screen-roster.js';
import { fixture } from './_fixture.js';

// Four remote employees with four different homes in the HRIS. Okta shows three of them signing in,
// day after day, from one residential network; osquery shows each of those three laptops with the
// same USB gadget an IP-KVM presents. No source alone is enough to send anyone to review.
async function hris(): Promise<AdapterResult> {
  const rows: unknown[] = [];
  const path = join(__dirname, '..', 'fixtures', 'adapters', 'farm', 'hris.csv');
  for await (const record of readCsv(createReadStream(path))) if (record.ok) rows.push(record.value);
  return fromPeople(rows);
}
const okta = () => fromOkta(fixture('farm/okta.jsonl'));
const osquery = () => fromOsquery(fixture('farm/osquery.jsonl'));

async function decisions(sources: AdapterResult[]): Promise<Record<string, string>> {
  const { profiles } = await assembleProfiles(sources);
  const { screenings, rejects } = await screenRoster(profiles, { now: '2026-01-12T00:00:00Z' });
  expect(rejects).toEqual([]);
  return Object.fromEntries(
    screenings.map((s) => [s.profileId, `${s.decision} ${s.findings.map((f) => f.ruleId).join(',')}`]),
  );
}

describe('a laptop farm found only by joining HRIS, Okta and osquery', () => {
  it('sends the three farm employees to review once the sources are joined, and not the fourth', async () => {
    expect(await decisions([await hris(), okta(), osquery()])).toEqual({
      'E-3001': 'review shared-login-network,ip-kvm-usb-device',
      'E-3002': 'review shared-login-network,ip-kvm-usb-device',
      'E-3003': 'review shared-login-network,ip-kvm-usb-device',
      'E-3004': 'clear ',
    });
  });

  it('clears everyone from any one source, or from two of them', async () => {
    for (const sources of [
      [await hris()],
      [okta()],
      [osquery()],
      [await hris(), okta()],
      [await hris(), osquery()],
    ]) {
      const outcome = await decisions(sources);
      expect(Object.values(outcome).filter((d) => !d.startsWith('clear'))).toEqual([]);
    }
  });

  it('counts the truncated Okta line as malformed with its line number', () => {
    expect(okta().malformed).toEqual([
      { source: 'okta', position: 40, line: 41, reason: expect.stringMatching(/^not valid JSON/) },
    ]);
  });
});
