import { allRules } from '../../src/rules/all.js';
import { checkDocs } from '../../scripts/_lib/catalog.js';

describe('the rule catalog', () => {
  it('is up to date with every rule\u2019s metadata, with a page and a test file per rule', () => {
    // Same check as `npm run docs -- --check`; run `npm run docs` and commit when this fails.
    expect(checkDocs(process.cwd(), allRules)).toEqual([]);
  });
});
