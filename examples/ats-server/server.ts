import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
// In your project: import { parseProfile, ValidationError, type ProfileInput, type Screener, type StoredLinkIndex } from 'hirescreen';
import {
  parseProfile,
  ValidationError,
  type ProfileInput,
  type Screener,
  type StoredLinkIndex,
} from '../../src/index.js';

/** Request bodies beyond this are refused: a candidate record is a few kilobytes. */
const MAX_BODY_BYTES = 1_000_000;

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.error));
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new HttpProblem(413, { error: 'BODY_TOO_LARGE', maxBytes: MAX_BODY_BYTES });
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpProblem(400, { error: 'INVALID_JSON', message: 'The request body is not valid JSON.' });
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/**
 * An endpoint your applicant-tracking system calls when a candidate reaches a stage:
 * `POST /screenings` with the candidate as JSON returns the screening. A record that fails validation
 * is a 400 listing each field path (values are never echoed, so a bad SSN is not sent back).
 *
 * With `links` (a stored link index, and a screener made with `links: links.index`), each candidate
 * is screened against everyone screened before, across restarts and the other servers sharing the
 * store, and then added to it.
 */
export function createAtsServer(screener: Screener, options: { links?: StoredLinkIndex } = {}): Server {
  const { links } = options;
  return createServer((request, response) => {
    void (async () => {
      try {
        if (request.url !== '/screenings') throw new HttpProblem(404, { error: 'NOT_FOUND' });
        if (request.method !== 'POST')
          throw new HttpProblem(405, { error: 'METHOD_NOT_ALLOWED', allow: 'POST' });
        const candidate = await readJson(request);
        // Other app servers sharing a PostgreSQL store may have added candidates since the last request.
        await links?.sync();
        // Untrusted JSON: screen() validates it, and answers a ValidationError for a bad record.
        const screening = await screener.screen(candidate as ProfileInput);
        // Valid, since it was screened; added after screening so it is not linked to itself.
        await links?.add(parseProfile(candidate));
        send(response, 200, screening);
      } catch (error) {
        if (error instanceof HttpProblem) send(response, error.status, error.body);
        else if (error instanceof ValidationError)
          send(response, 400, {
            error: error.code,
            issues: error.issues.map(({ path, code, message }) => ({ path, code, message })),
          });
        else send(response, 500, { error: 'INTERNAL', message: 'The screening failed; see the server log.' });
      }
    })();
  });
}
