import { parseArgs, type ParseArgsConfig } from 'node:util';
import { suggest } from '../engine/suggest.js';
import { CATEGORIES, type Category, type PresetName } from '../engine/types.js';
import type { InputFormat } from './input/source.js';
import type { CalibrateArgs } from './calibrate-command.js';
import { parseAssembleArgs, type AssembleArgs } from './assemble-command.js';
import { parseIndexArgs, type IndexArgs } from './index-args.js';
import { oneOf } from './_lib/one-of.js';
import { UsageError } from './usage-error.js';

export type OutputFormat = 'text' | 'json' | 'markdown' | 'html';
export type FailOn = 'review' | 'escalate';

export interface ScreenArgs {
  command: 'screen';
  file: string;
  format: OutputFormat;
  failOn: FailOn | undefined;
  asOf: string | undefined;
  output: string | undefined;
  inputFormat: InputFormat | undefined;
  columns: string | undefined;
  config: string | undefined;
  ipRanges: string[];
  /** `.mmdb` databases and ip-location-db ASN range `.csv` files. */
  ipIntel?: string[];
  /** Read the optional ip-location-db packages when installed (default true). */
  ipData?: boolean;
  /** Warn when IP data is older than this many days (default 90). */
  ipDataMaxAge?: number;
  hmacKeyEnv: string | undefined;
  links: boolean;
  /** A stored link index to screen against and add to (`sqlite:<file>`, `postgres://…`). */
  store?: string;
  /** Text and HTML reports also list clear profiles' findings that stayed below the review threshold. */
  showBelowReview?: boolean;
  /** Exit 2 when more than this share of the records is rejected (default {@link DEFAULT_MAX_REJECT_RATE}). */
  maxRejectRate?: number;
  /** A profile key the schema does not know rejects the record, instead of a note in its screening. */
  strictKeys?: boolean;
  /** OFAC `sdn.csv` files to screen payees, agencies and employers against (an `alt.csv` beside each is read). */
  sanctions?: string[];
  /** Known-entity list files (JSON) to screen against besides the built-in catalog. */
  entities?: string[];
  /** IANA's RDAP bootstrap file (`dns.json`): look up prior employers' domain registration dates. */
  rdapBootstrap?: string;
  /** Keep RDAP answers in this JSON file between runs. */
  rdapCache?: string;
  /** RDAP request timeout in milliseconds. */
  rdapTimeout?: number;
  /** Also write the clusters as GraphML to this file. */
  graph?: string;
  /** Also write the clusters as nodes.csv and edges.csv into this directory. */
  graphCsv?: string;
  /** JSON report: each screening's rule outcomes as counts (`compact`, the default) or in `full`. */
  reportDetail?: 'compact' | 'full';
  /** Worker threads for the screening pass (default 0: one thread, which was faster on 2 cores). */
  workers?: number;
}

/**
 * More than half the records rejected means the input is more wrong than right (random bytes, the wrong
 * `--columns` file, a truncated export), and a report of the rest must not pass for a screening.
 */
export const DEFAULT_MAX_REJECT_RATE = 0.5;

export interface RulesArgs {
  command: 'rules';
  /** One rule's page; the list when absent. */
  id: string | undefined;
  format: 'text' | 'json';
  preset: PresetName | undefined;
  category: Category | undefined;
}

export type CliArgs =
  | ScreenArgs
  | RulesArgs
  | CalibrateArgs
  | AssembleArgs
  | ListsArgs
  | IndexArgs
  | { command: 'help' }
  | { command: 'version' };

export interface ListsArgs {
  command: 'lists';
  sanctions?: string[];
  entities?: string[];
  rdapBootstrap?: string;
  /** Ages are counted to this time (default: now). */
  asOf?: string;
}

const COMMANDS = ['screen', 'rules', 'calibrate', 'assemble', 'lists', 'index'];

