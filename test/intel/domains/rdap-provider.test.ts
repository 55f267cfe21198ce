import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRdapProvider } from '../../../src/intel/domains/rdap-provider.js';
import { parseRdapBootstrap } from '../../../src/intel/domains/rdap-bootstrap.js';

type Handler = (name: string, res: ServerResponse, req: IncomingMessage) => void;

const registered = (name: string) => ({
  objectClassName: 'domain',
  ldhName: name.toUpperCase(),
  events: [
    { eventAction: 'registration', eventDate: '2023-02-14T18:20:11Z' },
    { eventAction: 'expiration', eventDate: '2027-02-14T18:20:11Z' },
    { eventAction: 'last changed', eventDate: '2025-01-30T07:00:00Z' },
  ],
  entities: [
    {
      objectClassName: 'entity',
      roles: ['registrar'],
      vcardArray: [
        'vcard',
        [
          ['version', {}, 'text', '4.0'],
          ['fn', {}, 'text', 'Example Registrar, Inc.'],
        ],
      ],
    },
  ],
});

/** An RDAP-speaking server on loopback: `/rdap/domain/<name>` goes to the test's handler. */
class LoopbackRdap {
  server: Server;
  requests: string[] = [];
  handler: Handler = (name, res) => {
    res.writeHead(200, { 'content-type': 'application/rdap+json' });
    res.end(JSON.stringify(registered(name)));
  };

