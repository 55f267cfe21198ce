const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attributes (also valid inside inline SVG).
 *
 * @example
 * escapeHtml('<b>"x"</b>') // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML[c] as string);
}

/**
 * Escapes text for a Markdown table cell or paragraph: no markup, links, HTML or table breaks.
 *
 * @example
 * escapeMarkdown('a|b *c*') // 'a\\|b \\*c\\*'
 */
export function escapeMarkdown(value: unknown): string {
  return String(value)
    .replace(/[\\`*_{}[\]()#+!|<>~-]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

/** An evidence value as short text. */
export function evidenceText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
