import { readFile, writeFile } from 'node:fs/promises';
import { createScreener } from '../engine/screener.js';
import type { Screening } from '../engine/types.js';
import { batchReport, type Reject } from '../report/batch.js';
import { formatJson } from '../report/json.js';
import { formatBatchText } from '../report/text.js';
import type { ScreenArgs } from './args.js';
import { readRecords, type RawRecord } from './read-records.js';
import { UsageError } from './usage-error.js';

export interface CommandIo {
  stdout: (text: string) => void;
  readStdin: () => Promise<string>;
}

async function readInput(file: string, io: CommandIo): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it could not be read';
    throw new UsageError(`cannot read "${file}": ${why}`);
  }
}

/**
 * Runs `hirescreen screen`: reads every record, screens the valid ones, rejects the rest with their
 * position and field paths, and writes the report. Returns the exit code.
 */
export async function screenCommand(args: ScreenArgs, io: CommandIo): Promise<number> {
  const text = await readInput(args.file, io);
  const records: RawRecord[] = [...readRecords(text)];
  const screener = createScreener(args.asOf ? { now: args.asOf } : {});
  const lines = new Map<number, number | undefined>();
  const rejects: Reject[] = [];
  const readable: unknown[] = [];
  const positions: number[] = [];
  for (const record of records) {
    lines.set(record.position, record.line);
    if (record.ok) {
      readable.push(record.value);
      positions.push(record.position);
    } else rejects.push(record.reject);
  }

  const screenings: Screening[] = [];
  for await (const result of screener.screenMany(readable)) {
    const position = positions[result.position] as number;
    if (result.ok) screenings.push(result.screening);
    else {
      const line = lines.get(position);
      rejects.push({
        position,
        ...(line === undefined ? {} : { line }),
        ...(result.error.profileId === undefined ? {} : { profileId: result.error.profileId }),
        issues: [...result.error.issues],
      });
    }
  }
  const asOf = screenings[0]?.asOf ?? new Date(args.asOf ?? Date.now()).toISOString();
  const report = batchReport(screenings, rejects, { rulesetVersion: screener.ruleSet.version, asOf });
  const output = args.format === 'json' ? formatJson(report) : `${formatBatchText(report)}\n`;
  if (args.output) await writeFile(args.output, output, 'utf8');
  else io.stdout(output);

  const failing =
    args.failOn === 'review' ? ['review', 'escalate'] : args.failOn === 'escalate' ? ['escalate'] : [];
  return screenings.some((s) => failing.includes(s.decision)) ? 1 : 0;
}