  constructor() {
    this.server = createServer((req, res) => {
      const name = decodeURIComponent(/^\/rdap\/domain\/(.+)$/.exec(req.url ?? '')?.[1] ?? '');
      this.requests.push(name);
      this.handler(name, res, req);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/rdap/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const NOW = new Date('2026-03-01T12:00:00Z');
let rdap: LoopbackRdap;
let bootstrap: { publication: string; services: [string[], string[]][] };

beforeEach(async () => {
  rdap = new LoopbackRdap();
  const base = await rdap.start();
  bootstrap = {
    publication: '2026-02-20T17:00:02Z',
    services: [[['example', 'test'], [base]]],
  };
});
afterEach(() => rdap.stop());

const provider = (extra: Partial<Parameters<typeof createRdapProvider>[0]> = {}) =>
  createRdapProvider({ bootstrap, now: () => NOW, timeoutMs: 2000, ...extra });

describe('createRdapProvider against a loopback RDAP server', () => {
  it('reads the registration date, last change and registrar of a known domain', async () => {
    const answers = await provider().lookup(['brightline.example']);
    expect(answers.get('brightline.example')).toEqual({
      domain: 'brightline.example',
      registered: '2023-02-14T18:20:11.000Z',
      lastChanged: '2025-01-30T07:00:00.000Z',
      registrar: 'Example Registrar, Inc.',
      source: 'rdap',
      asOf: '2026-03-01T12:00:00.000Z',
    });
    expect(rdap.requests).toEqual(['brightline.example']);
  });

  it('answers an unknown domain (404) with the not-found gap', async () => {
    rdap.handler = (_name, res) => {
      res.writeHead(404, { 'content-type': 'application/rdap+json' });
      res.end(JSON.stringify({ errorCode: 404, title: 'Not Found' }));
    };
    const answers = await provider().lookup(['nobody.example']);
    expect(answers.get('nobody.example')).toEqual({
      domain: 'nobody.example',
      gap: 'not-found',
      detail: 'the registry has no such domain (RDAP 404)',
      source: 'rdap',
      asOf: '2026-03-01T12:00:00.000Z',
    });
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    rdap.handler = () => {
      // Never answers; the provider's abort ends the request.
    };
    const answers = await provider({ timeoutMs: 50 }).lookup(['slow.example']);
    expect(answers.get('slow.example')).toMatchObject({
      gap: 'timeout',
      detail: 'the RDAP server did not answer within 50 ms',
    });
  });

  it('tells an answer that is not JSON from JSON that is not an RDAP domain', async () => {
    rdap.handler = (name, res) => {
      res.writeHead(200, { 'content-type': 'application/rdap+json' });
      res.end(name.startsWith('broken') ? '{"objectClassName": "domain", "events": [' : '{"hello": "world"}');
    };
    const answers = await provider().lookup(['broken.example', 'other.example']);
    expect(answers.get('broken.example')).toMatchObject({
      gap: 'malformed',
      detail: 'the RDAP server\u2019s answer is not JSON',
    });
    expect(answers.get('other.example')).toMatchObject({
      gap: 'not-rdap',
      detail: 'the answer is not an RDAP domain object',
    });
  });

  it('reports an HTTP error status other than 404 as its own gap', async () => {
    rdap.handler = (_name, res) => {
      res.writeHead(503);
      res.end('busy');
    };
    const answers = await provider().lookup(['busy.example']);
    expect(answers.get('busy.example')).toMatchObject({
      gap: 'http-error',
      detail: 'the RDAP server answered HTTP 503',
    });
  });

  it('answers a TLD the bootstrap file has no server for without asking anyone', async () => {
    const answers = await provider().lookup(['acme.zz']);
    expect(answers.get('acme.zz')).toMatchObject({
      gap: 'no-rdap-server',
      detail: 'no RDAP server for .zz in the bootstrap file',
    });
    expect(rdap.requests).toEqual([]);
  });

  it('asks the server once for a domain it already answered', async () => {
    const rdapProvider = provider();
    await rdapProvider.lookup(['brightline.example']);
    const again = await rdapProvider.lookup(['brightline.example', 'brightline.example']);
    expect(again.get('brightline.example')).toMatchObject({ registered: '2023-02-14T18:20:11.000Z' });
    expect(rdap.requests).toEqual(['brightline.example']);
  });

  it('keeps answers in a cache file between providers, negative ones for a shorter time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rdap-cache-'));
    try {
      const file = join(dir, 'cache.json');
      rdap.handler = (name, res) => {
        res.writeHead(name.startsWith('nobody') ? 404 : 200);
        res.end(JSON.stringify(registered(name)));
      };
      await provider({ cache: { file } }).lookup(['brightline.example', 'nobody.example']);
      expect(Object.keys((JSON.parse(await readFile(file, 'utf8')) as { entries: object }).entries)).toEqual([
        'brightline.example',
        'nobody.example',
      ]);
      const twoDaysOn = new Date(NOW.getTime() + 48 * 3_600_000);
      const later = provider({ cache: { file }, now: () => twoDaysOn });
      const answers = await later.lookup(['brightline.example', 'nobody.example']);
      expect(answers.get('brightline.example')).toMatchObject({ asOf: '2026-03-01T12:00:00.000Z' });
      expect(rdap.requests).toEqual(['brightline.example', 'nobody.example', 'nobody.example']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never has more requests open than its concurrency', async () => {
    const held: ServerResponse[] = [];
    let open = 0;
    let most = 0;
    const names = Array.from({ length: 10 }, (_, i) => `firm${i}.example`);
    rdap.handler = (name, res) => {
      open += 1;
      most = Math.max(most, open);
      held.push(res);
      res.on('finish', () => (open -= 1));
      // Answer in rounds: once three are waiting, or the last ones have arrived.
      if (held.length === 3 || rdap.requests.length === names.length)
        for (const waiting of held.splice(0)) {
          waiting.writeHead(200);
          waiting.end(JSON.stringify(registered(name)));
        }
    };
    const answers = await provider({ concurrency: 3 }).lookup(names);
    expect(answers.size).toBe(10);
    expect(most).toBe(3);
    expect(rdap.requests.length).toBe(10);
  });
});

describe('parseRdapBootstrap', () => {
  it('prefers https, adds the trailing slash and lists every malformed service', () => {
    const table = parseRdapBootstrap({
      services: [[['COM'], ['http://rdap.example/com', 'https://rdap.example/com/']]],
    });
    expect(table.servers.get('com')).toEqual(['https://rdap.example/com/', 'http://rdap.example/com/']);
    expect(() => parseRdapBootstrap({ services: [[['a'], []], 'b'] })).toThrow(
      expect.objectContaining({
        issues: [
          { source: 'RDAP bootstrap', path: 'services[0]', message: 'must be [[TLDs], [base URLs]]' },
          { source: 'RDAP bootstrap', path: 'services[1]', message: 'must be [[TLDs], [base URLs]]' },
        ],
      }),
    );
  });
});
