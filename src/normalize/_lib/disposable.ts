import { createRequire } from 'node:module';

let lists: { exact: Set<string>; wildcard: Set<string> } | undefined;

/**
 * Loads disposable-email-domains on first use: index.json (exact domains, ~120k, 2.4 MB) and
 * wildcard.json (domains whose every subdomain is disposable). Loading lazily keeps importing the
 * library free of file reads; the package ships JSON, so a CommonJS require reads it in both builds.
 */
function load(): { exact: Set<string>; wildcard: Set<string> } {
  if (lists) return lists;
  const require = createRequire(import.meta.url);
  const exact = require('disposable-email-domains/index.json') as string[];
  const wildcard = require('disposable-email-domains/wildcard.json') as string[];
  lists = { exact: new Set(exact), wildcard: new Set(wildcard) };
  return lists;
}

/** `domain` must already be lower-case ASCII. */
export function isListedDisposable(domain: string): boolean {
  const { exact, wildcard } = load();
  if (exact.has(domain)) return true;
  // A wildcard entry covers the domain itself and any subdomain: try every parent suffix.
  for (let dot = -1; ;) {
    const candidate = domain.slice(dot + 1);
    if (wildcard.has(candidate)) return true;
    dot = domain.indexOf('.', dot + 1);
    if (dot < 0) return false;
  }
}
