import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyRule } from '../../src/engine/types.js';
import { allRules } from '../../src/rules/all.js';
import { interviewCameraOff } from '../../src/rules/hiring/interview-camera-off.js';
import { checkDocs, writeDocs } from '../../scripts/_lib/catalog.js';

describe('the rule catalog', () => {
  it('is up to date with every rule\u2019s metadata, with a page and a test file per rule', () => {
    // Same check as `npm run docs -- --check`; run `npm run docs` and commit when this fails.
    expect(checkDocs(process.cwd(), allRules)).toEqual([]);
  });
});

describe('checkDocs and writeDocs', () => {
  const edited: AnyRule = { ...interviewCameraOff, meta: { ...interviewCameraOff.meta, weight: 21 } };

  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  function scratch(): string {
    const root = mkdtempSync(join(tmpdir(), 'hirescreen-docs-'));
    roots.push(root);
    mkdirSync(join(root, 'test/rules/hiring'), { recursive: true });
    writeFileSync(join(root, 'test/rules/hiring/interview-camera-off.test.ts'), '');
    return root;
  }

  it('reports a missing page, index, presets page and test file', () => {
    const root = mkdtempSync(join(tmpdir(), 'hirescreen-docs-'));
    roots.push(root);
    expect(checkDocs(root, [interviewCameraOff])).toEqual([
      'docs/rules/interview-camera-off.md: missing page for rule "interview-camera-off" (run npm run docs)',
      'test/rules/hiring/interview-camera-off.test.ts: missing test file for rule "interview-camera-off"',
      'docs/rules/index.md: stale or missing (run npm run docs)',
      'docs/presets.md: generated section is stale or missing (run npm run docs)',
    ]);
  });

  it('fails when a rule\u2019s metadata changes without regenerating, and passes after', () => {
    const root = scratch();
    writeDocs(root, [interviewCameraOff]);
    expect(checkDocs(root, [interviewCameraOff])).toEqual([]);
    expect(checkDocs(root, [edited])).toContain(
      'docs/rules/interview-camera-off.md: generated section is stale (run npm run docs)',
    );
    writeDocs(root, [edited]);
    expect(checkDocs(root, [edited])).toEqual([]);
  });

  it('keeps hand-written prose outside the markers when it regenerates', () => {
    const root = scratch();
    writeDocs(root, [interviewCameraOff]);
    const path = join(root, 'docs/rules/interview-camera-off.md');
    const prose = '\n\n## Why it matters\n\nWritten by hand.\n';
    const page = readFileSync(path, 'utf8');
    writeFileSync(path, page.slice(0, page.indexOf('<!-- generated:end -->') + 22) + prose);
    expect(writeDocs(root, [edited])).toContain('docs/rules/interview-camera-off.md');
    const after = readFileSync(path, 'utf8');
    expect(after.endsWith(prose)).toBe(true);
    expect(after).toContain('| weight | 21 |');
    expect(writeDocs(root, [edited])).toEqual([]);
  });

  it('writes a finished stub page, with no TODO, for a rule without one', () => {
    const root = scratch();
    writeDocs(root, [interviewCameraOff]);
    const page = readFileSync(join(root, 'docs/rules/interview-camera-off.md'), 'utf8');
    expect(page).toContain('## Why it matters');
    expect(page).toContain('## How to investigate');
    expect(page).toContain('## Example');
    expect(page).not.toMatch(/TODO|TBD|FIXME/i);
  });

  it('reports a page for a rule that no longer exists', () => {
    const root = scratch();
    writeDocs(root, [interviewCameraOff]);
    writeFileSync(join(root, 'docs/rules/retired-rule.md'), '# gone\n');
    expect(checkDocs(root, [interviewCameraOff])).toEqual([
      'docs/rules/retired-rule.md: page for a rule that does not exist',
    ]);
  });
});
