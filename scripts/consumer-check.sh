#!/usr/bin/env bash
# Packs hirescreen and proves a consumer project can `import` it, `require` it and get its types,
# for the main entry and the `rules` and `testing` subpaths. Run after `npm run build`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball" >/dev/null

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
cat > tsconfig.json <<'JS'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["types.ts"] }
JS
node esm.mjs
node cjs.cjs
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json
echo "types ok"