export const USAGE = `Usage: hirescreen screen <file|-> [options]
       hirescreen rules [<rule-id>] [--preset recommended|strict] [--category <name>] [--format text|json]
       hirescreen calibrate <labelled.ndjson> [--config <file>] [--as-of <date-time>] [--format text|json]
       hirescreen assemble --people <hris.csv> --okta <okta.jsonl> --osquery <osquery.jsonl> … > roster.ndjson
       hirescreen index add|remove|stats|export|import --store <address> …   (hirescreen index --help)

Screens a roster of candidate or employee profiles for remote-hire fraud (stolen identities, laptop
farms), linking profiles that share addresses, accounts, devices or networks into clusters.
<file> holds a JSON array, NDJSON (one profile per line) or CSV; "-" reads standard input.

Options:
  --format text|json|markdown|html   report format (default: text)
  --output <file>                    write the report to a file instead of standard output
  --input-format json|ndjson|csv     input format (default: from the extension, then the content)
  --columns <mapping.json>           CSV: map header names to profile paths (see docs/cli.md)
  --config <file>                    rule-set configuration: JSON, or a JS module exporting one
  --ip-ranges <file>                 CIDR list of IP facts (VPN, hosting…); repeatable
  --ip-intel <file>                  .mmdb database (MaxMind, IPinfo) or ip-location-db ASN .csv; repeatable
  --ip-data-max-age <days>           warn when IP data is older than this (default: 90)
  --no-ip-data                       do not read the installed @ip-location-db packages
  --hmac-key-env <VAR>               key link hashes with the secret in environment variable VAR
  --no-links                         screen each profile on its own (no roster link index)
  --store <address>                  screen against, and add the roster to, a stored link index:
                                     sqlite:<file> or postgres://user@host/db (see docs/links.md)
  --show-below-review                text, Markdown, HTML: also list findings on clear profiles
  --strict-keys                      reject a profile with a field the schema does not know (default:
                                     screen it without the field and say so in the screening's notes)
  --sanctions <sdn.csv|SDN_ADVANCED.XML>
                                     also screen payees, agencies and employers against OFAC's SDN list,
                                     CSV (an alt.csv beside it adds aliases) or advanced XML (DPRK
                                     programmes); repeatable
  --entities <list.json>             also screen against a known-entity list file; repeatable
  --rdap-bootstrap <dns.json>        look up prior employers' domain registration dates over RDAP,
                                     with IANA's bootstrap file (sends those domains to registries)
  --rdap-cache <file.json>           keep RDAP answers in this file between runs
  --rdap-timeout <ms>                RDAP request timeout (default: 5000)
  --graph <file.graphml>             also write the clusters as GraphML (Gephi, yEd, NetworkX)
  --graph-csv <dir>                  also write the clusters as nodes.csv + edges.csv (Neo4j, Maltego)
  --report-detail compact|full       JSON: rule outcomes as counts (default) or every rule's result
  --workers <n>                      worker threads that screen beside the main thread (default 1
                                     for a file of 256 MB or more on 2+ cores, else 0)
  --fail-on review|escalate          exit with code 1 when any profile reaches this decision
  --max-reject-rate <share>          exit with code 2 when more than this share of records is
                                     rejected (default 0.5; 1 never fails)
  --as-of <date-time>                screen as of this time (default: now), e.g. 2026-01-01T00:00:00Z
  -h, --help                         show this help
  -v, --version                      show the version

"hirescreen rules" lists the built-in rules (id, category, severity, presets, what each flags);
"hirescreen rules <rule-id>" prints one rule's page: options, messages, false positives, sources.
  --preset recommended|strict        only the rules that preset turns on
  --category <name>                  only one category: ${CATEGORIES.join(', ')}
  --format text|json                 output format (default: text)

"hirescreen calibrate" fits each rule level's likelihood ratio from labelled outcomes (one line each:
{"label": "fraud"|"legitimate", "profile": {...}}) and prints the fit, precision and recall by threshold
before and after, and the fitted rule-set layer (docs/scoring.md).
  --prevalence <p>                   restate precision at this share of fraud (default 0.005)
  --prior-strength <n>               firings the documented ratio is worth (default 30)

"hirescreen lists" shows the known-entity lists the known-entity-match rule screens against and their age:
the built-in catalog, and any --sanctions <sdn.csv|SDN_ADVANCED.XML> or --entities <list.json> given; with
--rdap-bootstrap <dns.json>, the RDAP bootstrap file's date and how many TLDs it has servers for.

"hirescreen assemble" joins the systems you already run into one profile per person (docs/adapters.md)
and writes NDJSON for "hirescreen screen". Each source option is repeatable:
  --people (profile-shaped CSV/JSON/NDJSON), --bamboohr, --greenhouse, --lever, --persona, --jamf,
  --osquery, --defender, --okta, --entra, --google
  --output <file>  --provenance <file>  --ip-intel <file.mmdb>  --ip-ranges <file>
  --max-logins <n> (per person, default 5000)

Exit codes: 0 done, 1 a profile reached --fail-on, 2 usage error, bad configuration, unreadable input
or more records rejected than --max-reject-rate allows.`;

