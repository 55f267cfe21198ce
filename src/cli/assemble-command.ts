import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ProfileAssembler, type AssembleResult } from '../adapters/assemble.js';
import { bamboohrAdapter } from '../adapters/bamboohr.js';
import { defenderAdapter } from '../adapters/defender.js';
import { entraAdapter } from '../adapters/entra.js';
import { googleWorkspaceAdapter } from '../adapters/google-workspace.js';
import { greenhouseAdapter } from '../adapters/greenhouse.js';
import { jamfAdapter } from '../adapters/jamf.js';
import { leverAdapter } from '../adapters/lever.js';
import { oktaAdapter } from '../adapters/okta.js';
import { osqueryAdapter } from '../adapters/osquery.js';
import { peopleAdapter } from '../adapters/people.js';
import { fromPersona, personaAdapter } from '../adapters/persona.js';
import { mapLines, mapOne, readWith } from '../adapters/_lib/run.js';
import type { Adapter } from '../adapters/types.js';
import type { IpFacts, IpIntelProvider } from '../intel/types.js';
import { safeParseProfile } from '../schema/parse.js';
import { openSource } from './input/source.js';
import { loadIpIntel, loadIpRanges } from './load-options.js';
import { openOutput } from './output.js';
import type { CommandIo } from './screen-command.js';
import { UsageError } from './usage-error.js';

/** The source options, in the order their files are read: the first source to give a field wins it. */
const SOURCES: ReadonlyArray<readonly [option: string, adapter: Adapter]> = [
  ['people', peopleAdapter],
  ['bamboohr', bamboohrAdapter],
  ['greenhouse', greenhouseAdapter],
  ['lever', leverAdapter],
  ['persona', personaAdapter],
  ['jamf', jamfAdapter],
  ['osquery', osqueryAdapter],
  ['defender', defenderAdapter],
  ['okta', oktaAdapter],
  ['entra', entraAdapter],
  ['google', googleWorkspaceAdapter],
];

export interface AssembleArgs {
  command: 'assemble';
  /** Files per source option, e.g. `{ okta: ['okta.jsonl'] }`, in the order of {@link SOURCES}. */
  inputs: Array<{ option: string; file: string }>;
  output: string | undefined;
  provenance: string | undefined;
  ipRanges: string[];
  /** `.mmdb` databases (MaxMind, IPinfo) and ip-location-db ASN `.csv` files. */
  ipIntel: string[];
  maxLogins: number | undefined;
}

/**
 * Parses `hirescreen assemble` options: each source option is repeatable; at least one is required.
 *
 * @example
 * parseAssembleArgs(['--people', 'hris.csv', '--okta', 'okta.jsonl'])
 */
export function parseAssembleArgs(argv: readonly string[]): AssembleArgs | { command: 'help' } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        ...Object.fromEntries(
          SOURCES.map(([option]) => [option, { type: 'string', multiple: true }] as const),
        ),
        output: { type: 'string', short: 'o' },
        provenance: { type: 'string' },
        'ip-ranges': { type: 'string', multiple: true },
        'ip-intel': { type: 'string', multiple: true },
        'max-logins': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`assemble: ${(error as Error).message.split('\n')[0] ?? 'invalid arguments'}`);
  }
  const values = parsed.values as Record<string, string[] | string | boolean | undefined>;
  if (values.help) return { command: 'help' };
  const inputs = SOURCES.flatMap(([option]) =>
    ((values[option] as string[] | undefined) ?? []).map((file) => ({ option, file })),
  );
  if (inputs.length === 0)
    throw new UsageError(`assemble: give at least one source (${SOURCES.map(([o]) => `--${o}`).join(', ')})`);
  const max = values['max-logins'] === undefined ? undefined : Number(values['max-logins']);
  if (max !== undefined && !(Number.isInteger(max) && max > 0))
    throw new UsageError(
      `--max-logins must be a whole number above 0 (got "${String(values['max-logins'])}")`,
    );
  return {
    command: 'assemble',
    inputs,
    output: values.output as string | undefined,
    provenance: values.provenance as string | undefined,
    ipRanges: (values['ip-ranges'] as string[] | undefined) ?? [],
    ipIntel: (values['ip-intel'] as string[] | undefined) ?? [],
    maxLogins: max,
  };
}

/** The first non-blank line of a file, to tell NDJSON (a whole object per line) from one document. */
async function firstLine(file: string): Promise<string> {
  const cannotRead = (error: unknown): UsageError => {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'error');
    return new UsageError(`cannot read "${file}": ${why}`);
  };
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw cannotRead(error);
  }
  try {
    const buffer = Buffer.alloc(1 << 16);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0).catch((error: unknown) => {
      throw cannotRead(error);
    });
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return text.split('\n').find((line) => line.trim() !== '') ?? '';
  } finally {
    await handle.close();
  }
}

function isNdjson(line: string): boolean {
  if (!line.trim().startsWith('{')) return false;
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** Feeds one source file: NDJSON streamed a line at a time, a JSON document read whole, people via openSource. */
async function feed(
  assembler: ProfileAssembler,
  adapter: Adapter,
  file: string,
  io: CommandIo,
): Promise<void> {
  if (adapter === peopleAdapter) {
    const source = await openSource(file, io, {});
    try {
      for await (const record of source.read()) {
        const where = { position: record.position, ...(record.line !== undefined && { line: record.line }) };
        if (record.ok) for (const item of mapOne(adapter, record.value, where)) assembler.addItem(item);
        else {
          const reason = record.reject.issues.map((issue) => issue.message).join('; ');
          assembler.addItem({ kind: 'malformed', record: { source: adapter.name, ...where, reason } });
        }
      }
    } finally {
      await source.close();
    }
    return;
  }
  if (isNdjson(await firstLine(file))) {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const item of mapLines(adapter, lines)) assembler.addItem(item);
    return;
  }
  const text = await readFile(file, 'utf8');
  assembler.addResult(adapter === personaAdapter ? fromPersona(text) : readWith(adapter, text));
}

