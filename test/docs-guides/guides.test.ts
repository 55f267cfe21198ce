import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Each ```ts test block of a guide is written to .tmp/guides/ (gitignored) with its `hirescreen` imports
// pointed at the source tree, then loaded in this jest process while jest collects tests: a block that
// calls `new RuleTester().run(...)` or `it(...)` registers real tests here, and a block that throws at
// load fails its "runs" test with the guide's line number. In-process loading is fast (no spawn per
// block) and uses the same transform as every other test.

const root = join(__dirname, '..', '..');
const guidesDir = join(root, 'docs', 'guides');
const outDir = join(root, '.tmp', 'guides');
const GUIDES = ['writing-rules.md', 'testing-rules.md'];
const RUN = /^ts test(?: file=([a-z0-9-]+))?$/;

const ENTRY_POINTS: Record<string, string> = {
  hirescreen: 'src/index.js',
  'hirescreen/rules': 'src/rules/index.js',
  'hirescreen/testing': 'src/testing/index.js',
};

interface Block {
  info: string;
  line: number;
  code: string;
}

/** The fenced blocks of a Markdown file, with the info string and the line the code starts on. */
function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\S.*)?$/.exec(lines[i] as string);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) break;
    blocks.push({ info: (open[1] ?? '').trim(), line: i + 2, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

function pointAtSource(code: string, file: string): string {
  return code.replace(/from '(hirescreen(?:\/[a-z]+)?)'/g, (whole, specifier: string) => {
    const target = ENTRY_POINTS[specifier];
    if (!target) return whole;
    const path = relative(join(file, '..'), join(root, target)).replace(/\\/g, '/');
    return `from '${path.startsWith('.') ? path : `./${path}`}'`;
  });
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

for (const guide of GUIDES) {
  const markdown = readFileSync(join(guidesDir, guide), 'utf8');
  const blocks = fencedBlocks(markdown);

  describe(`docs/guides/${guide}`, () => {
    it('marks every TypeScript block as `ts test` (runs here) or `ts fragment` (a piece, not run)', () => {
      const unmarked = blocks
        .filter(
          (block) =>
            /^(ts|typescript)\b/.test(block.info) && !RUN.test(block.info) && block.info !== 'ts fragment',
        )
        .map((block) => `line ${block.line - 1}: \`\`\`${block.info}`);
      expect(unmarked).toEqual([]);
      expect(blocks.some((block) => RUN.test(block.info))).toBe(true);
    });

    blocks
      .filter((block) => RUN.test(block.info))
      .forEach((block) => {
        describe(`block at line ${block.line}`, () => {
          // `ts test file=name` writes the block to name.ts, so a later block can import it.
          const named = RUN.exec(block.info)?.[1];
          const file = join(outDir, `${named ?? `${guide.replace(/\.md$/, '')}-line-${block.line}`}.ts`);
          writeFileSync(
            file,
            `// From docs/guides/${guide}, line ${block.line}.\n${pointAtSource(block.code, file)}\n`,
          );
          let loadError: unknown;
          try {
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            require(file);
          } catch (error) {
            loadError = error;
          }
          it('runs', () => {
            if (loadError) throw loadError;
          });
        });
      });
  });
}
