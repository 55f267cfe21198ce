import fc from 'fast-check';
import { FLAG_MASK, packPosting } from '../../src/links/posting-code.js';
import { MemoryPostingStore } from '../../src/links/store.js';

type Operation =
  | { kind: 'add'; hi: number; lo: number; pid: number; flags: number }
  | { kind: 'remove'; hi: number; lo: number; pid: number };

// Few keys (64), so that most are shared and lose carriers again, and slots collide and probe past
// each other; a store started at 16 slots doubles three times at its highest load on the way.
const HALVES = 8;
const half = fc.integer({ min: 0, max: HALVES - 1 });
const pid = fc.integer({ min: 0, max: 12 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      hi: half,
      lo: half,
      pid,
      flags: fc.integer({ min: 0, max: FLAG_MASK }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), hi: half, lo: half, pid }) },
);

// Each key's display names it, in one of three lengths, with characters of two and three UTF-8 bytes:
// a list number reused for another key must take its new display whole, without spilling into another's.
const displayOf = (key: string): string => {
  const [hi, lo] = key.split(':').map(Number) as [number, number];
  return `${key} ${'Straße'.repeat(1 + ((hi + lo) % 3))} ☎`;
};

describe('MemoryPostingStore (properties)', () => {
  it('answers every key and lists every shared key as a plain map of its carriers would, through growth at its highest load', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 100, maxLength: 600, size: 'max' }), (operations) => {
        const store = new MemoryPostingStore(16);
        const model = new Map<string, Array<[pid: number, flags: number]>>();
        for (const op of operations) {
          const key = `${op.hi}:${op.lo}`;
          const carriers = model.get(key) ?? [];
          if (op.kind === 'add') {
            store.add(op.hi, op.lo, op.pid, op.flags, op.hi, displayOf(key));
            const held = carriers.find(([carrier]) => carrier === op.pid);
            if (held) held[1] |= op.flags;
            else carriers.push([op.pid, op.flags]);
            model.set(key, carriers);
          } else {
            store.remove(op.hi, op.lo, op.pid);
            if (model.has(key))
              model.set(
                key,
                carriers.filter(([carrier]) => carrier !== op.pid),
              );
          }
        }
        for (let hi = 0; hi < HALVES; hi++)
          for (let lo = 0; lo < HALVES; lo++)
            expect(Array.from(store.get(hi, lo))).toEqual(
              (model.get(`${hi}:${lo}`) ?? []).map(([carrier, flags]) => packPosting(carrier, flags)),
            );
        expect(store.size).toBe(model.size);
        const shared: string[] = [];
        store.forEachShared((space, display, codes) => {
          expect(display.startsWith(`${space}:`)).toBe(true);
          expect(display).toBe(displayOf(display.slice(0, display.indexOf(' '))));
          expect(Array.from(codes)).toEqual(Array.from(store.get(space, Number(display.split(/[: ]/)[1]))));
          shared.push(display);
        });
        const expected = [...model]
          .filter(([, carriers]) => carriers.length >= 2)
          .map(([key]) => displayOf(key));
        expect(shared.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
