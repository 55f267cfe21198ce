import type { Screening } from '../../src/engine/types.js';
import type { Cluster } from '../../src/links/cluster.js';
import { layoutBipartite } from '../../src/report/_lib/graph-layout.js';
import { batchReport } from '../../src/report/batch.js';
import { CLEAR_ID_LIMIT, DigestBuilder, digestOf } from '../../src/report/digest.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatBatchText, formatDigestText } from '../../src/report/text.js';

const AS_OF = '2026-02-01T00:00:00.000Z';

function screening(profileId: string, score: number, extra: Partial<Screening> = {}): Screening {
  const decision = score >= 70 ? 'escalate' : score >= 40 ? 'review' : 'clear';
  return {
    profileId,
    score,
    decision,
    decisionReasons: [`score ${score}`],
    findings: [],
    ruleResults: [],
    dataGaps: [],
    rulesetVersion: 'rs-test',
    asOf: AS_OF,
    ...extra,
  };
}

const evil = '<script>alert(1)</script>';
const cluster: Cluster = {
  id: 'cl-1',
  members: ['a', evil],
  attributes: [
    {
      attribute: 'shipping-address',
      displayKey: `1 MAIN ST ${evil}`,
      profileIds: ['a', evil],
      severity: 'critical',
    },
    {
      attribute: 'resume',
      displayKey: 'near-identical résumé text',
      profileIds: ['a', evil],
      severity: 'medium',
    },
  ],
  organizations: ['o1', 'o2'],
  suspicion: 90,
  severity: 'critical',
  explanation: 'x',
};

describe('the report digest', () => {
  it('keeps counts that add up, a histogram, flagged profiles in full and clear ones as ids', () => {
    const builder = new DigestBuilder();
    [screening('c', 0), screening('r', 45), screening('e', 100), screening('e2', 71)].forEach((s) =>
      builder.screening(s),
    );
    builder.reject({ position: 9, issues: [{ path: 'id', code: 'invalid_type', message: 'bad' }] });
    const digest = builder.finish({ rulesetVersion: 'rs-test', asOf: AS_OF, clusters: [] });
    expect(digest.summary).toEqual({
      input: 5,
      screened: 4,
      rejected: 1,
      decisions: { clear: 1, review: 1, escalate: 2 },
    });
    expect(digest.histogram).toEqual([1, 0, 0, 0, 1, 0, 0, 1, 0, 1]);
    expect(digest.flagged.map((s) => s.profileId)).toEqual(['e', 'e2', 'r']);
    expect(digest.clear).toEqual({ count: 1, ids: ['c'] });
  });

  it(`lists at most ${CLEAR_ID_LIMIT} clear ids and says how many more there are`, () => {
    const builder = new DigestBuilder();
    for (let i = 0; i < CLEAR_ID_LIMIT + 5; i += 1) builder.screening(screening(`c${i}`, 0));
    const digest = builder.finish({ rulesetVersion: 'rs', asOf: AS_OF, clusters: [] });
    expect(digest.clear.ids).toHaveLength(CLEAR_ID_LIMIT);
    expect(formatDigestText(digest)).toContain(', and 5 more (--format json lists every profile)');
  });

  it('gives formatBatchText the same text as the digest path', () => {
    const report = batchReport([screening('a', 50)], [], {
      rulesetVersion: 'rs',
      asOf: AS_OF,
      clusters: [cluster],
    });
    expect(formatBatchText(report)).toBe(formatDigestText(digestOf(report)));
    expect(formatBatchText(report)).toContain('Clusters (1):');
  });
});

describe('the text, Markdown and HTML formatters', () => {
  const digest = digestOf(
    batchReport([screening('a', 90), screening(evil, 80)], [], {
      rulesetVersion: 'rs',
      asOf: AS_OF,
      clusters: [cluster],
    }),
  );

  it('merges pairwise résumé ties into one line per severity', () => {
    expect(formatDigestText(digest)).toContain('shared near-identical résumé text (2 profiles, medium)');
  });

  it('escapes every piece of profile text in HTML and makes no request', () => {
    const html = formatHtml(digest);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/\ssrc=|href=|url\(|@import/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
  });

  it('escapes Markdown so a profile cannot inject HTML or links', () => {
    const markdown = formatMarkdown(digest);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>');
  });
});

describe('the cluster graph layout', () => {
  const nodes = [
    { id: 't1', kind: 'attribute' as const },
    { id: 't2', kind: 'attribute' as const },
    ...['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, kind: 'profile' as const })),
  ];
  const edges = [
    { from: 'p4', to: 't1' },
    { from: 'p3', to: 't1' },
    { from: 'p1', to: 't2' },
    { from: 'p2', to: 't2' },
  ];
  const options = { width: 700, rowHeight: 30, margin: 10, columns: { attribute: 100, profile: 500 } };

  it('is deterministic and keeps every node on the canvas', () => {
    const a = layoutBipartite(nodes, edges, options);
    expect(layoutBipartite(nodes, edges, options)).toEqual(a);
    for (const node of a.nodes) {
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(a.height);
    }
  });

  it('orders profiles next to the attribute they share, so edges do not cross', () => {
    const { nodes: placed } = layoutBipartite(nodes, edges, options);
    const y = Object.fromEntries(placed.map((node) => [node.id, node.y]));
    const t1Below = (y.t1 as number) > (y.t2 as number);
    for (const id of ['p3', 'p4'])
      for (const other of ['p1', 'p2']) expect((y[id] as number) > (y[other] as number)).toBe(t1Below);
  });
});
