import fc from 'fast-check';
import { redactorFor } from '../../src/engine/redact.js';
import { foldText } from '../../src/engine/_lib/fold-text.js';
import { createScreener } from '../../src/engine/screener.js';
import { batchReport } from '../../src/report/batch.js';
import { digestOf } from '../../src/report/digest.js';
import { formatHtml } from '../../src/report/html.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatDigestText, formatScreeningText } from '../../src/report/text.js';

const SSN = '536228147';
const redact = redactorFor({ id: 'p', nationalIds: [{ type: 'us-ssn', value: '536 22 8147' }] });

/** Zero of each decimal digit script the property plants digits in. */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10, 0x1d7ce];
const SEPARATORS = [
  '',
  ' ',
  '.',
  '-',
  '\u2013',
  '\u2014',
  '\u00a0',
  '\u200b',
  '|#|',
  '/',
  '_',
  '  ',
  '\u2060',
];

const digitIn = (zero: number, digit: string): string => String.fromCodePoint(zero + Number(digit));

describe('the redaction net (issue 17, item 4)', () => {
  it.each([
    [
      'an address key with |#| separators',
      'US|78701|99||ELM|ST||#|536|#|22|#|8147',
      'US|78701|99||ELM|ST||#|*****8147',
    ],
    ['dots', 'ssn 536.22.8147', 'ssn *****8147'],
    ['en-dashes', 'ssn 536\u201322\u20138147', 'ssn *****8147'],
    ['no-break spaces', 'ssn 536\u00a022\u00a08147', 'ssn *****8147'],
    ['zero-width spaces', 'ssn 536\u200b22\u200b8147', 'ssn *****8147'],
    ['spaced-out digits', 'ssn 5 3 6 2 2 8 1 4 7', 'ssn *****8147'],
    ['Arabic-Indic digits', 'ssn \u0665\u0663\u0666\u0662\u0662\u0668\u0661\u0664\u0667', 'ssn *****8147'],
  ])('masks the profile\u2019s SSN written with %s', (_, text, masked) => {
    expect(redact(text)).toBe(masked);
  });

  it('masks an SSN that only appears in free text, with dots or in other digits', () => {
    const anyone = redactorFor({ id: 'q' });
    expect(anyone('on file: 536.22.8147.')).toBe('on file: ***-**-8147.');
    expect(anyone('\u0665\u0663\u0666-\u0662\u0662-\u0668\u0661\u0664\u0667')).toBe(
      '***-**-\u0668\u0661\u0664\u0667',
    );
    expect(anyone('from 192.168.10.1, version 1.22.3333')).toBe('from 192.168.10.1, version 1.22.3333');
  });

  it('keeps digits to the left of a masked SSN from spelling it again', () => {
    expect(foldText(redact('id 53622536228147')).chars.includes(SSN)).toBe(false);
  });

  it('never leaves the nine digits in order, whatever the separators, digit scripts and surroundings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.array(fc.constantFrom(...DIGIT_ZEROS), { minLength: 9, maxLength: 9 }),
        fc.array(fc.constantFrom(...SEPARATORS), { minLength: 8, maxLength: 8 }),
        fc.string({ maxLength: 20 }),
        (before, scripts, separators, after) => {
          let planted = '';
          for (let i = 0; i < SSN.length; i++)
            planted += digitIn(scripts[i] as number, SSN[i] as string) + (separators[i] ?? '');
          const out = redact(`${before}${planted}${after}`);
          return !foldText(out).chars.includes(SSN);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the SSN inside a document address key out of every report format (the issue\u2019s reproduction)', async () => {
    const address = { line1: '99 Elm St 536 22 8147', city: 'Austin', region: 'TX', postalCode: '78701' };
    const screening = await createScreener({ now: '2026-02-01T00:00:00Z' }).screen({
      id: 'p1',
      nationalIds: [{ type: 'us-ssn', value: '536 22 8147' }],
      addresses: [
        {
          purpose: 'home',
          line1: '1 Oak Ave',
          city: 'Austin',
          region: 'TX',
          postalCode: '78702',
          country: 'US',
        },
      ],
      documents: [{ type: 'drivers-license', issuingRegion: 'TX', address: { ...address, country: 'US' } }],
    });
    expect(screening.findings.map((finding) => finding.ruleId)).toContain('document-address-mismatch');
    const report = batchReport([screening], [], {
      rulesetVersion: screening.rulesetVersion,
      asOf: screening.asOf,
    });
    const digest = digestOf(report);
    const outputs = {
      text: formatScreeningText(screening),
      digestText: formatDigestText(digest),
      markdown: formatMarkdown(digest),
      html: formatHtml(digest),
      json: formatJson(report),
    };
    for (const [format, output] of Object.entries(outputs)) {
      expect([format, foldText(output).chars.includes(SSN)]).toEqual([format, false]);
    }
    expect(outputs.json).toContain('"documentKey": "US|78701|99||ELM|ST||#|*****8147"');
    expect(outputs.text).not.toContain('ELM|ST');
    expect(outputs.markdown).not.toContain('ELM|ST');
  });
});
