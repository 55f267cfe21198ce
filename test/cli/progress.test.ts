import { createProgress } from '../../src/cli/progress.js';

describe('the progress line', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const progress = createProgress({ isTTY: false, write: (t) => written.push(t) });
    progress.phase('indexing');
    for (let i = 0; i < 1000; i += 1) progress.tick(1);
    progress.done();
    expect(written).toEqual([]);
  });

  it('shows records read, the rate and, with a total, a percentage on a terminal', () => {
    const written: string[] = [];
    let now = 0;
    const progress = createProgress({ isTTY: true, columns: 120, write: (t) => written.push(t) }, () => now);
    progress.phase('screening', 1024);
    for (let i = 0; i < 511; i += 1) progress.tick(1);
    expect(written).toEqual([]);
    now = 1000;
    progress.tick(1);
    expect(written.at(-1)).toMatch(/^\rscreening +[━─]+ 50% 512 records {2}512\/s\x1b\[K$/);
    progress.done();
    expect(written.at(-1)).toMatch(/512 records {2}512\/s\x1b\[K\n$/);
  });
});
