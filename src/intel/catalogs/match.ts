import { baseNameForCatalog as baseName } from '../_lib/software-name.js';
import type { SoftwareCatalog, SoftwareEntry, VpnProvider, VpnProviderCatalog } from './types.js';
import { boundedCache } from '../../_lib/bounded-memo.js';

/** A catalog hit: the entry and the match name that matched. */
export interface CatalogMatch<E extends SoftwareEntry> {
  entry: E;
  pattern: string;
}

interface Matcher {
  exact: Map<string, CatalogMatch<SoftwareEntry>>;
  prefixes: Array<{ prefix: string; match: CatalogMatch<SoftwareEntry> }>;
  /**
   * Earlier answers by inventory name as reported. Not frozen: they hold the caller's catalog entries.
   * Inventories repeat a few names across a roster; the cache's limit only bounds unusual rosters.
   */
  answers: (
    name: string,
    compute: (name: string) => CatalogMatch<SoftwareEntry> | undefined,
  ) => CatalogMatch<SoftwareEntry> | undefined;
  lookUp: (name: string) => CatalogMatch<SoftwareEntry> | undefined;
}

const matchers = new WeakMap<object, Matcher>();
// Stripped one at a time from the end, each form tried in turn: '(64-bit)', 'x64', '8.0.9', 'v15'.
const DECORATIONS = [
  /\s*\([^()]*\)$/,
  /[\s_-]+(?:x64|x86|amd64|arm64|64-bit|32-bit)$/,
  /[\s_-]+v?\d+(?:\.\d+)*[a-z]?$/,
];

// Inventories repeat the same few names ('chrome.exe', 'slack.exe') across a roster and across the
// remote-access, VPN and keep-awake catalogs: each name is reduced to its forms once.
const cachedCandidates = boundedCache<readonly string[]>();
const candidates = (name: string) => cachedCandidates(name, computeCandidates);

/** The base name, then each shorter form with one more version or architecture suffix removed. */
function computeCandidates(name: string): string[] {
  const forms = [baseName(name)];
  for (let changed = true; changed;) {
    changed = false;
    const current = forms[forms.length - 1] as string;
    for (const pattern of DECORATIONS) {
      const shorter = current.replace(pattern, '').trim();
      if (shorter !== current && shorter !== '') {
        forms.push(shorter);
        changed = true;
        break;
      }
    }
  }
  return forms;
}

function matcherFor(catalog: SoftwareCatalog): Matcher {
  const cached = matchers.get(catalog);
  if (cached) return cached;
  const matcher: Matcher = {
    exact: new Map(),
    prefixes: [],
    answers: boundedCache(undefined, { freeze: false }),
    lookUp: (name) => lookUp(matcher, name),
  };
  for (const entry of catalog.entries as readonly SoftwareEntry[]) {
    for (const pattern of entry.matchNames) {
      if (pattern.endsWith('*'))
        matcher.prefixes.push({ prefix: baseName(pattern.slice(0, -1)), match: { entry, pattern } });
      else if (!matcher.exact.has(baseName(pattern)))
        matcher.exact.set(baseName(pattern), { entry, pattern });
    }
  }
  matcher.prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  matchers.set(catalog, matcher);
  return matcher;
}

/**
 * Finds the catalog entry for a process or installed-software name. Case-insensitive; ignores a
 * path, `.exe`/`.app`, and trailing version or architecture suffixes ('AnyDesk 8.0.9', 'TeamViewer 15
 * (64-bit)'). Names match whole: 'AnyDeskTop' does not match 'AnyDesk', because a substring match would
 * flag unrelated software; custom builds are covered by explicit patterns such as 'AnyDesk-*'.
 * The lowercase index is built once per catalog and cached, and so is each name's answer. Callers share
 * the returned match objects: read them, do not change them.
 *
 * @example
 * matchCatalog(REMOTE_ACCESS_TOOLS, 'C:\\Program Files\\AnyDesk\\AnyDesk.exe')?.entry.id; // 'anydesk'
 * matchCatalog(REMOTE_ACCESS_TOOLS, 'AnyDesk 8.0.9')?.entry.id; // 'anydesk'
 * matchCatalog(REMOTE_ACCESS_TOOLS, 'AnyDeskTop'); // undefined
 */
export function matchCatalog<C extends SoftwareCatalog>(
  catalog: C,
  softwareName: string,
): CatalogMatch<C['entries'][number]> | undefined {
  const matcher = matcherFor(catalog);
  return matcher.answers(softwareName, matcher.lookUp) as CatalogMatch<C['entries'][number]> | undefined;
}

/** Form by form, from the whole base name to the shortest: an exact match, else the longest prefix pattern. */
function lookUp(matcher: Matcher, softwareName: string): CatalogMatch<SoftwareEntry> | undefined {
  for (const form of candidates(softwareName)) {
    const exact = matcher.exact.get(form);
    if (exact) return exact;
    const prefixed = matcher.prefixes.find(({ prefix }) => form.startsWith(prefix));
    if (prefixed) return prefixed.match;
  }
  return undefined;
}

const LEGAL_WORDS = new Set([
  'inc',
  'ltd',
  'llc',
  'corp',
  'corporation',
  'co',
  'ab',
  'ag',
  'sa',
  'srl',
  'gmbh',
  'limited',
  'systems',
]);

const cachedKey = boundedCache<string>();
const providerKey = (name: string): string => cachedKey(name, computeProviderKey);

function computeProviderKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && word !== 'vpn' && !LEGAL_WORDS.has(word));
  return words.join('').replace(/vpn$/, '');
}

/**
 * Finds the VPN provider named by an IP-intel `provider` (or `org`) string, ignoring case, punctuation,
 * a 'VPN' suffix and legal-form words ('Astrill Systems Corp', 'NordVPN', 'Private Internet Access').
 *
 * @example
 * matchVpnProvider(VPN_PROVIDERS, 'ASTRILL SYSTEMS CORP.')?.id; // 'astrill'
 * matchVpnProvider(VPN_PROVIDERS, 'Nord VPN')?.id; // 'nordvpn'
 */
export function matchVpnProvider(catalog: VpnProviderCatalog, providerName: string): VpnProvider | undefined {
  const key = providerKey(providerName);
  if (key === '') return undefined;
  return providersByKey(catalog).get(key);
}

const providerIndexes = new WeakMap<VpnProviderCatalog, Map<string, VpnProvider>>();

/** Each alias's key to the first provider (in catalog order) that lists it, built once per catalog. */
function providersByKey(catalog: VpnProviderCatalog): Map<string, VpnProvider> {
  const cached = providerIndexes.get(catalog);
  if (cached) return cached;
  const index = new Map<string, VpnProvider>();
  for (const entry of catalog.entries) {
    for (const alias of entry.aliases) {
      const key = computeProviderKey(alias);
      if (!index.has(key)) index.set(key, entry);
    }
  }
  providerIndexes.set(catalog, index);
  return index;
}
