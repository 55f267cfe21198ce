import { readFile, rename, writeFile } from 'node:fs/promises';
import { IntelError } from '../../errors.js';
import { isDomainGap, type DomainAnswer } from '../types.js';

interface Entry {
  answer: DomainAnswer;
  /** Milliseconds since the epoch after which the entry is stale. */
  expires: number;
}

export interface RdapCacheOptions {
  /** A JSON file that keeps answers between runs; read on first use, rewritten after each batch. */
  file?: string;
  /** How long a registration date is trusted, in hours (default 30 days): it never changes. */
  ttlHours?: number;
  /** How long a negative answer (unknown domain, bad answer) is trusted, in hours (default 24). */
  negativeTtlHours?: number;
}

/** Gaps worth remembering: the server said so. A timeout or a dropped connection is asked again. */
const CACHEABLE_GAPS = new Set(['not-found', 'malformed', 'not-rdap']);

/** Answers by domain with expiry, in memory and optionally in a JSON file. */
export class RdapCache {
  readonly #entries = new Map<string, Entry>();
  readonly #file: string | undefined;
  readonly #ttl: number;
  readonly #negativeTtl: number;
  #loaded: Promise<void> | undefined;
  #dirty = false;

  constructor(options: RdapCacheOptions = {}) {
    this.#file = options.file;
    this.#ttl = (options.ttlHours ?? 30 * 24) * 3_600_000;
    this.#negativeTtl = (options.negativeTtlHours ?? 24) * 3_600_000;
  }

  /** Reads the file once; a missing file is an empty cache, an unreadable one an error. */
  load(): Promise<void> {
    this.#loaded ??= this.#read();
    return this.#loaded;
  }

  async #read(): Promise<void> {
    if (this.#file === undefined) return;
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const json = JSON.parse(text) as { version?: unknown; entries?: unknown };
    if (json?.version !== 1 || typeof json.entries !== 'object' || json.entries === null)
      throw new IntelError('INVALID_RDAP_CACHE', `${this.#file}: not a hirescreen RDAP cache (version 1)`);
    for (const [domain, entry] of Object.entries(json.entries as Record<string, Entry>))
      if (typeof entry?.expires === 'number' && typeof entry.answer === 'object')
        this.#entries.set(domain, entry);
  }

  get(domain: string, now: number): DomainAnswer | undefined {
    const entry = this.#entries.get(domain);
    if (entry === undefined) return undefined;
    if (entry.expires > now) return entry.answer;
    this.#entries.delete(domain);
    this.#dirty = true;
    return undefined;
  }

  set(answer: DomainAnswer, now: number): void {
    const gap = isDomainGap(answer);
    if (gap && !CACHEABLE_GAPS.has(answer.gap)) return;
    this.#entries.set(answer.domain, { answer, expires: now + (gap ? this.#negativeTtl : this.#ttl) });
    this.#dirty = true;
  }

  /** Writes the file when anything changed; through a temporary file, so a crash leaves the old one. */
  async save(): Promise<void> {
    if (this.#file === undefined || !this.#dirty) return;
    this.#dirty = false;
    const temporary = `${this.#file}.${process.pid}.tmp`;
    const entries = Object.fromEntries(this.#entries);
    await writeFile(temporary, `${JSON.stringify({ version: 1, entries })}\n`);
    await rename(temporary, this.#file);
  }
}
