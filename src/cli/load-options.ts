import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OrganizationContexts } from '../engine/organization.js';
import type { RuleSetConfig } from '../engine/rule-set.js';
import { suggest } from '../engine/suggest.js';
import type { Thresholds } from '../scoring/types.js';
import { createCidrProvider, loadCidrFile, type CidrIntelProvider } from '../intel/cidr-provider.js';
import { loadIpLocationDb } from '../intel/ip-location-db.js';
import { loadMmdbProvider } from '../intel/mmdb-provider.js';
import type { IpIntelProvider } from '../intel/types.js';
import { HirescreenError } from '../errors.js';
import { UsageError } from './usage-error.js';

function cannotRead(what: string, file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : 'it could not be read';
  return new UsageError(`cannot read ${what} "${file}": ${why}`);
}

/**
 * Loads `--config`: a JSON rule-set configuration, or a JS module whose default export (or `config`
 * export) is one. The configuration is validated when the screener is created (exit 2 with the paths).
 *
 * @example
 * const rules = await loadRuleConfig('hirescreen.config.json');
 */
export async function loadRuleConfig(file: string): Promise<RuleSetConfig> {
  const ext = extname(file).toLowerCase();
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
    let module: { default?: unknown; config?: unknown };
    try {
      module = (await import(pathToFileURL(resolve(file)).href)) as typeof module;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND')
        throw cannotRead('--config', file, { code: 'ENOENT' });
      throw new UsageError(`--config "${file}" failed to load: ${(error as Error).message.split('\n')[0]}`);
    }
    const namespace = module as Record<string, unknown>;
    const config =
      module.default ??
      module.config ??
      ('rules' in namespace ||
      'extends' in namespace ||
      'plugins' in namespace ||
      'organizations' in namespace
        ? namespace
        : undefined);
    if (config === null || typeof config !== 'object')
      throw new UsageError(`--config "${file}" must export a rule-set configuration (default export)`);
    return config as RuleSetConfig;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw cannotRead('--config', file, error);
  }
  let config: unknown;
  try {
    config = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(`--config "${file}" is not valid JSON`);
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config))
    throw new UsageError(`--config "${file}" must hold a JSON object like { "extends": ["recommended"] }`);
  return config as RuleSetConfig;
}

/** What a `--config` file holds: a rule-set configuration plus the screener's deployment settings. */
export interface ScreeningConfig {
  rules: RuleSetConfig;
  organizations?: OrganizationContexts;
  baseRate?: number;
  thresholds?: Partial<Thresholds>;
}

const RULE_SET_KEYS = ['extends', 'plugins', 'rules'] as const;
const SCREENER_KEYS = ['organizations', 'baseRate', 'thresholds'] as const;

/**
 * Splits a loaded `--config` into the rule set and the screener's settings. An unknown top-level key is a
 * usage error with the nearest known one: a typo must never be silently ignored.
 *
 * @example
 * splitConfig({ extends: ['recommended'], organizations: { '*': { sanctionedRemoteTools: ['teamviewer'] } } });
 */
export function splitConfig(config: Record<string, unknown>, file = 'config'): ScreeningConfig {
  const known: readonly string[] = [...RULE_SET_KEYS, ...SCREENER_KEYS];
  const unknown = Object.keys(config).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    const lines = unknown.map((key) => {
      const hint = suggest(key, known);
      return `--config "${file}": unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} (known: ${known.join(', ')})`;
    });
    throw new UsageError(lines.join('\n'));
  }
  const rules: RuleSetConfig = {};
  for (const key of RULE_SET_KEYS)
    if (config[key] !== undefined) Object.assign(rules, { [key]: config[key] });
  return {
    rules,
    ...(config.organizations !== undefined && {
      organizations: config.organizations as OrganizationContexts,
    }),
    ...(config.baseRate !== undefined && { baseRate: config.baseRate as number }),
    ...(config.thresholds !== undefined && { thresholds: config.thresholds as Partial<Thresholds> }),
  };
}

/**
 * Loads each `--ip-ranges` CIDR list into a provider named after its file. Invalid ranges are skipped
 * and reported through `warn`; an unreadable file is a usage error.
 *
 * @example
 * const providers = await loadIpRanges(['vpn.csv'], (line) => process.stderr.write(line));
 */