/** Several providers as one: each address asked of all, the earlier provider's facts winning. */
function firstOf(providers: readonly IpIntelProvider[]): IpIntelProvider {
  return {
    name: providers.map((p) => p.name).join('+'),
    async lookup(ips) {
      const merged = new Map<string, Partial<IpFacts>>();
      for (const provider of [...providers].reverse())
        for (const [ip, facts] of await provider.lookup(ips)) merged.set(ip, { ...merged.get(ip), ...facts });
      return merged;
    },
  };
}

function report(
  result: AssembleResult,
  files: Map<string, string[]>,
  warn: (text: string) => void,
  invalid: string[],
): void {
  for (const [source, summary] of Object.entries(result.sources)) {
    warn(
      `hirescreen assemble: ${source} (${(files.get(source) ?? []).join(', ')}): ${summary.records} record(s), ${summary.used} used, ${summary.skipped} skipped, ${summary.malformed} malformed\n`,
    );
    for (const record of summary.malformedRecords.slice(0, 20))
      warn(
        `hirescreen assemble: ${source}: ${record.line === undefined ? `record ${record.position + 1}` : `line ${record.line}`}: ${record.reason}\n`,
      );
    if (summary.malformed > 20)
      warn(`hirescreen assemble: ${source}: ${summary.malformed - 20} more malformed record(s)\n`);
  }
  // Conflicts are named by path and source only: the values (dates of birth, names) go to --provenance.
  for (const conflict of result.conflicts)
    warn(
      `hirescreen assemble: conflict: ${conflict.profileId} ${conflict.path}: ${conflict.claims.map((c) => c.sources.join('+') || '?').join(' vs ')}\n`,
    );
  for (const shared of result.sharedKeys)
    warn(
      `hirescreen assemble: not joined: ${shared.key.split(':')[0]} shared by ${shared.profileIds.join(', ')}\n`,
    );
  if (result.unjoined.length > 0)
    warn(
      `hirescreen assemble: ${result.unjoined.length} machine(s) no person's record lists, left out: ${result.unjoined
        .slice(0, 10)
        .map((u) => u.key.slice('device:'.length))
        .join(', ')}\n`,
    );
  if (result.droppedLogins > 0)
    warn(`hirescreen assemble: ${result.droppedLogins} older sign-in(s) dropped over --max-logins\n`);
  if (result.ipIntelError)
    warn(`hirescreen assemble: warning: IP intelligence failed (${result.ipIntelError})\n`);
  for (const line of invalid) warn(`hirescreen assemble: warning: ${line}\n`);
  warn(
    `hirescreen assemble: ${result.profiles.length} profile(s), ${result.conflicts.length} conflict(s), ${result.sharedKeys.length} shared key(s)\n`,
  );
}

/**
 * Runs `hirescreen assemble`: reads each source file with its adapter (NDJSON streamed), joins the
 * partial profiles into one per person and writes them as NDJSON, ready for `hirescreen screen`. Counts,
 * malformed lines, conflicts and shared keys go to stderr; `--provenance` writes which source said what.
 */
export async function assembleCommand(args: AssembleArgs, io: CommandIo): Promise<number> {
  const warn = io.stderr ?? (() => {});
  // Only the files named: unlike `screen`, assemble does not read the installed ip-location-db packages
  // unasked, so the roster it writes depends on its command line alone.
  const providers = [
    ...(await loadIpIntel({ files: args.ipIntel, packages: false }, warn)),
    ...(await loadIpRanges(args.ipRanges, warn)),
  ];
  const ipIntel =
    providers.length === 0 ? undefined : providers.length === 1 ? providers[0] : firstOf(providers);
  const assembler = new ProfileAssembler({
    ...(args.maxLogins !== undefined && { maxLoginsPerPerson: args.maxLogins }),
    ...(ipIntel && { ipIntel }),
  });
  const files = new Map<string, string[]>();
  const adapters = new Map(SOURCES);
  for (const { option, file } of args.inputs) {
    const adapter = adapters.get(option) as Adapter;
    files.set(adapter.name, [...(files.get(adapter.name) ?? []), file]);
    await feed(assembler, adapter, file, io);
  }
  const result = await assembler.finish();
  const invalid: string[] = [];
  const output = openOutput(args.output, io);
  for (const profile of result.profiles) {
    const parsed = safeParseProfile(profile);
    if (!parsed.success)
      invalid.push(
        `${profile.id} will not pass screening: ${parsed.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      );
    await output.write(`${JSON.stringify(profile)}\n`);
  }
  await output.close();
  if (args.provenance !== undefined) {
    const sink = openOutput(args.provenance, { stdout: () => {} });
    for (const profile of result.profiles) {
      const conflicts = result.conflicts.filter((c) => c.profileId === profile.id);
      await sink.write(
        `${JSON.stringify({ id: profile.id, sources: result.provenance[profile.id], conflicts })}\n`,
      );
    }
    await sink.close();
  }
  report(result, files, warn, invalid);
  return 0;
}
