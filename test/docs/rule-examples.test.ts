import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/rules/all.js';
import { runRule } from '../../src/testing/run-rule.js';
import { pagePath } from '../../scripts/_lib/catalog.js';
import { parseExample } from '../../scripts/_lib/examples.js';

describe('rule page examples', () => {
  for (const rule of allRules) {
    const path = join(process.cwd(), pagePath(rule.id));
    it(`runs the example on ${pagePath(rule.id)} with ${rule.id}`, () => {
      expect(existsSync(path)).toBe(true);
      const example = parseExample(readFileSync(path, 'utf8'));
      const result = runRule(rule, example.profile, {
        ...(example.options ? { options: example.options } : {}),
        ...(example.now ? { now: example.now } : {}),
      });
      expect(result.error).toBeUndefined();
      expect(result.findings.map((finding) => finding.messageId)).toEqual(example.expect);
    });
  }
});

describe('parseExample', () => {
  it('reads the JSON block under the Example heading', () => {
    const page =
      '# x\n\n## Example\n\nText.\n\n```json\n{ "profile": { "id": "p" }, "expect": ["a"] }\n```\n\n## Next\n';
    expect(parseExample(page)).toEqual({ profile: { id: 'p' }, expect: ['a'] });
  });

  it('rejects a page without an example', () => {
    expect(() => parseExample('# x\n\n## Why it matters\n')).toThrow('no "## Example" section');
  });

  it('rejects an example without expected message ids', () => {
    expect(() => parseExample('## Example\n\n```json\n{ "profile": {} }\n```\n')).toThrow('"expect"');
  });
});
