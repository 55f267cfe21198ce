/** What one piece of CSV text reads as: a whole record, a quoted cell still open at its end, or invalid. */
export type CsvFields =
  { kind: 'record'; cells: string[] } | { kind: 'open' } | { kind: 'invalid'; reason: string };

const OPEN: CsvFields = { kind: 'open' };

/**
 * Reads one record's text (RFC 4180: comma-separated cells; a cell that starts with `"` is quoted, runs
 * to the next lone `"` and may hold commas, line breaks and `""` for a quote). A quote anywhere else, or
 * text between a closing quote and the next comma, makes the record invalid; a quoted cell still open at
 * the end of the text is `open`, so the caller can decide whether the next line continues it. Linear in
 * the text's length.
 *
 * @example
 * parseCsvFields('a,"b, c",d') // { kind: 'record', cells: ['a', 'b, c', 'd'] }
 * parseCsvFields('a,"Mallory') // { kind: 'open' }
 */
export function parseCsvFields(text: string): CsvFields {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (text.charCodeAt(at) === 34) {
      let cell = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return OPEN;
        cell += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          cell += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      cells.push(cell);
      if (at === text.length) return { kind: 'record', cells };
      if (text.charCodeAt(at) !== 44)
        return { kind: 'invalid', reason: 'text follows a quoted cell before the next comma' };
      at += 1;
      continue;
    }
    const comma = text.indexOf(',', at);
    const end = comma === -1 ? text.length : comma;
    const quote = text.indexOf('"', at);
    if (quote !== -1 && quote < end)
      return { kind: 'invalid', reason: 'a quote inside a cell that does not start with one' };
    cells.push(text.slice(at, end));
    if (comma === -1) return { kind: 'record', cells };
    at = comma + 1;
  }
}
