// Regenerates the rule catalog (docs/rules/*.md, docs/rules/index.md) and docs/presets.md from each
// rule's metadata. `--check` changes nothing and exits 1 when anything is stale or missing.
import { allRules } from '../src/rules/all.js';
import { checkDocs, writeDocs } from './_lib/catalog.js';

const root = process.cwd();
if (process.argv.includes('--check')) {
  const problems = checkDocs(root, allRules);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s): run \`npm run docs\` and commit the result.`);
    process.exit(1);
  }
  console.log(`docs are up to date (${allRules.length} rules)`);
} else {
  const written = writeDocs(root, allRules);
  for (const path of written) console.log(`wrote ${path}`);
  console.log(written.length > 0 ? `${written.length} file(s) written` : 'docs were already up to date');
}
