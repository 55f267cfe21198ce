// Regenerates docs/profile.md, the profile reference, from the zod schema and each rule's declared paths.
// `--check` changes nothing and exits 1 when the page is stale or missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../src/rules/all.js';
import { PROFILE_DOC, readExampleRoster, renderProfileReference } from './_lib/profile-reference.js';

const root = process.cwd();
const page = renderProfileReference(allRules, readExampleRoster(root));
const path = join(root, PROFILE_DOC);
let current: string | undefined;
try {
  current = readFileSync(path, 'utf8');
} catch {
  current = undefined;
}
if (process.argv.includes('--check')) {
  if (current !== page) {
    console.error(`${PROFILE_DOC}: stale or missing: run \`npm run docs:profile\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${PROFILE_DOC} is up to date`);
} else if (current === page) console.log(`${PROFILE_DOC} was already up to date`);
else {
  writeFileSync(path, page);
  console.log(`wrote ${PROFILE_DOC}`);
}
