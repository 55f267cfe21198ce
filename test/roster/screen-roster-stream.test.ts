import { screenRoster } from '../../src/roster/screen-roster.js';
import {
  screenRosterStream,
  type RosterItem,
  type RosterRecord,
} from '../../src/roster/screen-roster-stream.js';
import { recordDigest } from '../../src/roster/record-digest.js';
import { StoredLinkIndex } from '../../src/links/stored-link-index.js';
import { MemoryLinkStore } from '../../src/links/stores/memory-link-store.js';
import { linksRules } from '../../src/rules/links/index.js';
import { syntheticRoster } from '../links/_lib/synthetic-roster.js';

const NOW = '2026-01-15T12:00:00Z';
const roster = syntheticRoster(11, [3, 5], 15);
const records: unknown[] = [
  ...roster.profiles.slice(0, 4),
  { id: 'bad-1', dateOfBirth: '1990-13-01' },
  ...roster.profiles.slice(4),
  roster.profiles[1],
];
const options = { now: NOW, rules: linksRules, links: { allowlist: roster.allowlist } };

async function collect(items: AsyncIterable<RosterItem>): Promise<RosterItem[]> {
  const out: RosterItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function outline(items: readonly RosterItem[]): Array<[string, number | string]> {
  return items.map((item) =>
    item.kind === 'screening'
      ? ['screening', item.position]
      : item.kind === 'reject'
        ? ['reject', item.reject.position]
        : ['end', item.summary.total],
  );
}

describe('screenRosterStream', () => {
  it('yields every outcome in input order, rejects between screenings, then the totals', async () => {
    const items = await collect(screenRosterStream(records, options));
    const expected: Array<[string, number | string]> = records.map((_, position) => [
      position === 4 || position === records.length - 1 ? 'reject' : 'screening',
      position,
    ]);
    expect(outline(items)).toEqual([...expected, ['end', records.length]]);
    const end = items.at(-1) as Extract<RosterItem, { kind: 'end' }>;
    expect(end.summary.screened).toBe(records.length - 2);
    expect(end.summary.rejected).toBe(2);
    expect(end.clusters.map((cluster) => cluster.members.length)).toEqual([5, 3]);
  });

  it('gives a rereadable roster the same outcomes as a one-shot iterable, with line numbers', async () => {
    let reads = 0;
    const rereadable = {
      read: function* (): Generator<RosterRecord> {
        reads += 1;
        for (let position = 0; position < records.length; position++) {
          yield { position, line: position + 1, ok: true, value: records[position] };
        }
      },
    };
    const once = await collect(screenRosterStream(records, options));
    const twice = await collect(screenRosterStream(rereadable, options));
    expect(reads).toBe(2);
    const screenings = (items: RosterItem[]) =>
      JSON.stringify(items.flatMap((item) => (item.kind === 'screening' ? [item.screening] : [])));
    expect(outline(twice)).toEqual(outline(once));
    expect(screenings(twice)).toBe(screenings(once));
    const totals = (items: RosterItem[]) => {
      const end = items.at(-1) as Extract<RosterItem, { kind: 'end' }>;
      return JSON.stringify([end.summary, end.clusters, end.learned]);
    };
    expect(totals(twice)).toBe(totals(once));
    const screening = twice.find((item) => item.kind === 'screening');
    expect(screening?.kind === 'screening' && screening.line).toBe(1);
  });

  it('screens a record changed between the passes as read, not as indexed, when versions differ', async () => {
    const once = await collect(screenRosterStream(records, options));
    const findingsAt = (items: RosterItem[], position: number) => {
      const item = items.find((one) => one.kind === 'screening' && one.position === position);
      return item?.kind === 'screening' ? item.screening.findings : undefined;
    };
    const linked = records.findIndex((_, position) => (findingsAt(once, position)?.length ?? 0) > 0);
    const lone = records.findIndex((_, position) => findingsAt(once, position)?.length === 0);
    // Pass 2 reads at `lone` a copy of a linked profile under lone's id: it now shares what that one
    // shares, which pass 1's fingerprints for lone cannot tell.
    const changed = { ...(records[linked] as object), id: (records[lone] as { id: string }).id };
    let pass = 0;
    const rereadable = {
      read: function* (): Generator<RosterRecord> {
        pass += 1;
        for (let position = 0; position < records.length; position++) {
          const value = pass === 2 && position === lone ? changed : records[position];
          yield { position, ok: true, value, version: recordDigest(JSON.stringify(value)) };
        }
      },
    };
    const twice = await collect(screenRosterStream(rereadable, options));
    expect(findingsAt(twice, lone)?.length).toBeGreaterThan(0);
    // Every unchanged record is screened as the one-shot run screened it.
    const screening = (items: RosterItem[], position: number) =>
      JSON.stringify(items.find((item) => item.kind === 'screening' && item.position === position));
    for (let position = 0; position < records.length; position++)
      if (position !== lone) expect(screening(twice, position)).toBe(screening(once, position));
  });

  it('counts a profile once in an over-cap notice, however the roster is read', async () => {
    const hub = Array.from({ length: 5 }, (_, i) => ({
      id: `hub-${i}`,
      name: { full: `Person Number${i}` },
      phones: [{ number: '+14155552671' }],
    }));
    const capped = { ...options, links: { policies: { phone: { maxIdentities: 3 } } } };
    const noticesOf = async (input: Parameters<typeof screenRosterStream>[0]) =>
      (await collect(screenRosterStream(input, capped))).flatMap((item) =>
        item.kind === 'screening' ? (item.screening.notes ?? []).filter((note) => note.includes('cap')) : [],
      );
    const reread = (version: boolean) => ({
      read: function* (): Generator<RosterRecord> {
        for (const [position, value] of hub.entries())
          yield { position, ok: true, value, ...(version && { version: 7 }) };
      },
    });
    const once = await noticesOf(hub);
    expect(once).toHaveLength(5);
    expect(once[0]).toContain('shared by 5 profiles (5 identities), over the cap of 3');
    expect(await noticesOf(reread(true))).toEqual(once);
    expect(await noticesOf(reread(false))).toEqual(once);
  });

  it('rejects a broken record of a rereadable roster with its line, and reads on', async () => {
    const rereadable = {
      read: (): RosterRecord[] => [
        { position: 0, line: 1, ok: true, value: roster.profiles[0] },
        {
          position: 1,
          line: 2,
          ok: false,
          reject: { issues: [{ path: '', code: 'invalid_json', message: 'x' }] },
        },
        { position: 2, line: 3, ok: true, value: roster.profiles[2] },
      ],
    };
    const items = await collect(screenRosterStream(rereadable, options));
    expect(outline(items)).toEqual([
      ['screening', 0],
      ['reject', 1],
      ['screening', 2],
      ['end', 3],
    ]);
    const reject = items[1] as Extract<RosterItem, { kind: 'reject' }>;
    expect([reject.reject.line, reject.reject.error.issues[0]?.code]).toEqual([2, 'invalid_json']);
  });

  it('screens each profile on its own in one pass with links off', async () => {
    const items = await collect(screenRosterStream(records, { now: NOW, links: false }));
    const end = items.at(-1) as Extract<RosterItem, { kind: 'end' }>;
    expect([end.index, end.clusters, end.summary.screened, end.summary.rejected]).toEqual([
      undefined,
      [],
      records.length - 2,
      2,
    ]);
  });

  it('rejects a repeated id at its own position however the roster is read and indexed', async () => {
    // The second `dup` comes after a broken record; the third after a profile with another id.
    const [first, second] = roster.profiles as [{ id: string }, { id: string }];
    const input = [
      { ...first, id: 'dup' },
      { id: 'bad-1', dateOfBirth: '1990-13-01' },
      { ...second, id: 'dup' },
    ];
    input.push(second, { ...first, id: 'dup' });
    const rereadable = {
      *read(): Generator<RosterRecord> {
        for (let position = 0; position < input.length; position++)
          yield { position, ok: true, value: input[position] };
      },
    };
    const duplicates = (items: readonly RosterItem[]) =>
      items.flatMap((item) =>
        item.kind === 'reject' && item.reject.error.issues[0]?.code === 'duplicate_id'
          ? [[item.reject.position, item.reject.profileId]]
          : [],
      );
    const stored = await StoredLinkIndex.open(new MemoryLinkStore());
    const runs = [
      screenRosterStream(input, options),
      screenRosterStream(rereadable, options),
      screenRosterStream(input, { now: NOW, links: false }),
      screenRosterStream(rereadable, { ...options, stored }),
    ];
    for (const run of runs)
      expect(duplicates(await collect(run))).toEqual([
        [2, 'dup'],
        [4, 'dup'],
      ]);
  });

  it('gives screenRoster the screenings it streams', async () => {
    const items = await collect(screenRosterStream(records, options));
    const result = await screenRoster(records, options);
    expect(JSON.stringify(result.screenings)).toBe(
      JSON.stringify(items.flatMap((item) => (item.kind === 'screening' ? [item.screening] : []))),
    );
    expect(result.rejects.map((reject) => reject.position)).toEqual([4, records.length - 1]);
  });
});
