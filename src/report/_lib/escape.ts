const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// C0 (but tab), DEL and C1 controls move a terminal's cursor, recolour it or set its title (ESC, CSI,
// OSC, CR); bidirectional overrides reorder what a reader sees (Trojan Source). None belongs in a
// name or an id, so they are shown, never obeyed.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes control characters in report text visible as `\xNN` / `\uNNNN` instead of letting a terminal
 * act on them. Newlines inside a value are escaped too: a report line is only ever ended by the report.
 *
 * @example
 * visibleControls('Bob\u001b[2K\rClear') // 'Bob\\x1b[2K\\rClear'
 */
export function visibleControls(value: string): string {
  return value.replace(CONTROL, (c) => {
    if (c === '\r') return '\\r';
    if (c === '\n') return '\\n';
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Escapes text for HTML element content and quoted attributes (also valid inside inline SVG).
 *
 * @example
 * escapeHtml('<b>"x"</b>') // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(value: unknown): string {
  return visibleControls(String(value)).replace(/[&<>"']/g, (c) => HTML[c] as string);
}

/**
 * Escapes text for a Markdown table cell or paragraph: no markup, links, HTML or table breaks; line
 * breaks of any kind (CRLF, LF, a lone CR) become spaces and other control characters are shown.
 *
 * @example
 * escapeMarkdown('a|b *c*') // 'a\\|b \\*c\\*'
 */
export function escapeMarkdown(value: unknown): string {
  return visibleControls(
    String(value)
      .replace(/\r\n|\r|\n/g, ' ')
      .replace(/[\\`*_{}[\]()#+!|<>~-]/g, (c) => `\\${c}`),
  );
}