/**
 * Parses the command line. Unknown options and missing arguments are `UsageError`s.
 *
 * @example
 * parseCliArgs(['screen', 'roster.csv', '--format', 'html', '--output', 'report.html'])
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  if (argv[0] === 'rules') return parseRulesArgs(argv.slice(1));
  if (argv[0] === 'calibrate') return parseCalibrateArgs(argv.slice(1));
  if (argv[0] === 'assemble') return parseAssembleArgs(argv.slice(1));
  if (argv[0] === 'lists') return parseListsArgs(argv.slice(1));
  if (argv[0] === 'index') return parseIndexArgs(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-reject-rate': { type: 'string' },
        'as-of': { type: 'string' },
        output: { type: 'string', short: 'o' },
        'input-format': { type: 'string' },
        columns: { type: 'string' },
        config: { type: 'string' },
        'ip-ranges': { type: 'string', multiple: true },
        'ip-intel': { type: 'string', multiple: true },
        'ip-data-max-age': { type: 'string' },
        'no-ip-data': { type: 'boolean' },
        'hmac-key-env': { type: 'string' },
        'no-links': { type: 'boolean' },
        store: { type: 'string' },
        'show-below-review': { type: 'boolean' },
        'strict-keys': { type: 'boolean' },
        graph: { type: 'string' },
        'graph-csv': { type: 'string' },
        sanctions: { type: 'string', multiple: true },
        entities: { type: 'string', multiple: true },
        'rdap-bootstrap': { type: 'string' },
        'rdap-cache': { type: 'string' },
        'rdap-timeout': { type: 'string' },
        'report-detail': { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, file, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command: try "hirescreen screen <file>"');
  if (command !== 'screen' && COMMANDS.includes(command))
    throw new UsageError(`options go after the command: "hirescreen ${command} [options]"`);
  if (command !== 'screen') {
    const hint = suggest(command, COMMANDS);
    throw new UsageError(
      `unknown command "${command}"${hint ? `; did you mean "${hint}"?` : ''} (the commands are ${COMMANDS.map((c) => `"${c}"`).join(', ')})`,
    );
  }
  if (file === undefined)
    throw new UsageError('missing input file: "hirescreen screen <file>" (or "-" for standard input)');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const asOf = checkedAsOf(values['as-of']);
  const rate = values['max-reject-rate'];
  const maxRejectRate = rate === undefined ? undefined : Number(rate);
  if (maxRejectRate !== undefined && !(rate?.trim() !== '' && maxRejectRate >= 0 && maxRejectRate <= 1))
    throw new UsageError(`--max-reject-rate must be a share from 0 to 1, like 0.5 (got "${rate}")`);
  const hmacKeyEnv = values['hmac-key-env'];
  if (hmacKeyEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(hmacKeyEnv))
    throw new UsageError(`--hmac-key-env takes an environment variable's name (got "${hmacKeyEnv}")`);
  if (values['report-detail'] !== undefined && values.format !== 'json')
    throw new UsageError('--report-detail sets what the JSON report carries: use it with --format json');
  if (hmacKeyEnv !== undefined && values['no-links'])
    throw new UsageError('--hmac-key-env keys the link index, which --no-links turns off');
  const maxAge = values['ip-data-max-age'];
  if (maxAge !== undefined && !/^\d+$/.test(maxAge))
    throw new UsageError(`--ip-data-max-age takes a whole number of days (got "${maxAge}")`);
  if ((values.graph !== undefined || values['graph-csv'] !== undefined) && values['no-links'])
    throw new UsageError(
      "--graph and --graph-csv export the link index's clusters, which --no-links turns off",
    );
  if (values.store !== undefined && values['no-links'])
    throw new UsageError('--store keeps the link index, which --no-links turns off');
  const rdapTimeout = values['rdap-timeout'];
  if (rdapTimeout !== undefined && !/^[1-9]\d*$/.test(rdapTimeout))
    throw new UsageError(`--rdap-timeout takes a whole number of milliseconds (got "${rdapTimeout}")`);
  if (
    (values['rdap-cache'] !== undefined || rdapTimeout !== undefined) &&
    values['rdap-bootstrap'] === undefined
  )
    throw new UsageError(
      '--rdap-cache and --rdap-timeout configure RDAP lookups: give --rdap-bootstrap <dns.json> too',
    );
  const workers = values.workers;
  if (workers !== undefined && !/^\d{1,2}$/.test(workers))
    throw new UsageError(`--workers takes a whole number of threads, like 1 (got "${workers}")`);
  return {
    command: 'screen',
    file,
    format: oneOf('format', values.format, ['text', 'json', 'markdown', 'html'] as const) ?? 'text',
    failOn: oneOf('fail-on', values['fail-on'], ['review', 'escalate'] as const),
    asOf,
    output: values.output,
    inputFormat: oneOf('input-format', values['input-format'], ['json', 'ndjson', 'csv'] as const),
    columns: values.columns,
    config: values.config,
    ipRanges: values['ip-ranges'] ?? [],
    ...(values['ip-intel'] && { ipIntel: values['ip-intel'] }),
    ...(values.sanctions && { sanctions: values.sanctions }),
    ...(values.entities && { entities: values.entities }),
    ...(values['rdap-bootstrap'] !== undefined && { rdapBootstrap: values['rdap-bootstrap'] }),
    ...(values['rdap-cache'] !== undefined && { rdapCache: values['rdap-cache'] }),
    ...(rdapTimeout !== undefined && { rdapTimeout: Number(rdapTimeout) }),
    ...(values['no-ip-data'] && { ipData: false }),
    ...(maxAge !== undefined && { ipDataMaxAge: Number(maxAge) }),
    hmacKeyEnv,
    links: !values['no-links'],
    ...(values.store !== undefined && { store: values.store }),
    ...(values['show-below-review'] && { showBelowReview: true }),
    ...(maxRejectRate !== undefined && { maxRejectRate }),
    ...(values['strict-keys'] && { strictKeys: true }),
    ...(values.graph !== undefined && { graph: values.graph }),
    ...(values['graph-csv'] !== undefined && { graphCsv: values['graph-csv'] }),
    ...(workers !== undefined && { workers: Number(workers) }),
    ...(values['report-detail'] !== undefined && {
      reportDetail: oneOf('report-detail', values['report-detail'], ['compact', 'full'] as const),
    }),
  };
}

/** One command's own strict option list; a bad option is a usage error prefixed with the command. */
function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0] ?? 'invalid arguments'}`);
  }
}

/** `--as-of`, when given, must be a date-time. */
function checkedAsOf(asOf: string | undefined): string | undefined {
  if (asOf !== undefined && Number.isNaN(new Date(asOf).getTime()))
    throw new UsageError(`--as-of must be a date-time like 2026-01-01T00:00:00Z (got "${asOf}")`);
  return asOf;
}

function parseCalibrateArgs(argv: readonly string[]): CliArgs {
  const parsed = parseCommandArgs('calibrate', argv, {
    config: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string' },
    prevalence: { type: 'string' },
    'prior-strength': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [file, ...extra] = positionals;
  if (file === undefined)
    throw new UsageError('missing input file: "hirescreen calibrate <labelled.ndjson>"');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const asOf = checkedAsOf(values['as-of']);
  const prevalence = values.prevalence === undefined ? 0.005 : Number(values.prevalence);
  if (!(prevalence > 0 && prevalence < 1))
    throw new UsageError(
      `--prevalence must be a share between 0 and 1, like 0.005 (got "${values.prevalence}")`,
    );
  const strength = values['prior-strength'] === undefined ? undefined : Number(values['prior-strength']);
  if (strength !== undefined && !(strength >= 0))
    throw new UsageError(
      `--prior-strength must be a number of firings, 0 or more (got "${values['prior-strength']}")`,
    );
  return {
    command: 'calibrate',
    file,
    config: values.config,
    asOf,
    format: oneOf('format', values.format, ['text', 'json'] as const) ?? 'text',
    prevalence,
    priorStrength: strength,
  };
}

function parseListsArgs(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseCommandArgs('lists', argv, {
    sanctions: { type: 'string', multiple: true },
    entities: { type: 'string', multiple: true },
    'rdap-bootstrap': { type: 'string' },
    'as-of': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { command: 'help' };
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}": "hirescreen lists" takes only options`);
  const asOf = checkedAsOf(values['as-of']);
  return {
    command: 'lists',
    ...(values.sanctions && { sanctions: values.sanctions }),
    ...(values.entities && { entities: values.entities }),
    ...(values['rdap-bootstrap'] !== undefined && { rdapBootstrap: values['rdap-bootstrap'] }),
    ...(asOf !== undefined && { asOf }),
  };
}

function parseRulesArgs(argv: readonly string[]): CliArgs {
  // A separate, strict option list: `--fail-on` and the other screening options mean nothing here.
  const parsed = parseCommandArgs('rules', argv, {
    format: { type: 'string' },
    preset: { type: 'string' },
    category: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [id, ...extra] = positionals;
  if (extra.length > 0)
    throw new UsageError(`unexpected argument "${extra[0]}": "hirescreen rules" takes one rule id`);
  const preset = oneOf('preset', values.preset, ['recommended', 'strict'] as const);
  const category = oneOf('category', values.category, CATEGORIES);
  if (id !== undefined && (preset !== undefined || category !== undefined))
    throw new UsageError(
      '--preset and --category filter the list; "hirescreen rules <rule-id>" shows one rule',
    );
  return {
    command: 'rules',
    id,
    format: oneOf('format', values.format, ['text', 'json'] as const) ?? 'text',
    preset,
    category,
  };
}
