import { createRequire } from 'node:module';
import type * as Countries from 'i18n-iso-countries';
import { resolveCountry } from '../../normalize/_lib/country.js';
import { str } from './values.js';

type Library = typeof Countries;

let library: Library | undefined;

// Loaded on first use, with the English names only: the package's Node entry registers all 80-odd
// locales at import, and the library reads no files at import time.
function countries(): Library {
  if (library) return library;
  const require = createRequire(import.meta.url);
  const loaded = require('i18n-iso-countries/index.js') as Library;
  loaded.registerLocale(require('i18n-iso-countries/langs/en.json') as Countries.LocaleData);
  library = loaded;
  return loaded;
}

/**
 * A country as sources write it (an alpha-2 or alpha-3 code, or an English name such as Okta's
 * "United States" or BambooHR's "South Korea") to ISO 3166-1 alpha-2; undefined when unknown.
 *
 * @example
 * countryCode('United States') // 'US'
 */
export function countryCode(value: unknown): string | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  if (answers.has(text)) return answers.get(text);
  const answer = lookUp(text);
  // A log repeats a handful of country names millions of times; anything else is not a country name.
  if (answers.size < MAX_ANSWERS) answers.set(text, answer);
  return answer;
}

// i18n-iso-countries scans every country's names on each lookup (measured 0.57 ms a call, which made a
// 200,000-event Okta log take 104 s); the answers are remembered instead.
const MAX_ANSWERS = 2_000;
const answers = new Map<string, string | undefined>();

function lookUp(text: string): string | undefined {
  const lib = countries();
  if (/^[A-Za-z]{2}$/.test(text)) return lib.isValid(text.toUpperCase()) ? text.toUpperCase() : undefined;
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = lib.alpha3ToAlpha2(text.toUpperCase());
    if (code) return code;
  }
  const named = lib.getSimpleAlpha2Code(text, 'en') ?? lib.getAlpha2Code(text, 'en');
  if (named) return named;
  // CLDR's names (the runtime's, as the address normaliser uses them) cover other spellings ("Viet Nam").
  const resolved = resolveCountry(text);
  return resolved && lib.isValid(resolved) ? resolved : undefined;
}
