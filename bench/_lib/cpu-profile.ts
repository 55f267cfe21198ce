// Summarises a V8 CPU profile (`.cpuprofile`) into the stages of a roster run, for docs/performance.md.

interface CallFrame {
  functionName: string;
  url: string;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

/** The parts of a `.cpuprofile` read here. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One stage's share of the sampled time. */
export interface StageShare {
  stage: string;
  share: number;
}

const short = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*?\/(src|bench|test)\//, '$1/')
    .replace(/^.*\/node_modules\//, 'node_modules/');

/**
 * The stage a sample belongs to: the nearest frame, from the leaf up, that names one. A rule's own file
 * claims everything it calls (normalisers, matchers), so rules are charged with the work they cause.
 */
function stageOf(chain: CallFrame[]): string {
  const leaf = chain[0];
  if (leaf?.functionName === '(garbage collector)') return 'GC';
  if (leaf?.functionName === '(idle)' || leaf?.functionName === '(program)') return 'idle / program';
  for (const { functionName: name, url } of chain) {
    const path = short(url);
    const rule = /^src\/rules\/([^_/][^/]*)\/([^_][^/]*)\.ts$/.exec(path);
    if (rule) return rule[1] === 'links' ? `link rule ${rule[2]}` : `rule ${rule[2]}`;
    if (name === 'noticesFor') return 'link work per profile (notices)';
    if (path.startsWith('src/schema/')) return 'validation';
    if (path === 'src/engine/learn-baselines.ts') return 'baseline learning';
    if (name === 'clusters' || name === 'investigation') return 'clusters';
    if (path === 'src/links/link-index.ts' && name === 'add') return 'link index build (keys, normalisation)';
    if (
      /^src\/engine\/(build-screening|redact|materialize)\.ts$/.test(path) ||
      path.startsWith('src/scoring/')
    )
      return 'screening assembly (scoring, redaction)';
    if (/^src\/engine\/(evaluate|data-presence)\.ts$/.test(path))
      return 'engine: rule loop (evaluate, requirements)';
    if (/^src\/(cli\/json-report|report\/json)\.ts$/.test(path)) return 'report serialisation';
    if (path.startsWith('src/report/')) return 'report digest';
    if (/^src\/cli\/(input\/|read-records)/.test(path)) return 'input: read + JSON.parse';
    if (path === 'src/engine/screener.ts') return 'screener per profile (organisation, environment)';
    if (path.startsWith('bench/')) return 'JSON.parse (bench input)';
  }
  return 'other';
}

/** Sampled time by stage, largest first, as shares of all samples; and the normalisers' own share. */
export function stagesOf(profile: CpuProfile): { stages: StageShare[]; normalisation: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = new Map<string, number>();
  let all = 0;
  let normalisation = 0;
  for (const [id, time] of self) {
    const chain: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) chain.push(node.callFrame);
    }
    const stage = stageOf(chain);
    totals.set(stage, (totals.get(stage) ?? 0) + time);
    all += time;
    if (/^src\/normalize\/|libphonenumber|bounded-memo/.test(short(chain[0]?.url ?? '')))
      normalisation += time;
  }
  const stages = [...totals]
    .map(([stage, time]) => ({ stage, share: time / all }))
    .sort((a, b) => b.share - a.share);
  return { stages, normalisation: normalisation / all };
}