export async function loadIpRanges(
  files: readonly string[],
  warn: (text: string) => void,
): Promise<CidrIntelProvider[]> {
  const providers: CidrIntelProvider[] = [];
  for (const file of files) {
    let list;
    try {
      list = await loadCidrFile(file);
    } catch (error) {
      if (error instanceof HirescreenError) throw error;
      throw cannotRead('--ip-ranges', file, error);
    }
    const provider = createCidrProvider({
      name: basename(file),
      ...(list.asOf !== undefined && { asOf: list.asOf }),
      ranges: list.ranges,
    });
    const skipped = list.errors.length + provider.rejected.length;
    if (skipped > 0) {
      const lines = [...list.errors, ...provider.rejected].flatMap((issue) =>
        issue.line === undefined ? [] : [issue.line],
      );
      warn(
        `hirescreen: warning: ${file}: ${skipped} invalid range(s) skipped${lines.length ? ` (line ${lines.slice(0, 10).join(', ')})` : ''}\n`,
      );
    }
    providers.push(provider);
  }
  return providers;
}

export interface IpIntelFlags {
  /** `--ip-intel` files: `.mmdb` databases and ip-location-db ASN range `.csv` files. */
  files: readonly string[];
  /** Read the installed `@ip-location-db` packages (`--no-ip-data` turns this off). */
  packages: boolean;
  maxAgeDays?: number;
  now?: string;
}

/**
 * Loads `--ip-intel` files and the embedded default. The `.mmdb` files become one provider whose
 * facts merge per address; `.csv` files are ip-location-db ASN ranges read instead of the
 * `@ip-location-db/asn` package. Each data set's date goes to `warn` as a note, and stale data
 * (older than `maxAgeDays`, default 90) as a warning. The `.mmdb` provider comes first: a database the
 * user chose outranks the embedded default.
 *
 * @example
 * const providers = await loadIpIntel({ files: ['GeoLite2-ASN.mmdb'], packages: true }, (line) => process.stderr.write(line));
 */
export async function loadIpIntel(
  flags: IpIntelFlags,
  warn: (text: string) => void,
): Promise<IpIntelProvider[]> {
  const mmdb = flags.files.filter((file) => extname(file).toLowerCase() === '.mmdb');
  const csv = flags.files.filter((file) => extname(file).toLowerCase() === '.csv');
  const other = flags.files.find((file) => !mmdb.includes(file) && !csv.includes(file));
  if (other !== undefined)
    throw new UsageError(
      `--ip-intel "${other}": expected a .mmdb database or an ip-location-db ASN .csv file`,
    );
  const providers: IpIntelProvider[] = [];
  const maxAge = flags.maxAgeDays ?? 90;
  const now = new Date(flags.now ?? Date.now()).getTime();
  if (mmdb.length > 0) {
    let provider;
    try {
      provider = await loadMmdbProvider(mmdb);
    } catch (error) {
      if (error instanceof HirescreenError) throw error;
      const failed = mmdb.find((file) => (error as Error).message.includes(file)) ?? mmdb[0];
      throw cannotRead('--ip-intel', failed as string, error);
    }
    for (const database of provider.databases) {
      const age = Math.floor((now - Date.parse(database.asOf)) / 86_400_000);
      warn(`hirescreen: IP data: ${database.name} (${database.databaseType}) built ${database.asOf}\n`);
      if (age > maxAge)
        warn(
          `hirescreen: warning: ${database.name} is ${age} days old (over ${maxAge}); use a fresher copy\n`,
        );
    }
    providers.push(provider);
  }
  if (csv.length > 0 || flags.packages) {
    const data = await loadIpLocationDb({
      ...(csv.length > 0 && { asnFiles: csv }),
      packages: flags.packages,
      maxAgeDays: maxAge,
      now: new Date(now),
    });
    if (data) {
      for (const source of data.sources)
        warn(
          `hirescreen: IP data: ${source.name} as of ${source.asOf}${source.ranges !== undefined ? ` (${source.ranges.toLocaleString('en-US')} range${source.ranges === 1 ? '' : 's'})` : ''}\n`,
        );
      for (const warning of data.warnings) warn(`hirescreen: warning: ${warning}\n`);
      providers.push(data.provider);
    }
  }
  return providers;
}

/**
 * Reads the link-hashing secret from the environment variable `--hmac-key-env` names.
 *
 * @example
 * const secret = hmacSecretFrom('HIRESCREEN_LINK_KEY', process.env);
 */
export function hmacSecretFrom(name: string, env: Readonly<Record<string, string | undefined>>): string {
  const secret = env[name];
  if (secret === undefined || secret === '')
    throw new UsageError(
      `--hmac-key-env: the environment variable ${name} is not set (it must hold the link-hashing secret)`,
    );
  return secret;
}
