import { readFile } from 'node:fs/promises';
import type { RuleSetConfig } from '../engine/rule-set.js';
import { screenRoster } from '../roster/screen-roster.js';
import { calibrateFrom } from '../testing/calibrate.js';
import type { LabelledScreening, OperatingPoint } from '../testing/calibration-fit.js';
import { loadRuleConfig, splitConfig } from './load-options.js';
import { UsageError } from './usage-error.js';

export interface CalibrateArgs {
  command: 'calibrate';
  file: string;
  config: string | undefined;
  asOf: string | undefined;
  format: 'text' | 'json';
  prevalence: number;
  priorStrength: number | undefined;
}

export interface CalibrateIo {
  stdout: (text: string) => void;
  stderr?: (text: string) => void;
}

type Label = 'fraud' | 'legitimate';

/** A labelled line's outcome: `"fraud"`/`"legitimate"`, or the benchmark's `{ fraud: boolean }`. */
function labelOf(value: unknown): Label | undefined {
  if (value === 'fraud' || value === 'legitimate') return value;
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { fraud?: unknown }).fraud === 'boolean'
  )
    return (value as { fraud: boolean }).fraud ? 'fraud' : 'legitimate';
  return undefined;
}

/**
 * Runs `hirescreen calibrate labelled.ndjson`: screens the labelled roster (links on, as `screen` does),
 * fits each rule level's likelihood ratio from the outcomes, screens again with the fit, and prints the
 * levels, the operating points before and after, and the fitted rule-set layer to keep. Every line is
 * used or reported with its line number. Returns the exit code.
 */
export async function calibrateCommand(args: CalibrateArgs, io: CalibrateIo): Promise<number> {
  const warn = io.stderr ?? (() => {});
  const config =
    args.config === undefined
      ? undefined
      : splitConfig((await loadRuleConfig(args.config)) as Record<string, unknown>, args.config);
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch {
    throw new UsageError(`cannot read "${args.file}"`);
  }
  const profiles: unknown[] = [];
  const labels: Label[] = [];
  let rejected = 0;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let record: { label?: unknown; profile?: unknown };
      try {
        record = JSON.parse(line) as typeof record;
      } catch {
        rejected++;
        warn(`hirescreen: line ${index + 1}: not valid JSON\n`);
        return;
      }
      const label = labelOf(record?.label);
      if (label === undefined || record.profile === undefined) {
        rejected++;
        warn(`hirescreen: line ${index + 1}: needs "profile" and a "label" of "fraud" or "legitimate"\n`);
        return;
      }
      profiles.push(record.profile);
      labels.push(label);
    });
  const base: RuleSetConfig = config?.rules ?? { extends: ['recommended'] };
  const options = {
    ...(args.asOf !== undefined && { now: args.asOf }),
    ...(config?.organizations && { organizations: config.organizations }),
    ...(config?.baseRate !== undefined && { baseRate: config.baseRate }),
    ...(config?.thresholds && { thresholds: config.thresholds }),
  };
  const labelled = async (rules: RuleSetConfig): Promise<LabelledScreening[]> => {
    const result = await screenRoster(profiles, { ...options, rules });
    for (const reject of result.rejects) {
      warn(`hirescreen: labelled profile ${reject.position + 1}: ${reject.error.message.split('\n')[0]}\n`);
    }
    const byId = new Map(result.screenings.map((s) => [s.profileId, s]));
    const out: LabelledScreening[] = [];
    profiles.forEach((profile, i) => {
      const id = (profile as { id?: unknown })?.id;
      const screening = typeof id === 'string' ? byId.get(id) : undefined;
      if (screening) out.push({ screening, label: labels[i] as Label });
    });
    return out;
  };
  const result = await calibrateFrom(labelled, base, {
    prevalence: args.prevalence,
    ...(args.priorStrength !== undefined && { priorStrength: args.priorStrength }),
  });
  const report = {
    lines: profiles.length + rejected,
    rejected: rejected + profiles.length - result.profiles,
    prevalence: args.prevalence,
    ...result,
  };
  if (args.format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const pct = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} %`);
  // As wide as the longest rule@level, so every column stays under its heading.
  const levelWidth = Math.max(
    'rule level'.length,
    ...result.levels.map((row) => row.ruleId.length + 1 + row.level.length),
  );
  const lines = [
    `hirescreen calibrate: ${report.lines} line(s), ${report.profiles} labelled profile(s) (${report.fraud} fraud, ${report.legitimate} legitimate), ${report.rejected} rejected.`,
    '',
    `${'rule level'.padEnd(levelWidth)} ${'documented'.padStart(10)} ${'fraud'.padStart(8)} ${'legit'.padStart(9)} ${'empirical'.padStart(11)} ${'fitted'.padStart(8)}`,
    ...result.levels.map(
      (row) =>
        `${`${row.ruleId}@${row.level}`.padEnd(levelWidth)} ${String(row.documented).padStart(10)} ${pct(row.fraudRate).padStart(8)} ${pct(row.legitimateRate).padStart(9)} ${(row.empirical === null ? '-' : row.empirical.toPrecision(3)).padStart(11)} ${String(row.fitted).padStart(8)}`,
    ),
    '',
    `review threshold: recall / legitimate sent / precision at ${pct(args.prevalence)} prevalence, before -> after the fit`,
    ...[10, 20, 30, 40, 50, 60, 80].map((threshold) => {
      const show = (p: OperatingPoint | undefined) =>
        p ? `${pct(p.recall)} / ${pct(p.falsePositiveRate)} / ${pct(p.precisionAtPrevalence)}` : '-';
      return `  ${String(threshold).padStart(3)}: ${show(report.before[threshold - 1])}  ->  ${show(report.after[threshold - 1])}`;
    }),
    '',
    'The fitted ratios as a rule-set layer; keep it in a file and list it last in "extends":',
    JSON.stringify(result.config),
    'The "after" figures are measured on the profiles the fit saw, so they flatter it: hold some outcomes back to check.',
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
