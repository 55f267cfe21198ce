#!/usr/bin/env bash
# Packs hirescreen and proves a consumer project can `import` it, `require` it and get its types,
# for the main entry and the `rules` and `testing` subpaths; then follows docs/getting-started.md step
# by step in a second new project against the same tarball. Run after `npm run build`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
# docs/getting-started.md, literally: each `sh step` block's lines run in order and each `file=<name>`
# block is written where it stands, in a new project. The one change: `npm install hirescreen` installs
# the packed tarball instead of the registry's version. Quiet, cache-first npm settings come from the
# environment so that the commands themselves stay the guide's.
guide="$work/guide"
mkdir "$guide"
node - "$root/docs/getting-started.md" "$work/$tarball" > "$work/guide.sh" <<'JS'
const { readFileSync } = require('node:fs');
const [guidePath, tarball] = process.argv.slice(2);
const lines = readFileSync(guidePath, 'utf8').split('\n');
const out = ['set -euo pipefail'];
let steps = 0;
for (let i = 0; i < lines.length; i += 1) {
  const open = /^```(.*)$/.exec(lines[i]);
  if (!open || open[1] === '') continue;
  const end = lines.indexOf('```', i + 1);
  const body = lines.slice(i + 1, end);
  const info = open[1].trim();
  const file = /\bfile=(\S+)$/.exec(info);
  if (file) {
    out.push(`mkdir -p "$(dirname '${file[1]}')"`, `echo ${Buffer.from(`${body.join('\n')}\n`).toString('base64')} | base64 -d > '${file[1]}'`);
  } else if (info === 'sh step') {
    for (const command of body.filter((line) => line.trim() !== '')) {
      const run = command.replace(/^npm install hirescreen /, `npm install ${tarball} `);
      out.push(`echo "\$ ${command.replace(/"/g, '\\"')}" >&2`, run);
      steps += 1;
    }
  }
  i = end;
}
if (steps === 0) throw new Error('no `sh step` blocks found in the guide');
console.log(out.join('\n'));
JS
(
  cd "$guide"
  export npm_config_prefer_offline=true npm_config_audit=false npm_config_fund=false npm_config_loglevel=error
  bash "$work/guide.sh" > "$work/guide.out"
  # What the guide says the steps print.
  first="$(node screen.mjs | head -n 1)"
  [ "$first" = "37 review" ] || { echo "getting-started: screen.mjs printed \"$first\", the guide says \"37 review\"" >&2; exit 1; }
  grep -q "emp-1" "$work/guide.out" && grep -q "emp-2" "$work/guide.out" || { echo "getting-started: the roster report names neither emp-1 nor emp-2" >&2; exit 1; }
)
echo "getting-started ok: every step of docs/getting-started.md ran against the tarball"

# The guide's project has the tarball installed: prove each entry point there, without a second install.
cd "$guide"
cat > esm.mjs <<'JS'
import { createScreener, parseProfile } from 'hirescreen';
import { allRules } from 'hirescreen/rules';
import { RuleTester } from 'hirescreen/testing';
if (typeof createScreener !== 'function' || typeof parseProfile !== 'function' || !Array.isArray(allRules) || typeof RuleTester !== 'function') {
  throw new Error('ESM exports missing');
}
const screening = await createScreener({ now: '2026-01-01T00:00:00Z' }).screen({ id: 'consumer-1' });
console.log(`esm ok: ${allRules.length} rules, score ${screening.score}`);
JS
cat > cjs.cjs <<'JS'
const { createScreener } = require('hirescreen');
const { allRules } = require('hirescreen/rules');
const { RuleTester } = require('hirescreen/testing');
if (typeof createScreener !== 'function' || !Array.isArray(allRules) || typeof RuleTester !== 'function') throw new Error('CJS exports missing');
console.log(`cjs ok: ${allRules.length} rules`);
JS
cat > types.ts <<'JS'
import { createScreener, type Screening, type Profile } from 'hirescreen';
import type { AnyRule } from 'hirescreen';
import { allRules } from 'hirescreen/rules';
import { RuleTester } from 'hirescreen/testing';
const profile: Profile = { id: 'typed' };
const rules: readonly AnyRule[] = allRules;
async function main(): Promise<Screening> {
  return createScreener({ rules: { extends: ['recommended'] } }).screen(profile);
}
void main;
void rules;
void RuleTester;
JS
cat > tsconfig.types.json <<'JS'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["types.ts"] }
JS
node esm.mjs
node cjs.cjs
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.types.json
echo "types ok"

