import type { Screening } from '../../src/engine/types.js';
import type { Cluster } from '../../src/links/cluster.js';
import { layoutBipartite } from '../../src/report/_lib/graph-layout.js';
import { batchReport } from '../../src/report/batch.js';
import { CLEAR_ID_LIMIT, DigestBuilder, digestOf } from '../../src/report/digest.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatBatchText, formatDigestText, formatScreeningText } from '../../src/report/text.js';
import { clusterTitle } from '../../src/report/_lib/ties.js';

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

describe('roster reports for an HR analyst', () => {
  const gap = { field: 'photoHash', rules: ['reused-photo'] };
  const finding = {
    ruleId: 'interview-camera-off',
    category: 'hiring',
    severity: 'medium',
    messageId: 'cameraOff',
    message: 'The camera stayed off during the video interview on 2025-11-20.',
    data: {},
    path: 'interviews[0]',
    evidence: { cameraOn: false },
    related: undefined,
    group: 'camera-avoidance',
    weight: 12,
    level: 'camera-off',
    likelihoodRatio: 2,
    contribution: 12,
    counted: true,
    mitigation: 'Hold a short live video call.',
    references: [],
  } as const;
  const report = batchReport(
    [
      screening('e', 90, { dataGaps: [gap] }),
      screening('r', 50, {
        dataGaps: [gap, { field: 'referredBy', rules: ['referred-by-flagged-profile'] }],
      }),
      screening('c', 12, {
        findings: [{ ...finding, references: [] }],
        decisionReasons: ['score 12 is below the review threshold (40)'],
      }),
    ],
    [],
    { rulesetVersion: 'rs', asOf: AS_OF },
  );

  it('lists data gaps once per roster with counts, and one line per profile', () => {
    const text = formatBatchText(report);
    expect(text).toContain('Data gaps (2 field(s))');
    expect(text).toContain('  photoHash: missing in 2 of 3 profile(s); blocks reused-photo');
    expect(text).toContain('  referredBy: missing in 1 of 3 profile(s); blocks referred-by-flagged-profile');
    expect(text).toContain('  Data missing: 2 field(s) absent, 2 check(s) not run; see "Data gaps" below.');
    expect(text).not.toContain('Not checked without');
    expect(formatMarkdown(digestOf(report))).toContain('| photoHash | 2 of 3 | reused\\-photo |');
    expect(formatHtml(digestOf(report))).toContain('<td>photoHash</td><td>2 of 3</td><td>reused-photo</td>');
  });

  it('keeps every gap in a single-profile report', () => {
    expect(formatScreeningText(screening('x', 0, { dataGaps: [gap] }))).toContain(
      'Not checked without photoHash: reused-photo',
    );
  });

  it('lists findings that stayed below review only when asked, with points and the threshold', () => {
    expect(formatBatchText(report)).not.toContain('Below review');
    const text = formatBatchText(report, { includeBelowReview: true });
    expect(text).toContain(
      'Below review (1): clear profiles with findings that did not add up to the review threshold',
    );
    expect(text).toContain('  why: score 12 is below the review threshold (40)');
    expect(text).toContain('     rule: interview-camera-off   field: interviews[0]   +12 points');
    expect(formatHtml(digestOf(report, { includeBelowReview: true }))).toContain(
      '<h2 id="below-review">Below review (1)</h2>',
    );
  });

  it('titles a cluster with what its members share and where, keeping the id as a reference', () => {
    const farm: Cluster = {
      ...cluster,
      members: ['a', 'b', 'c'],
      organizations: ['o1', 'o2', 'o3'],
      attributes: [
        {
          attribute: 'shipping-address',
          displayKey: '1420 RIDGEVIEW DR #3, 37211 US',
          profileIds: ['a', 'b', 'c'],
          severity: 'critical',
        },
        { attribute: 'bank-account', displayKey: '****4567', profileIds: ['a', 'b'], severity: 'high' },
      ],
    };
    expect(clusterTitle(farm)).toBe(
      '3 people at 3 employers share a shipping address in postal code 37211 (US) and a bank account',
    );
    expect(clusterTitle(cluster)).toBe(
      '2 people at 2 employers share a shipping address and near-identical résumé text',
    );
    const text = formatBatchText(
      batchReport([], [], { rulesetVersion: 'rs', asOf: AS_OF, clusters: [farm] }),
    );
    expect(text).toContain('    suspicion 90/100, CRITICAL (cluster cl-1)');
    expect(text).not.toContain('|');
  });
});
