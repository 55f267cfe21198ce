/**
 * Splits one CSV line (RFC 4180 quoting, `""` for a quote inside quotes). Lines never span newlines
 * in the CIDR format, which keeps line numbers exact. Returns an error message for an open quote.
 */
export function splitCsvLine(line: string): { fields: string[] } | { error: string } {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const char = line[i] as string;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else {
      field += char;
    }
    i++;
  }
  if (quoted) return { error: 'a quoted field is not closed' };
  fields.push(field.trim());
  return { fields };
}
