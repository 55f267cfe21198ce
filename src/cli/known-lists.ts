import { createReadStream, existsSync, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { differenceInCalendarDays } from 'date-fns';
import { KNOWN_ENTITIES } from '../intel/catalogs/known-entities.js';
import { knownEntityListSchema } from '../intel/entities/list-schema.js';
import { readOfacSdnCsv, type OfacSdnResult } from '../intel/entities/ofac-sdn.js';
import { readOfacSdnAdvancedXml } from '../intel/entities/ofac-sdn-advanced.js';
import type { KnownEntityList } from '../intel/entities/types.js';
import { readBootstrapFile } from './load-rdap.js';
import { UsageError } from './usage-error.js';

/** Where the screen and lists commands find the lists a user loads. */
export interface ListFiles {
  /**
   * OFAC `sdn.csv` files (an `alt.csv` beside each is read for aliases) or `SDN_ADVANCED.XML` files,
   * told apart by extension or by their first character.
   */
  sanctions?: readonly string[];
  /** JSON files, each a known-entity list (`{ name, kind, asOf?, entities: [...] }`). */
  entities?: readonly string[];
}

/**
 * Reads the lists named on the command line. Lines of an SDN file that cannot be read are reported
 * through `warn` with their numbers (never dropped silently); a list file that is not a list exits 2.
 * OFAC's CSV carries no date, so a sanctions list is dated by its file's modification time, and says so.
 *
 * @example
 * const lists = await loadKnownEntityLists({ sanctions: ['sdn.csv'] }, console.error);
 */
export async function loadKnownEntityLists(
  files: ListFiles,
  warn: (text: string) => void,
): Promise<KnownEntityList[]> {
  const lists: KnownEntityList[] = [];
  for (const file of files.sanctions ?? []) {
    const xml = await isXml(file);
    const mtime = modifiedOn(file);
    const { list, rejects, skipped } = xml ? await readXml(file) : await readCsv(file, mtime);
    const asOf = list.asOf ?? mtime;
    const dated = xml && list.asOf !== undefined ? 'by its DateOfIssue' : "by the file's modification time";
    if (rejects.length > 0)
      warn(
        `hirescreen: warning: ${basename(file)}: ${rejects.length} ${xml ? 'entries or places' : 'line(s)'} could not be read and were not loaded (lines ${rejects
          .slice(0, 5)
          .map((r) => r.line)
          .join(', ')}${rejects.length > 5 ? ', ...' : ''})${xml ? `: ${rejects[0]?.reason}` : ''}\n`,
      );
    warn(
      `hirescreen: ${basename(file)}: ${list.entities.length} DPRK-programme entries loaded from ${xml ? "OFAC's advanced XML" : "OFAC's CSV"} (${skipped.outsidePrograms} in other programmes and ${skipped.vesselsAndAircraft} vessels or aircraft left out), dated ${asOf} ${dated}\n`,
    );
    lists.push({ ...list, asOf, origin: `${basename(file)}, ${xml ? 'OFAC advanced XML' : 'OFAC CSV'}` });
  }
  for (const file of files.entities ?? []) {
    let json: unknown;
    try {
      json = JSON.parse(await readText(file, '--entities'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--entities ${file}: not JSON (${(error as Error).message.split('\n')[0]})`);
    }
    const parsed = knownEntityListSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(
        `--entities ${file}: not a known-entity list at ${issue?.path.join('.') || '(top)'}: ${issue?.message}`,
      );
    }
    lists.push(parsed.data);
  }
  return lists;
}

/** The day a list file was last modified (YYYY-MM-DD): the date of a list that carries none. */
function modifiedOn(file: string): string {
  try {
    return statSync(file).mtime.toISOString().slice(0, 10);
  } catch (error) {
    throw new UsageError(`--sanctions ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/** Whether an SDN file is the advanced XML: by its extension, else by its first character. */
async function isXml(file: string): Promise<boolean> {
  if (/\.xml$/i.test(file)) return true;
  if (/\.csv$/i.test(file)) return false;
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UsageError(`--sanctions ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    return /^(?:\uFEFF)?\s*</.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

async function readCsv(file: string, asOf: string): Promise<OfacSdnResult> {
  const sdn = await readText(file, '--sanctions');
  const altFile = join(dirname(file), 'alt.csv');
  const alt = existsSync(altFile) ? await readText(altFile, '--sanctions (alt.csv beside it)') : undefined;
  return readOfacSdnCsv(sdn, { ...(alt !== undefined && { alt }), asOf });
}

/** The advanced XML, streamed: the published file is about 100 MB. */
async function readXml(file: string): Promise<OfacSdnResult> {
  try {
    return await readOfacSdnAdvancedXml(createReadStream(file));
  } catch (error) {
    throw new UsageError(
      `--sanctions ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

async function readText(file: string, flag: string): Promise<string> {
  try {
    // OFAC publishes its CSV in Latin-1; JSON lists are UTF-8.
    return await readFile(file, flag.startsWith('--entities') ? 'utf8' : 'latin1');
  } catch (error) {
    throw new UsageError(`${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/**
 * `hirescreen lists`: what the known-entity rule will screen against, and how old each list is.
 *
 * @example
 * await listsCommand({ sanctions: ['sdn.csv'] }, io, new Date());
 */
export async function listsCommand(
  files: ListFiles & { rdapBootstrap?: string },
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
  now: Date,
): Promise<number> {
  const lists = [KNOWN_ENTITIES, ...(await loadKnownEntityLists(files, io.stderr))];
  for (const list of lists) {
    const age = list.asOf ? `${differenceInCalendarDays(now, new Date(list.asOf))} days old` : 'undated';
    io.stdout(
      `${list.name} (${list.kind}${list.asOf ? `, as of ${list.asOf}` : ''}, ${age}): ${list.entities.length} entries${list === KNOWN_ENTITIES ? ', built in' : list.origin ? `, from ${list.origin}` : ''}\n`,
    );
  }
  if (files.rdapBootstrap !== undefined) {
    const { publication, servers } = await readBootstrapFile(files.rdapBootstrap);
    const age = publication ? `${differenceInCalendarDays(now, new Date(publication))} days old` : 'undated';
    io.stdout(
      `RDAP bootstrap ${basename(files.rdapBootstrap)} (domain registration dates${publication ? `, published ${publication.slice(0, 10)}` : ''}, ${age}): servers for ${servers.size} TLDs\n`,
    );
  }
  return 0;
}
