// Reads the labelled training files of the usaddress project (datamade/usaddress, `training/*.xml`):
// one `<AddressString>` per line, each word wrapped in its label (`<AddressNumber>123</AddressNumber>`),
// the text between labels being the separators the writer typed.
import { readFileSync } from 'node:fs';

/** One labelled word: its label, its text as typed, and where the text starts in the raw line. */
export interface LabelledWord {
  label: string;
  text: string;
  at: number;
}

/** One address of the corpus: the line as typed and its labelled words in order. */
export interface LabelledAddress {
  raw: string;
  words: LabelledWord[];
}

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITY[name.toLowerCase()] ?? whole;
  });
}

const ADDRESS_LINE = /<AddressString>(.*)<\/AddressString>/;
const PIECE = /<(\w+)>([^<]*)<\/\1>|([^<]+)/g;

/** Parses the text of one training file; lines that hold no `<AddressString>` are skipped. */
export function parseLabelledXml(xml: string): LabelledAddress[] {
  const addresses: LabelledAddress[] = [];
  for (const line of xml.split('\n')) {
    const body = ADDRESS_LINE.exec(line)?.[1];
    if (body === undefined) continue;
    let raw = '';
    const words: LabelledWord[] = [];
    for (const piece of body.matchAll(PIECE)) {
      const [, label, labelled, between] = piece;
      if (label !== undefined) {
        const text = decode(labelled ?? '');
        words.push({ label, text, at: raw.length });
        raw += text;
      } else raw += decode(between ?? '');
    }
    if (raw.trim()) addresses.push({ raw, words });
  }
  return addresses;
}

/** Reads and parses a training file from disk. */
export const readLabelledXml = (path: string): LabelledAddress[] =>
  parseLabelledXml(readFileSync(path, 'utf8'));

/** The words of one label, each lower-cased with its punctuation dropped, joined by spaces. */
export function labelText(address: LabelledAddress, ...labels: string[]): string {
  return address.words
    .filter((word) => labels.includes(word.label))
    .map((word) => word.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' ');
}
