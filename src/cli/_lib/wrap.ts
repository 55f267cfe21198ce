/**
 * Breaks text into lines of at most `width` characters at spaces, each prefixed with `indent`; a word
 * longer than the line (a URL) gets a line of its own rather than being cut.
 *
 * @example
 * wrap('one two three', 9, '  ') // ['  one two', '  three']
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}
