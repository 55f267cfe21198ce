import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

export type OutputFormat = 'text' | 'json';
export type FailOn = 'review' | 'escalate';

export interface ScreenArgs {
  command: 'screen';
  file: string;
  format: OutputFormat;
  failOn: FailOn | undefined;
  asOf: string | undefined;
  output: string | undefined;
}

export type CliArgs = ScreenArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage: hirescreen screen <file|-> [options]

Screens candidate or employee profiles for remote-hire fraud (stolen identities, laptop farms).
<file> holds a JSON array of profiles or NDJSON (one profile per line); "-" reads standard input.

Options:
  --format text|json        output format (default: text)
  --fail-on review|escalate exit with code 1 when any profile reaches this decision
  --as-of <date-time>       screen as of this time (default: now), e.g. 2026-01-01T00:00:00Z
  --output <file>           write the report to a file instead of standard output
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 done, 1 a profile reached --fail-on, 2 usage error or unreadable input.`;

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/**
 * Parses the command line. Unknown options and missing arguments are `UsageError`s.
 *
 * @example
 * parseCliArgs(['screen', 'roster.json', '--format', 'json'])
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        'as-of': { type: 'string' },
        output: { type: 'string', short: 'o' },
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
  if (command !== 'screen') throw new UsageError(`unknown command "${command}": the command is "screen"`);
  if (file === undefined)
    throw new UsageError('missing input file: "hirescreen screen <file>" (or "-" for standard input)');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const asOf = values['as-of'];
  if (asOf !== undefined && Number.isNaN(new Date(asOf).getTime())) {
    throw new UsageError(`--as-of must be a date-time like 2026-01-01T00:00:00Z (got "${asOf}")`);
  }
  return {
    command: 'screen',
    file,
    format: oneOf('format', values.format, ['text', 'json'] as const) ?? 'text',
    failOn: oneOf('fail-on', values['fail-on'], ['review', 'escalate'] as const),
    asOf,
    output: values.output,
  };
}
