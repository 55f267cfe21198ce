import { RuleTester, type RuleTestCases } from '../../src/testing/index.js';
import { badMeta, cameraOff, forgetsData, sortsInPlace } from './_support/fixture-rules.js';
import { fakeRunner, type Recorded } from './_support/fake-runner.js';
import type { AnyRule } from '../../src/engine/types.js';

const cameraOffOn = (date: string) => ({ mode: 'video' as const, cameraOn: false, at: `${date}T15:00:00Z` });

/** Runs the tester under a fake runner and returns what each test reported. */
function outcomes(rule: AnyRule, cases: RuleTestCases, options: { todo?: boolean } = {}): Recorded[] {
  const runner = fakeRunner(options);
  new RuleTester({ describe: runner.describe, it: runner.it }).run(rule.id, rule, cases);
  return runner.results;
}

function failureOf(rule: AnyRule, cases: RuleTestCases): string {
  const failed = outcomes(rule, cases).filter(
    (r) => r.status === 'failed' && r.name !== 'rule metadata is sound',
  );
  expect(failed).toHaveLength(1);
  return failed[0]?.error ?? '';
}

// The tester under jest's own describe/it: these cases must pass.
new RuleTester().run('test/camera-off', cameraOff, {
  valid: [
    { name: 'camera on', profile: { id: 'v1', interviews: [{ mode: 'video', cameraOn: true }] } },
    {
      name: 'below the minimum',
      profile: { id: 'v2', interviews: [cameraOffOn('2025-11-03')] },
      options: { minimum: 2 },
    },
  ],
  invalid: [
    {
      name: 'camera off',
      profile: { id: 'i1', interviews: [cameraOffOn('2025-11-03')] },
      findings: [
        {
          messageId: 'off',
          data: { mode: 'video', date: '2025-11-03' },
          path: 'interviews[0]',
          severity: 'medium',
          evidence: { cameraOn: false },
          message: 'The camera was off in the video interview on 2025-11-03.',
        },
      ],
    },
  ],
  skipped: [{ name: 'no interviews', profile: { id: 's1' }, missing: ['interviews'] }],
});

