import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run-cli.js';
import type { BatchReport } from '../../../src/report/batch.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-rdap-cli-'));
const AS_OF = '2025-07-01T00:00:00Z';

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

const roster = file(
  'roster.ndjson',
  `${JSON.stringify({
    id: 'cand-1',
    interviews: [{ mode: 'video', at: '2025-06-01T15:00:00Z' }],
    employment: {
      workHistory: [
        { employer: 'Brightline Soft', website: 'https://brightline.example', start: '2020-01-15' },
      ],
    },
  })}\n`,
);

let server: Server;
let requests = 0;
let bootstrap: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests += 1;
    res.writeHead(200, { 'content-type': 'application/rdap+json' });
    res.end(
      JSON.stringify({
        objectClassName: 'domain',
        events: [{ eventAction: 'registration', eventDate: '2023-02-14T18:20:11Z' }],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  bootstrap = file(
    'dns.json',
    JSON.stringify({ publication: '2025-06-20T17:00:02Z', services: [[['example'], [base]]] }),
  );
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as BatchReport).screenings.flatMap((s) => s.findings.map((f) => f.ruleId));

describe('hirescreen screen --rdap-bootstrap', () => {
  it('looks up prior employers\u2019 domains, says they leave the machine, and caches the answers', async () => {
    const cache = join(dir, 'rdap-cache.json');
    // The rule is in strict, not recommended.
    const config = file('strict.json', JSON.stringify({ extends: ['strict'] }));
    const args = ['screen', roster, '--format', 'json', '--as-of', AS_OF, '--no-ip-data', '--config', config];
    const { code, stdout, stderr } = await cli([
      ...args,
      '--rdap-bootstrap',
      bootstrap,
      '--rdap-cache',
      cache,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `hirescreen: RDAP: prior employers' website domains will be sent to the registries' RDAP servers (1 TLDs in dns.json, published 2025-06-20T17:00:02Z); answers cached in ${cache}\n`,
    );
    expect(ruleIds(stdout)).toContain('prior-employer-domain-young');
    expect(Object.keys((JSON.parse(readFileSync(cache, 'utf8')) as { entries: object }).entries)).toEqual([
      'brightline.example',
    ]);
    await cli([...args, '--rdap-bootstrap', bootstrap, '--rdap-cache', cache]);
    expect(requests).toBe(1);
  });

  it('refuses RDAP settings without a bootstrap file, and a bootstrap file that is not one', async () => {
    const without = await cli(['screen', roster, '--rdap-timeout', '100']);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain(
      '--rdap-cache and --rdap-timeout configure RDAP lookups: give --rdap-bootstrap <dns.json> too',
    );
    const bad = await cli(['screen', roster, '--rdap-bootstrap', file('bad.json', '{"services": 3}')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('must be a list of [[TLDs], [base URLs]] pairs (RFC 9224)');
  });
});

describe('hirescreen lists --rdap-bootstrap', () => {
  it('shows the bootstrap file\u2019s date, age and TLD count beside the known-entity lists', async () => {
    const { code, stdout } = await cli(['lists', '--rdap-bootstrap', bootstrap, '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => line.startsWith('RDAP'))).toEqual([
      'RDAP bootstrap dns.json (domain registration dates, published 2025-06-20, 11 days old): servers for 1 TLDs',
    ]);
  });
});
