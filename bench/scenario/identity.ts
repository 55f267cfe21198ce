// How one person's name is written across the systems that hold it (HR record, identity document,
// bank account): middle names, hyphenated and several-part family names, romanisations, married names
// and joint accounts. Each is a person's circumstance, drawn per person.
import type { ProfileInput } from '../../src/schema/profile.js';
import type { Rng } from '../_lib/prng.js';
import { familyName, givenName } from './people.js';
import { MIDDLE_NAMES, MULTI_PART_PREFIXES, TRANSLITERATED } from './vocab/names.js';

interface Written {
  given: string;
  family: string;
  /** As on the identity document and as the bank holds the account. */
  document: string;
  holder: string;
  aliases?: string[];
  tags: string[];
}

function spellings(rng: Rng, given: string, family: string): Written {
  const plain = `${given} ${family}`;
  const r = rng.next();
  if (r < 0.05) {
    const second = familyName(rng);
    const hyphenated = `${family}-${second}`;
    return {
      given,
      family: hyphenated,
      document: `${given} ${hyphenated}`,
      holder: rng.chance(0.5) ? `${given} ${family} ${second}` : `${given} ${family}`,
      tags: ['hyphenated-name'],
    };
  }
  if (r < 0.09) {
    const [hr, doc, bank] = rng.pick(MULTI_PART_PREFIXES);
    return {
      given,
      family: `${hr}${family}`,
      document: `${given} ${doc}${family}`,
      holder: `${given} ${bank}${family.toLowerCase()}`.replace(/ (\w)/g, (m) => m.toUpperCase()),
      tags: ['multi-part-name'],
    };
  }
  if (r < 0.12) {
    const row = rng.pick(TRANSLITERATED);
    const at = (list: readonly string[], i: number) => list[i] as string;
    return {
      given: at(row.given, 0),
      family: at(row.family, 0),
      document: `${at(row.given, 1)} ${at(row.family, 1)}`,
      holder: `${at(row.given, 2)} ${at(row.family, 2)}`,
      tags: ['transliterated-name'],
    };
  }
  if (r < 0.2) {
    // Married: the licence or the old bank account may still carry the family name from before.
    const maiden = familyName(rng);
    const docOld = rng.chance(0.5);
    const bankOld = !docOld || rng.chance(0.4);
    const joined = rng.chance(0.15) ? `${maiden}-${family}` : family;
    return {
      given,
      family: joined,
      document: `${given} ${docOld ? maiden : joined}`,
      holder: `${given} ${bankOld ? maiden : joined}`,
      ...(rng.chance(0.5) && { aliases: [`${given} ${maiden}`] }),
      tags: ['married-name'],
    };
  }
  if (r < 0.23) {
    // A joint account opened under the spouse's family name: same given name, another family name.
    const spouse = familyName(rng);
    const holder = rng.chance(0.5) ? `${given} ${spouse}` : `${givenName(rng)} & ${given} ${spouse}`;
    return { given, family, document: plain, holder, tags: ['joint-account-other-name'] };
  }
  return { given, family, document: plain, holder: plain, tags: [] };
}

/**
 * Rewrites a generated person's name as its systems hold it and returns the tags of what was drawn.
 * The e-mail and handles keep the name the person was generated with, as real ones outlive renames.
 *
 * @example
 * const tags = writeName(rng, profile); // ['married-name', 'middle-name']
 */
export function writeName(rng: Rng, p: ProfileInput): string[] {
  const given = p.name?.given ?? givenName(rng);
  const family = p.name?.family ?? familyName(rng);
  const w = spellings(rng, given, family);
  const tags = [...w.tags];
  let document = w.document;
  let holder = w.holder;
  if (rng.chance(0.55)) {
    const middle = rng.pick(MIDDLE_NAMES);
    // Documents carry the full legal name; HR forms and banks often drop or initial the middle name.
    if (rng.chance(0.4)) {
      document = document.replace(`${w.given} `, `${w.given} ${middle} `);
      tags.push('middle-name');
    }
    if (rng.chance(0.2)) holder = holder.replace(`${w.given} `, `${w.given} ${middle.charAt(0)}. `);
  }
  p.name = {
    full: `${w.given} ${w.family}`,
    given: w.given,
    family: w.family,
    ...(w.aliases && { aliases: w.aliases }),
  };
  const doc = p.documents?.[0];
  if (doc) doc.nameOnDocument = document;
  for (const account of p.payroll?.accounts ?? []) account.holderName = holder;
  return tags;
}