describe('RuleTester', () => {
  it('runs under a vitest-shaped describe/it, reporting every kind of case, todo via it.todo', () => {
    const results = outcomes(cameraOff, {
      valid: [{ profile: { id: 'v1', interviews: [{ mode: 'video', cameraOn: true }] } }],
      invalid: [
        { profile: { id: 'i1', interviews: [cameraOffOn('2025-11-03')] }, findings: [{ messageId: 'off' }] },
      ],
      skipped: [{ profile: { id: 's1' }, missing: ['interviews'] }],
      todo: ['flags a phone interview when video was required', { name: 'flags a text-only interview' }],
    });
    expect(results.map((r) => r.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'todo', 'todo']);
    expect(results[4]?.name).toBe('flags a phone interview when video was required');
  });

  it('registers todo cases as named passing tests when the runner has no it.todo', () => {
    const results = outcomes(cameraOff, { todo: ['later'] }, { todo: false });
    expect(results).toContainEqual({ name: 'todo: later', status: 'passed' });
  });

  it('shows expected and actual findings side by side, marking the fields that differ', () => {
    const message = failureOf(cameraOff, {
      invalid: [
        {
          name: 'wrong date and path',
          profile: { id: 'i1', interviews: [cameraOffOn('2025-11-03')] },
          findings: [
            { messageId: 'off', data: { mode: 'video', date: '2025-11-04' }, path: 'interviews[1]' },
          ],
        },
      ],
    });
    expect(message).toContain('test/camera-off, invalid case "wrong date and path": finding 1 differs');
    expect(message).toMatch(/ {4}field +expected +actual/);
    expect(message).toMatch(/ {2}messageId +"off" +"off"/);
    expect(message).toMatch(/ {2}data\.mode +"video" +"video"/);
    expect(message).toMatch(/✗ data\.date +"2025-11-04" +"2025-11-03"/);
    expect(message).toMatch(/✗ path +"interviews\[1\]" +"interviews\[0\]"/);
  });

  it('fails on the exact number of findings and lists the missing and the unexpected', () => {
    const twoOff = { id: 'i2', interviews: [cameraOffOn('2025-11-03'), cameraOffOn('2025-11-05')] };
    const tooFew = failureOf(cameraOff, { invalid: [{ profile: twoOff, findings: [{ messageId: 'off' }] }] });
    expect(tooFew).toContain('expected 1 finding(s), got 2');
    expect(tooFew).toContain('finding 2: unexpected (the case does not list it)');
    const oneOff = { id: 'i3', interviews: [cameraOffOn('2025-11-03')] };
    const tooMany = failureOf(cameraOff, {
      invalid: [
        { profile: oneOff, findings: [{ messageId: 'off' }, { messageId: 'off', path: 'interviews[1]' }] },
      ],
    });
    expect(tooMany).toContain('finding 2: missing (the rule did not report it)');
    expect(tooMany).toMatch(/✗ path +"interviews\[1\]" +\(none\)/);
  });

  it('fails a valid case that fires, showing what fired', () => {
    const message = failureOf(cameraOff, {
      valid: [{ profile: { id: 'v', interviews: [cameraOffOn('2025-11-03')] } }],
    });
    expect(message).toContain('expected the rule to be clear, but the rule reported 1 finding(s)');
    expect(message).toMatch(/✗ data\.date +\(none\) +"2025-11-03"/);
  });

  it('fails a skipped case whose missing data differs', () => {
    const message = failureOf(cameraOff, { skipped: [{ profile: { id: 's' }, missing: ['logins'] }] });
    expect(message).toContain(
      'expected the rule to be skipped, but the rule was skipped for missing: interviews',
    );
    expect(message).toContain('expected missing: [\n      "logins"\n    ]');
  });

  it('names an unknown message id and suggests the nearest', () => {
    const message = failureOf(cameraOff, {
      invalid: [
        { profile: { id: 'i', interviews: [cameraOffOn('2025-11-03')] }, findings: [{ messageId: 'of' }] },
      ],
    });
    expect(message).toContain(
      'findings[0].messageId: unknown message id "of"; did you mean "off"? (the rule has: off)',
    );
  });

  it('names a bad option by its path', () => {
    const message = failureOf(cameraOff, {
      valid: [{ profile: { id: 'v', interviews: [] }, options: { minimum: -1 } }],
    });
    expect(message).toContain('the case is malformed');
    expect(message).toMatch(/options\.minimum: Too small/);
  });

  it('names a misspelt case field and suggests the right one', () => {
    const message = failureOf(cameraOff, {
      invalid: [{ profile: { id: 'i' }, findings: [{ messageId: 'off' }], finding: [] } as never],
    });
    expect(message).toContain('unknown field "finding"; did you mean "findings"?');
  });

  it('fails a case whose profile has a misspelt field, naming the nearest one', () => {
    const message = failureOf(cameraOff, {
      valid: [{ profile: { id: 'v', intreviews: [cameraOffOn('2025-11-03')] } as never }],
    });
    expect(message).toContain('intreviews: unknown field; did you mean "interviews"?');
  });

  it('fails the second of two identical cases, wherever they are listed', () => {
    const same = { id: 'd', interviews: [{ mode: 'video' as const, cameraOn: true }] };
    const results = outcomes(cameraOff, {
      valid: [{ profile: same }],
      invalid: [{ profile: { interviews: same.interviews, id: 'd' }, findings: [{ messageId: 'off' }] }],
    });
    expect(results[1]?.status).toBe('passed');
    expect(results[2]?.error).toContain('duplicate case: the same input as valid #1');
  });

  it('treats cases with different options or as-of times as distinct', () => {
    const same = { id: 'd', interviews: [{ mode: 'video' as const, cameraOn: true }] };
    const results = outcomes(cameraOff, {
      valid: [
        { profile: same },
        { profile: same, options: { minimum: 2 } },
        { profile: same, now: '2025-01-01T00:00:00Z' },
      ],
    });
    expect(results.every((r) => r.status === 'passed')).toBe(true);
  });

  it('fails a rule that mutates its input', () => {
    const message = failureOf(sortsInPlace, {
      valid: [{ profile: { id: 'm', interviews: [cameraOffOn('2025-11-05'), cameraOffOn('2025-11-03')] } }],
    });
    expect(message).toContain('mutated its input profile');
  });

  it('fails a finding that leaves a placeholder unfilled', () => {
    const message = failureOf(forgetsData, {
      invalid: [
        { profile: { id: 'u', interviews: [cameraOffOn('2025-11-03')] }, findings: [{ messageId: 'off' }] },
      ],
    });
    expect(message).toContain('finding 1 ("off") leaves placeholder(s) unfilled: date');
  });

  it('checks the rule metadata once per run and lists every problem', () => {
    const results = outcomes(badMeta, {
      valid: [{ profile: { id: 'b', interviews: [] }, options: { limit: 1 } }],
    });
    const meta = results.filter((r) => r.name === 'rule metadata is sound');
    expect(meta).toHaveLength(1);
    const message = meta[0]?.error ?? '';
    expect(message).toContain('meta.messages.broken: unbalanced "{{"');
    expect(message).toContain('meta.messages.broken: single-brace "{place}"');
    expect(message).toContain(
      'meta.options: does not accept {} (every option needs a .default()); no default for: limit',
    );
    expect(message).toContain('meta.references: list at least one public source');
    expect(message).toContain('meta.falsePositives: a stable rule must list its known false positives');
  });

  it('can leave the metadata check out', () => {
    const runner = fakeRunner();
    new RuleTester({ describe: runner.describe, it: runner.it, checkMeta: false }).run('b', badMeta, {});
    expect(runner.results).toEqual([]);
  });

  it('says how to pass describe and it when there is no global runner', () => {
    const g = globalThis as { describe?: unknown };
    const saved = g.describe;
    g.describe = undefined;
    try {
      expect(() => new RuleTester().run('x', cameraOff, {})).toThrow(
        /import \{ describe, it \} from "node:test"/,
      );
    } finally {
      g.describe = saved;
    }
  });
});
