import fc from 'fast-check';
import { defineRule, makeFinding } from '../../src/engine/define-rule.js';
import { materialize } from '../../src/engine/materialize.js';
import { redactorFor } from '../../src/engine/redact.js';
import type { ResolvedRule } from '../../src/engine/rule-set.js';
import type { FindingDetails } from '../../src/engine/types.js';
import { testRuleMeta } from '../_support/fake-rules.js';

const rule = defineRule({
  id: 'test/materialize',
  meta: {
    ...testRuleMeta,
    description: 'Materialize.',
    category: 'links',
    references: [{ title: 'Test source', url: 'https://example.org', key: 'S1' }],
    messages: { shared: 'Shared with {{others}}.' },
  },
  check: () => undefined,
});
const resolved: ResolvedRule = {
  rule,
  severity: 'medium',
  weight: 30,
  levels: new Map(),
  defaultLevel: 'default',
  group: 'test/materialize',
  options: {},
  requirements: [],
};
const redact = redactorFor({ id: 'p', nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }] });
const materialized = (details: FindingDetails & { data?: Record<string, unknown> }) =>
  materialize(makeFinding('shared', details), resolved, redact);

describe('materialize', () => {
  it('lists related profiles sorted as sort() does, with the cluster only when there is one', () => {
    expect(materialized({ related: ['p-9', 'p-10', 'P-1'] }).related).toEqual({
      profileIds: ['P-1', 'p-10', 'p-9'],
    });
    expect(Object.keys(materialized({ related: ['b', 'a'], clusterId: 'c1' }).related ?? {})).toEqual([
      'profileIds',
      'clusterId',
    ]);
    expect(materialized({ clusterId: 'c1' }).related).toEqual({ profileIds: [], clusterId: 'c1' });
    expect(materialized({ related: [], clusterId: '' }).related).toEqual({ profileIds: [] });
    expect(materialized({}).related).toBeUndefined();
  });

  it('sorts related ids of any strings as [...ids].sort() and leaves the rule’s list alone', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 40 }), (ids) => {
        const before = [...ids];
        expect(materialized({ related: ids }).related?.profileIds).toEqual([...ids].sort());
        expect(ids).toEqual(before);
      }),
    );
  });

  it('owns its data, evidence and references, and masks what the rule left in the clear', () => {
    const data = { others: 'SSN 123-45-6789', list: ['x'] };
    const evidence = { nested: { ssn: '123456789' }, kept: { a: 1 } };
    const finding = materialized({ data, evidence });
    expect(finding.data).not.toBe(data);
    expect(finding.evidence).not.toBe(evidence);
    expect(finding.references[0]).not.toBe(rule.meta.references[0]);
    expect(finding.references).toEqual(rule.meta.references);
    expect(finding.message).toBe('Shared with SSN *****6789.');
    expect(finding.data).toEqual({ others: 'SSN *****6789', list: ['x'] });
    expect(finding.evidence).toEqual({ nested: { ssn: '*****6789' }, kept: { a: 1 } });
    expect(data.others).toBe('SSN 123-45-6789');
    expect(evidence.nested.ssn).toBe('123456789');
  });
});
