import { parseArgs } from 'node:util';
import type { InputFormat } from './input/source.js';
import { oneOf } from './_lib/one-of.js';
import { UsageError } from './usage-error.js';

export type IndexAction = 'add' | 'remove' | 'stats' | 'export' | 'import';

export interface IndexArgs {
  command: 'index';
  /** `help` prints `INDEX_USAGE`. */
  action: IndexAction | 'help';
  store: string;
  /** add: roster files; remove: profile ids; import: exchange files. */
  operands: string[];
  hmacKeyEnv: string | undefined;
  inputFormat: InputFormat | undefined;
  /** remove: erase every profile last added before this date-time. */
  notSeenSince: string | undefined;
  /** add: when the profiles were seen (default now). */
  asOf: string | undefined;
  /** export: where the exchange file goes (default standard output); import: the sender's label. */
  output: string | undefined;
  from: string | undefined;
  format: 'text' | 'json';
}

export const INDEX_USAGE = `Usage: hirescreen index add <file|-> --store <address> [--hmac-key-env VAR] [--as-of <date-time>]
       hirescreen index remove <profile-id>… --store <address> [--hmac-key-env VAR]
       hirescreen index remove --not-seen-since <date-time> --store <address> [--hmac-key-env VAR]
       hirescreen index stats --store <address> [--hmac-key-env VAR] [--format text|json]
       hirescreen index export --store <address> --hmac-key-env VAR [--output <file>]
       hirescreen index import <exchange.json> --from <employer-label> --store <address> --hmac-key-env VAR

Keeps a link index that outlives the process, for "hirescreen screen --store" and your own servers.
<address> is sqlite:<file> (created when missing) or postgres://user@host:port/db.

  add      validate the profiles of a roster (JSON array, NDJSON or CSV) and add or replace them
  remove   erase profiles (every key, fingerprint and display of theirs), by id or by last-seen date
  stats    profiles, keys, postings, shared keys and bytes on disk
  export   write this store's keys with a count of profiles each, keyed with the group's shared secret
           (--hmac-key-env): no ids, names or values. Needs a store written with that secret.
  import   add another employer's exported counts; matches then say how many other employers share
           a key, never who (docs/links.md says what an exchange file reveals)

Options:
  --store <address>              the stored index (required)
  --hmac-key-env <VAR>           the link-hashing secret, from environment variable VAR
  --input-format json|ndjson|csv input format for add (default: from the extension, then the content)
  --format text|json             output of add, remove and stats (default: text)
  -h, --help                     show this help`;

const ACTIONS: readonly IndexAction[] = ['add', 'remove', 'stats', 'export', 'import'];

/**
 * Parses `hirescreen index …`. Unknown options, actions and missing arguments are `UsageError`s.
 *
 * @example
 * parseIndexArgs(['stats', '--store', 'sqlite:./links.db']).action; // 'stats'
 */
export function parseIndexArgs(argv: readonly string[]): IndexArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        store: { type: 'string' },
        'hmac-key-env': { type: 'string' },
        'input-format': { type: 'string' },
        'not-seen-since': { type: 'string' },
        'as-of': { type: 'string' },
        output: { type: 'string', short: 'o' },
        from: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`index: ${(error as Error).message.split('\n')[0] ?? 'invalid arguments'}`);
  }
  const { values, positionals } = parsed;
  const [action, ...operands] = positionals;
  const base = {
    command: 'index' as const,
    store: values.store ?? '',
    operands,
    hmacKeyEnv: values['hmac-key-env'],
    inputFormat: oneOf('input-format', values['input-format'], ['json', 'ndjson', 'csv'] as const),
    notSeenSince: date('not-seen-since', values['not-seen-since']),
    asOf: date('as-of', values['as-of']),
    output: values.output,
    from: values.from,
    format: oneOf('format', values.format, ['text', 'json'] as const) ?? 'text',
  };
  if (values.help || action === undefined || action === 'help') return { ...base, action: 'help' };
  if (!(ACTIONS as readonly string[]).includes(action))
    throw new UsageError(`index: unknown action "${action}" (the actions are ${ACTIONS.join(', ')})`);
  if (values.store === undefined)
    throw new UsageError(`index ${action}: --store is required, e.g. --store sqlite:./links.db`);
  const hmacKeyEnv = values['hmac-key-env'];
  if (hmacKeyEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(hmacKeyEnv))
    throw new UsageError(`--hmac-key-env takes an environment variable's name (got "${hmacKeyEnv}")`);
  const args: IndexArgs = { ...base, action: action as IndexAction };
  if (action === 'add' && operands.length !== 1)
    throw new UsageError('index add: give one roster file (or "-" for standard input)');
  if (action === 'remove' && (operands.length === 0) === (args.notSeenSince === undefined))
    throw new UsageError('index remove: give profile ids or --not-seen-since <date-time>, not both');
  if ((action === 'stats' || action === 'export') && operands.length > 0)
    throw new UsageError(`index ${action}: unexpected argument "${operands[0]}"`);
  if ((action === 'export' || action === 'import') && hmacKeyEnv === undefined)
    throw new UsageError(
      `index ${action}: --hmac-key-env is required: an exchange holds keys hashed with the group's secret only`,
    );
  if (action === 'import' && (operands.length === 0 || values.from === undefined))
    throw new UsageError('index import: give exchange files and --from <employer-label>');
  return args;
}

function date(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && Number.isNaN(new Date(value).getTime()))
    throw new UsageError(`--${name} must be a date-time like 2026-01-01T00:00:00Z (got "${value}")`);
  return value;
}
