import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScreener, SqliteLinkStore, StoredLinkIndex } from '../../src/index.js';
import { profile } from '../../src/testing/index.js';
import { createAtsServer } from './server.js';

describe('the ATS screening endpoint', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createAtsServer(createScreener({ now: '2026-01-15T00:00:00Z' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
  });

  const post = (body: string) =>
    fetch(`${base}/screenings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('returns the screening of a candidate', async () => {
    const response = await post(JSON.stringify(profile({ id: 'cand-77' })));
    expect(response.status).toBe(200);
    const screening = (await response.json()) as { profileId: string; decision: string; asOf: string };
    expect(screening.profileId).toBe('cand-77');
    expect(['clear', 'review', 'escalate']).toContain(screening.decision);
    expect(screening.asOf).toBe('2026-01-15T00:00:00.000Z');
  });

  it('answers 400 with each field path when the candidate is invalid, without echoing values', async () => {
    const response = await post(
      JSON.stringify({
        id: 'cand-78',
        dateOfBirth: '1990-13-01',
        nationalIds: [{ type: 'passport', value: '123-45-6789' }],
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('INVALID_PROFILE');
    expect(body.issues.map((issue) => issue.path)).toEqual(['dateOfBirth', 'nationalIds[0].type']);
    expect(JSON.stringify(body)).not.toContain('123-45-6789');
  });

  it('answers 400 when the body is not JSON', async () => {
    const response = await post('{ not json');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'INVALID_JSON',
      message: 'The request body is not valid JSON.',
    });
  });

  it('answers 405 to anything but POST and 404 elsewhere', async () => {
    expect((await fetch(`${base}/screenings`)).status).toBe(405);
    expect((await fetch(`${base}/elsewhere`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

describe('the ATS screening endpoint with a SQLite link store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hirescreen-ats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts a server on the store file, as `serve.ts` does; `stop` closes both. */
  async function start(path: string) {
    const links = await StoredLinkIndex.open(SqliteLinkStore.open(path));
    const server = createAtsServer(createScreener({ now: '2026-01-15T00:00:00Z', links: links.index }), {
      links,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      post: (body: unknown) =>
        fetch(`${base}/screenings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      stop: async () => {
        await new Promise<void>((resolve, reject) =>
          server.close((error) => (error ? reject(error) : resolve())),
        );
        await links.close();
      },
    };
  }

  it('links a new candidate to one screened before the server restarted', async () => {
    const path = join(dir, 'links.db');
    const account = (accountNumber: string) => ({
      accounts: [{ routingNumber: '021000021', accountNumber }],
    });
    const before = await start(path);
    expect(
      (await before.post(profile({ id: 'cand-1', organizationId: 'acme', payroll: account('55501234') })))
        .status,
    ).toBe(200);
    await before.stop();

    const after = await start(path);
    const response = await after.post(
      profile({ id: 'cand-2', organizationId: 'globex', payroll: account('5550-1234') }),
    );
    await after.stop();
    const screening = (await response.json()) as {
      findings: { ruleId: string; related?: { profileIds: string[] } }[];
    };
    const shared = screening.findings.find((finding) => finding.ruleId === 'shared-bank-account');
    expect(shared?.related?.profileIds).toEqual(['cand-1']);
  });
});
