// Writes a JSON array of profiles as CSV whose headers are profile paths (`addresses[0].line1`), the
// form `hirescreen screen` reads. Used to keep examples/data/roster.csv equal to roster.json:
//   npx tsx scripts/roster-to-csv.ts examples/data/roster.json > examples/data/roster.csv
import { readFileSync } from 'node:fs';

type Cell = string | number | boolean;

function flatten(value: unknown, path: string, out: Map<string, Cell>): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, out));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, path ? `${path}.${key}` : key, out);
    return;
  }
  out.set(path, value as Cell);
}

function cell(value: Cell | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tsx scripts/roster-to-csv.ts <roster.json>\n');
  process.exit(2);
}
const rows = (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).map((profile) => {
  const out = new Map<string, Cell>();
  flatten(profile, '', out);
  return out;
});
const headers: string[] = [];
const seen = new Set<string>();
for (const row of rows) {
  for (const key of row.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    headers.push(key);
  }
}
process.stdout.write(`${headers.map((h) => cell(h)).join(',')}\n`);
for (const row of rows) process.stdout.write(`${headers.map((h) => cell(row.get(h))).join(',')}\n`);
