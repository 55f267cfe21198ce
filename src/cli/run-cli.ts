import { createRequire } from 'node:module';
import { parseCliArgs, USAGE } from './args.js';
import { assembleCommand } from './assemble-command.js';
import { calibrateCommand } from './calibrate-command.js';
import { listsCommand } from './known-lists.js';
import { indexCommand } from './index-command.js';
import { rulesCommand } from './rules-command.js';
import { screenCommand, type CommandIo } from './screen-command.js';
import { UsageError } from './usage-error.js';
import { HirescreenError } from '../errors.js';

export interface CliIo extends CommandIo {
  stderr: (text: string) => void;
}

/**
 * The package's version, read from its package.json rather than restated: from src/cli/ under tsx and
 * from dist/cli/ in the published bundle, the manifest is two folders up.
 */
export const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/**
 * The whole CLI as a function: arguments in, exit code out. Usage and input problems print one line
 * to stderr and return 2; nothing prints a stack trace.
 *
 * @example
 * const code = await runCli(['screen', 'roster.json'], { stdout: console.log, stderr: console.error, readStdin });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (args.command === 'rules') return rulesCommand(args, io);
    if (args.command === 'calibrate') return await calibrateCommand(args, io);
    if (args.command === 'assemble') return await assembleCommand(args, io);
    if (args.command === 'lists')
      return await listsCommand(args, io, args.asOf ? new Date(args.asOf) : new Date());
    if (args.command === 'index') return await indexCommand(args, io);
    return await screenCommand(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof HirescreenError) {
      io.stderr(`hirescreen: ${error.message.split('\n').join(' ').replace(/\s+/g, ' ')}\n`);
      return 2;
    }
    io.stderr(
      `hirescreen: unexpected error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
    );
    return 2;
  }
}
