import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/rules/all.js';

// docs/indicators.md is hand-maintained; rule meta cites it by indicator id and source key, so the two
// must not drift apart.
const page = readFileSync(join(__dirname, '../../docs/indicators.md'), 'utf8');

describe('docs/indicators.md', () => {
  it('describes every indicator a rule implements, with a link to the rule', () => {
    const missing = allRules.flatMap((rule) =>
      (rule.meta.indicators ?? [])
        .filter((id) => !page.includes(`| \`${id}\` |`) || !page.includes(`](rules/${rule.id}.md)`))
        .map((id) => `${rule.id}: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists every source key a rule cites, with the URL the rule gives', () => {
    const missing = allRules.flatMap((rule) =>
      rule.meta.references
        .filter((ref) => ref.key !== undefined)
        .filter(
          (ref) =>
            !page.includes(`<a id="${ref.key?.toLowerCase()}"></a>**${ref.key}**`) ||
            !page.includes(`](${ref.url})`),
        )
        .map((ref) => `${rule.id}: ${ref.key}`),
    );
    expect(missing).toEqual([]);
  });
});
