import { createScreener } from '../../src/engine/screener.js';
import { visibleControls } from '../../src/report/_lib/escape.js';
import { batchReport } from '../../src/report/batch.js';
import { digestOf } from '../../src/report/digest.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatDigestText, formatScreeningText } from '../../src/report/text.js';

// The reproduction from issue 17 item 5: erase the line, return, move up, turn green and claim "Clear".
const FORGED = 'Bob\u001b[2K\r\u001b[1A\u001b[32mClear: no action needed';
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

async function forgedScreening() {
  const screener = createScreener({ now: '2026-02-01T00:00:00Z' });
  return screener.screen({
    id: 'p-\u001b]0;owned\u0007-\u009b31m',
    name: { full: 'Robert Smith' },
    documents: [{ type: 'passport', nameOnDocument: FORGED }],
    // With a failed SSN check the document finding is in a screening that reaches a person.
    nationalIds: [{ type: 'us-ssn', value: '536-22-8147', verification: 'mismatch' }],
  });
}

describe('control characters in report text', () => {
  it('shows ESC, CR, BEL and C1 controls visibly instead of writing them', () => {
    expect(visibleControls(FORGED)).toBe('Bob\\x1b[2K\\r\\x1b[1A\\x1b[32mClear: no action needed');
    expect(visibleControls('a\u0007b\u009bc\u007fd\u202ee\tf')).toBe('a\\x07b\\x9bc\\x7fd\\u202ee\tf');
  });

  it('writes no control character from a forged document name or id in the text reports', async () => {
    const screening = await forgedScreening();
    const text = formatScreeningText(screening);
    expect(text).toContain('"Bob\\x1b[2K\\r\\x1b[1A\\x1b[32mClear: no action needed"');
    expect(text).toContain('Profile p-\\x1b]0;owned\\x07-\\x9b31m:');
    expect(text).not.toMatch(CONTROLS);
    const digest = formatDigestText(
      digestOf(batchReport([screening], [], { rulesetVersion: 'rs', asOf: screening.asOf })),
    );
    expect(digest).not.toMatch(CONTROLS);
    expect(digest).toContain('\\x1b[32mClear: no action needed');
  });

  it('keeps the report its own line breaks and escapes a newline inside a value', async () => {
    const screening = await forgedScreening();
    const text = formatScreeningText({ ...screening, profileId: 'a\nProfile b: score 0/100' });
    expect(text.split('\n')[0]).toMatch(/^Profile a\\nProfile b: score 0\/100: score \d+\/100, /);
  });

  it('turns CRLF, LF and a lone CR into spaces in Markdown and shows other controls', async () => {
    const screening = await forgedScreening();
    const markdown = formatMarkdown(
      digestOf(
        batchReport([{ ...screening, profileId: 'x\ry\r\nz\u001b' }], [], {
          rulesetVersion: 'rs',
          asOf: screening.asOf,
        }),
      ),
    );
    expect(markdown).toContain('### x y z\\x1b:');
    expect(markdown).not.toMatch(CONTROLS);
  });

  it('shows controls visibly in HTML too', async () => {
    const screening = await forgedScreening();
    const html = formatHtml(
      digestOf(batchReport([screening], [], { rulesetVersion: 'rs', asOf: screening.asOf })),
    );
    expect(html).not.toMatch(CONTROLS);
    expect(html).toContain('Bob\\x1b[2K\\r\\x1b[1A');
  });
});
