import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMmdb } from '../support/mmdb-writer.js';
import { cli } from './_support/cli.js';

const fixtures = join(__dirname, '..', 'fixtures', 'adapters');
const farm = (name: string) => join(fixtures, 'farm', name);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hirescreen-assemble-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; logins?: unknown[]; devices?: unknown[] });

describe('hirescreen assemble', () => {
  it('writes one profile per person as NDJSON from an HRIS CSV, an Okta log and osquery results', async () => {
    const { code, stdout, stderr } = await cli([
      'assemble',
      '--people',
      farm('hris.csv'),
      '--okta',
      farm('okta.jsonl'),
      '--osquery',
      farm('osquery.jsonl'),
    ]);
    expect(code).toBe(0);
    expect(lines(stdout).map((p) => [p.id, p.logins?.length, p.devices?.length])).toEqual([
      ['E-3001', 10, 1],
      ['E-3002', 10, 1],
      ['E-3003', 10, 1],
      ['E-3004', 10, 1],
    ]);
    expect(stderr.split('\n')).toEqual([
      `hirescreen assemble: people (${farm('hris.csv')}): 4 record(s), 4 used, 0 skipped, 0 malformed`,
      `hirescreen assemble: osquery (${farm('osquery.jsonl')}): 4 record(s), 4 used, 0 skipped, 0 malformed`,
      `hirescreen assemble: okta (${farm('okta.jsonl')}): 41 record(s), 40 used, 0 skipped, 1 malformed`,
      'hirescreen assemble: okta: line 41: not valid JSON (Unexpected end of JSON input)',
      'hirescreen assemble: 4 profile(s), 0 conflict(s), 0 shared key(s)',
      '',
    ]);
  });

  it('produces a roster that hirescreen screen sends to review for the farm', async () => {
    const roster = join(dir, 'roster.ndjson');
    const assembled = await cli([
      'assemble',
      '--people',
      farm('hris.csv'),
      '--okta',
      farm('okta.jsonl'),
      '--osquery',
      farm('osquery.jsonl'),
      '--output',
      roster,
    ]);
    expect([assembled.code, assembled.stdout]).toEqual([0, '']);
    const screened = await cli(['screen', roster, '--format', 'json', '--as-of', '2026-01-12T00:00:00Z']);
    const report = JSON.parse(screened.stdout) as {
      screenings: Array<{ profileId: string; decision: string }>;
    };
    expect(report.screenings.map((s) => `${s.profileId} ${s.decision}`)).toEqual([
      'E-3001 review',
      'E-3002 review',
      'E-3003 review',
      'E-3004 clear',
    ]);
  });

  it('fills what sign-ins lack from an --ip-intel database, never overwriting what the source said', async () => {
    const database = join(dir, 'anonymous.mmdb');
    writeFileSync(
      database,
      writeMmdb({
        ipVersion: 6,
        databaseType: 'GeoIP2-Anonymous-IP',
        buildEpoch: 1_780_358_400,
        networks: [{ network: '198.51.100.0/24', data: { is_anonymous: true, is_hosting_provider: true } }],
      }),
    );
    const { code, stdout, stderr } = await cli([
      'assemble',
      '--people',
      farm('hris.csv'),
      '--okta',
      farm('okta.jsonl'),
      '--ip-intel',
      database,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('IP data: anonymous.mmdb (GeoIP2-Anonymous-IP) built 2026-06-02');
    const geo = (p: { logins?: unknown[] }) => (p.logins?.[0] as { geo: Record<string, unknown> }).geo;
    const profiles = lines(stdout);
    // 198.51.100.60 is E-3004's line: the database says hosting; Okta's own ASN and place stay.
    expect(geo(profiles[3] as { logins?: unknown[] })).toEqual({
      connectionType: 'hosting',
      country: 'US',
      region: 'Wisconsin',
      city: 'Madison',
      asn: 20115,
      org: 'charter',
    });
    expect(geo(profiles[0] as { logins?: unknown[] }).connectionType).toBeUndefined();
  });

  it('reports conflicts by path and source on stderr and with their values in --provenance', async () => {
    const hris = join(dir, 'hris.ndjson');
    writeFileSync(
      hris,
      '{"id":"E-1002","emails":[{"address":"lee.park@example.com"}],"dateOfBirth":"1991-04-19"}\n',
    );
    const provenance = join(dir, 'provenance.ndjson');
    const { code, stderr } = await cli([
      'assemble',
      '--people',
      hris,
      '--persona',
      join(fixtures, 'persona-inquiries.json'),
      '--defender',
      join(fixtures, 'defender-pnp.jsonl'),
      '--provenance',
      provenance,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('hirescreen assemble: persona (');
    expect(stderr).toContain('): 4 record(s), 1 used, 2 skipped, 1 malformed\n');
    expect(stderr).toContain('hirescreen assemble: persona: record 4: not a Persona inquiry\n');
    expect(lines(readFileSync(provenance, 'utf8'))).toEqual([
      {
        id: 'E-1002',
        sources: {
          dateOfBirth: ['people'],
          devices: ['defender'],
          documents: ['persona'],
          emails: ['people'],
        },
        conflicts: [],
      },
    ]);
  });

  it('lists a date-of-birth disagreement between two sources as a conflict', async () => {
    const hris = join(dir, 'hris2.ndjson');
    writeFileSync(
      hris,
      '{"id":"E-1001","emails":[{"address":"dana.reyes@example.com"}],"dateOfBirth":"1990-07-15"}\n',
    );
    const provenance = join(dir, 'provenance2.ndjson');
    const { stderr } = await cli([
      'assemble',
      '--people',
      hris,
      '--bamboohr',
      join(fixtures, 'bamboohr-employees.json'),
      '--provenance',
      provenance,
    ]);
    expect(stderr).toContain('hirescreen assemble: conflict: E-1001 dateOfBirth: people vs bamboohr\n');
    expect(lines(readFileSync(provenance, 'utf8'))[0]).toMatchObject({
      id: 'E-1001',
      conflicts: [
        {
          profileId: 'E-1001',
          path: 'dateOfBirth',
          claims: [
            { value: '1990-07-15', sources: ['people'] },
            { value: '1990-07-14', sources: ['bamboohr'], observedAt: '2025-12-02T08:00:00.000Z' },
          ],
        },
      ],
    });
  });

  it('reads a Graph JSON document whole and joins Defender events through the machine', async () => {
    const { code, stdout, stderr } = await cli([
      'assemble',
      '--entra',
      join(fixtures, 'entra-graph.json'),
      '--defender',
      join(fixtures, 'defender-pnp.jsonl'),
    ]);
    expect(code).toBe(0);
    expect(lines(stdout).map((p) => p.id)).toEqual(['lee.park@example.com', 'sam.okafor@example.com']);
    expect(stderr).toContain('): 3 record(s), 1 used, 1 skipped, 1 malformed\n');
    expect(stderr).toContain('hirescreen assemble: entra: record 3: createdDateTime is not a date-time\n');
  });

  it('exits 2 with one line for no source, an unknown option or a missing file', async () => {
    expect(await cli(['assemble'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('assemble: give at least one source (--people'),
    });
    expect(await cli(['assemble', '--okta-log', 'x'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--okta-log'"),
    });
    expect(await cli(['assemble', '--okta', join(dir, 'nope.jsonl')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `hirescreen: cannot read "${join(dir, 'nope.jsonl')}": no such file\n`,
    });
    expect(await cli(['assemble', '--okta', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `hirescreen: cannot read "${dir}": it is a directory\n`,
    });
    expect(await cli(['assemble', '--okta', farm('okta.jsonl'), '--max-logins', '0'])).toMatchObject({
      code: 2,
    });
  });
});
