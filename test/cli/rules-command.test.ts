import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { cli } from './_support/cli.js';
import { rulePageText } from '../../src/cli/_lib/rule-page-text.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { allRules } from '../../src/rules/all.js';
import { testRuleMeta } from '../_support/fake-rules.js';

const root = resolve(__dirname, '../..');

/** The first column of a `hirescreen rules` table: the rule ids, header and footer left out. */
function ids(stdout: string): string[] {
  const rows = stdout.split('\n\n')[0]?.split('\n').slice(1) ?? [];
  return rows.map((row) => row.split(/\s+/)[0] ?? '');
}

describe('hirescreen rules', () => {
  it('lists every built-in rule in id order with a count', async () => {
    const { code, stdout, stderr } = await cli(['rules']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ids(stdout)).toEqual(allRules.map((rule) => rule.id).sort());
    expect(
      stdout.endsWith(
        `\n\n56 rule(s). "hirescreen rules <rule-id>" shows one rule's evidence levels, options, messages and sources.\n`,
      ),
    ).toBe(true);
  });

  it('prints id, category, severity, presets and the description on one line per rule', async () => {
    const { stdout } = await cli(['rules', '--category', 'contact', '--preset', 'recommended']);
    expect(stdout).toBe(
      [
        'id                    category  severity  presets      what it flags',
        'email-malformed       contact   low       recommended  An e-mail address on file is not a deliverable address.',
        'phone-number-invalid  contact   low       recommended  A phone number on file is impossible or not a valid number in its numbering plan.',
        'voip-phone-number     contact   low       recommended  A phone number on file is a non-fixed VoIP line rather than a carrier mobile or landline.',
        '',
        '3 rule(s). "hirescreen rules <rule-id>" shows one rule\'s evidence levels, options, messages and sources.',
        '',
      ].join('\n'),
    );
  });

  it('filters by preset and category together', async () => {
    const { code, stdout } = await cli(['rules', '--preset', 'recommended', '--category', 'network']);
    expect(code).toBe(0);
    expect(ids(stdout)).toEqual([
      'anonymized-login-share',
      'hiring-touchpoint-anonymizer',
      'impossible-travel',
      'login-country-mismatch',
      'login-far-from-home',
      'named-vpn-egress',
    ]);
  });

  it('counts the strict preset as everything recommended plus the strict-only rules', async () => {
    const recommended = ids((await cli(['rules', '--preset', 'recommended'])).stdout);
    const strict = ids((await cli(['rules', '--preset', 'strict'])).stdout);
    expect(recommended).toHaveLength(48);
    expect(strict).toHaveLength(56);
    expect(recommended.filter((id) => !strict.includes(id))).toEqual([]);
  });

  it('writes the list as JSON with --format json', async () => {
    const { code, stdout } = await cli(['rules', '--category', 'contact', '--format', 'json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as Array<{ id: string }>;
    expect(list.find((rule) => rule.id === 'voip-phone-number')).toEqual({
      id: 'voip-phone-number',
      category: 'contact',
      severity: 'low',
      weight: 10,
      presets: ['recommended'],
      status: 'stable',
      description:
        'A phone number on file is a non-fixed VoIP line rather than a carrier mobile or landline.',
    });
  });

  it('prints one rule’s page with the fields of its docs page', async () => {
    const { code, stdout, stderr } = await cli(['rules', 'voip-phone-number']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 17)).toEqual([
      'voip-phone-number',
      '  A phone number on file is a non-fixed VoIP line rather than a carrier mobile or landline.',
      '',
      '  category    contact',
      '  severity    low',
      '  weight      10',
      '  group       voip-phone',
      '  presets     recommended',
      '  status      stable',
      '  mitigates   identity-verification',
      '  indicators  con-voip-phone',
      '  requires    phones',
      '  docs        https://github.com/hirescreen/hirescreen/blob/main/docs/rules/voip-phone-number.md',
      '',
      'Evidence levels',
      '  carrier-voip (default): likelihood ratio 4, moderate',
      '      A carrier lookup reports a non-fixed VoIP line.',
    ]);
    expect(stdout).toContain(
      '\n  voip-range: likelihood ratio 2, weak\n      The numbering plan puts the number in a VoIP range (no carrier lookup).\n      Basis (judgement): The range says',
    );
    expect(stdout).toContain('\nOptions\n  This rule has no options.\n');
    expect(stdout).toContain('\nKnown false positives\n  - Many people legitimately use VoIP numbers');
    expect(stdout).toContain('\nReferences\n  - [S20] Staying a Step Ahead');
  });

  it('prints a rule’s options with their types, defaults and descriptions', async () => {
    const { stdout } = await cli(['rules', 'email-unrelated-to-name']);
    expect(stdout).toContain(
      '\nOptions\n  minSimilarity (number, default 0.5)\n      Local-part/name similarity below which the address counts as unrelated (docs/indicators.md\n      default 0.5).\n',
    );
  });

  it('says a rule without levels of its own (a plugin) takes its ratio from its severity', () => {
    const plugin = defineRule({
      id: 'acme/no-levels',
      meta: { ...testRuleMeta, description: 'Seen.', messages: { seen: 'Seen.' } },
      check: () => [],
    });
    expect(rulePageText(plugin)).toContain(
      "\nEvidence levels\n  One level, default: likelihood ratio 8 (moderate), from the finding's severity; the rule declares\n  no levels of its own.\n",
    );
  });

  it('writes one rule as JSON with its evidence levels, their bands and bases', async () => {
    const { stdout } = await cli(['rules', 'voip-phone-number', '--format', 'json']);
    const rule = JSON.parse(stdout) as { defaultLevel: string; levels: unknown[] };
    expect(rule.defaultLevel).toBe('carrier-voip');
    expect(rule.levels).toEqual([
      expect.objectContaining({
        id: 'carrier-voip',
        likelihoodRatio: 4,
        band: 'moderate',
        basis: expect.objectContaining({ kind: 'benchmark' }),
      }),
      expect.objectContaining({
        id: 'voip-range',
        likelihoodRatio: 2,
        band: 'weak',
        basis: expect.objectContaining({ kind: 'judgement' }),
      }),
    ]);
  });

  it('writes one rule as JSON with its options table', async () => {
    const { stdout } = await cli(['rules', 'email-unrelated-to-name', '--format', 'json']);
    const rule = JSON.parse(stdout) as { id: string; options: unknown; requires: string[] };
    expect(rule.id).toBe('email-unrelated-to-name');
    expect(rule.requires).toEqual(['name.full', 'emails']);
    expect(rule.options).toEqual([
      {
        name: 'minSimilarity',
        type: 'number',
        default: '0.5',
        description:
          'Local-part/name similarity below which the address counts as unrelated (docs/indicators.md default 0.5).',
      },
    ]);
  });

  it.each([
    [
      ['rules', 'shiping-address-not-home'],
      'hirescreen: unknown rule "shiping-address-not-home"; did you mean "shipping-address-not-home"? ("hirescreen rules" lists them)\n',
    ],
    [
      ['rules', 'nothing-like-it-at-all'],
      'hirescreen: unknown rule "nothing-like-it-at-all" ("hirescreen rules" lists them)\n',
    ],
    [
      ['rules', '--preset', 'lenient'],
      'hirescreen: --preset must be one of recommended, strict (got "lenient")\n',
    ],
    [
      ['rules', '--category', 'netwrok'],
      'hirescreen: --category must be one of identity, contact, address, links, network, remote-access, activity, payroll, hiring (got "netwrok")\n',
    ],
    [['rules', '--format', 'html'], 'hirescreen: --format must be one of text, json (got "html")\n'],
    [
      ['rules', 'voip-phone-number', '--preset', 'strict'],
      'hirescreen: --preset and --category filter the list; "hirescreen rules <rule-id>" shows one rule\n',
    ],
    [['rules', 'a', 'b'], 'hirescreen: unexpected argument "b": "hirescreen rules" takes one rule id\n'],
    [
      ['rules', '--fail-on', 'review'],
      "hirescreen: rules: Unknown option '--fail-on'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--fail-on\"\n",
    ],
    [
      ['rule'],
      'hirescreen: unknown command "rule"; did you mean "rules"? (the commands are "screen", "rules", "calibrate", "assemble", "lists", "index")\n',
    ],
  ])('exits 2 with one line for %j', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
    expect(code).toBe(2);
  });

  it('lists the rules command and its options in --help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '       hirescreen rules [<rule-id>] [--preset recommended|strict] [--category <name>] [--format text|json]\n',
    );
    expect(stdout).toContain('  --preset recommended|strict        only the rules that preset turns on\n');
    expect((await cli(['rules', '--help'])).stdout).toBe(stdout);
  });

  it('runs as an executable: a page on stdout, a mistyped id on stderr with exit 2', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    const page = run(['rules', 'ip-kvm-display', '--format', 'json']);
    expect(page.stderr).toBe('');
    expect(page.status).toBe(0);
    expect((JSON.parse(page.stdout) as { id: string; severity: string }).severity).toBe('critical');
    const typo = run(['rules', 'ip-kvm-dispaly']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe(
      'hirescreen: unknown rule "ip-kvm-dispaly"; did you mean "ip-kvm-display"? ("hirescreen rules" lists them)\n',
    );
  });
});
