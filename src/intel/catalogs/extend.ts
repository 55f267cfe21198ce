import { z } from 'zod';
import { IntelError, formatIssues, type IntelIssue } from '../errors.js';
import { baseNameForCatalog } from '../_lib/software-name.js';
import type { AnyCatalog, SoftwareEntry } from './types.js';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like "acme-remote"');
const text = z.string().trim().min(1).max(200);
const sources = z.array(z.string().regex(/^S\d+$/, 'must be a source key like "S40"')).default([]);
const reporting = z.enum(['dprk', 'general', 'unconfirmed', 'none']).default('none');
const software = {
  id,
  name: text,
  matchNames: z.array(text).min(1),
  sources,
  confirmed: z.boolean().default(true),
  reporting,
  note: text.optional(),
};
const hex4 = z
  .string()
  .regex(/^[0-9a-fA-F]{4}$/, 'must be four hex digits')
  .transform((v) => v.toLowerCase());
const signatureBase = {
  confidence: z.enum(['named', 'generic', 'weak']),
  confirmed: z.boolean().default(true),
  sources,
  note: text.optional(),
};
const signature = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('usb-id'), vendorId: hex4, productId: hex4, ...signatureBase }),
  z.strictObject({
    kind: z.enum([
      'usb-manufacturer',
      'usb-product',
      'usb-serial',
      'storage-vendor',
      'edid-name',
      'edid-manufacturer',
      'web-title',
    ]),
    value: text,
    ...signatureBase,
  }),
]);

const ENTRY_SCHEMAS = {
  'remote-access-tools': z.strictObject({
    ...software,
    kind: z.enum(['remote-desktop', 'rmm']),
    builtIn: z.boolean().optional(),
    domains: z.array(text).optional(),
  }),
  'vpn-providers': z.strictObject({ ...software, aliases: z.array(text).default([]) }),
  'keep-awake-tools': z.strictObject(software),
  'ip-kvm-devices': z.strictObject({
    id,
    name: text,
    reporting,
    sources,
    signatures: z.array(signature).min(1),
    note: text.optional(),
  }),
} as const;

export interface ExtendCatalogOptions {
  /** Let an entry replace the built-in entry with the same id (otherwise a clash is an error). */
  replace?: boolean;
  /** Version of the extended catalog; defaults to `<base version>+local`. */
  version?: string;
}

export type SafeExtendResult<C> = { success: true; catalog: C } | { success: false; error: IntelError };

/**
 * Adds user entries (for example parsed from a JSON file) to a built-in catalog, validating each with
 * zod. Every problem is reported with its path (`entries[2].kind: ...`): unknown fields, a clashing id,
 * or a match name already claimed by another entry. Omitted `sources` default to [], `confirmed` to
 * true and `reporting` to 'none'. Throws an {@link IntelError} (reason `INVALID_CATALOG_ENTRY`).
 *
 * @example
 * const tools = extendCatalog(REMOTE_ACCESS_TOOLS, [
 *   { id: 'acme-remote', name: 'Acme Remote', kind: 'remote-desktop', matchNames: ['acmeremote.exe'] },
 * ]);
 * matchCatalog(tools, 'AcmeRemote.exe')?.entry.id; // 'acme-remote'
 */
export function extendCatalog<C extends AnyCatalog>(
  base: C,
  entries: unknown,
  options: ExtendCatalogOptions = {},
): C {
  const result = safeExtendCatalog(base, entries, options);
  if (!result.success) throw result.error;
  return result.catalog;
}

/**
 * {@link extendCatalog} without throwing.
 *
 * @example
 * const result = safeExtendCatalog(KEEP_AWAKE_TOOLS, [{ id: 'Bad Id' }]);
 * if (!result.success) console.log(result.error.message);
 */
export function safeExtendCatalog<C extends AnyCatalog>(
  base: C,
  entries: unknown,
  options: ExtendCatalogOptions = {},
): SafeExtendResult<C> {
  const parsed = z.array(ENTRY_SCHEMAS[base.kind] as z.ZodType).safeParse(entries);
  const issues: IntelIssue[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      issues.push({ path: `entries${formatPath(issue.path)}`, message: issue.message });
    return fail(base, issues);
  }
  const added = parsed.data as Array<{ id: string; matchNames?: string[] }>;
  const merged = new Map<string, { id: string; matchNames?: readonly string[] }>(
    (base.entries as ReadonlyArray<{ id: string }>).map((entry) => [entry.id, entry]),
  );
  const seen = new Set<string>();
  added.forEach((entry, i) => {
    if (seen.has(entry.id))
      issues.push({ path: `entries[${i}].id`, message: `"${entry.id}" appears twice in the new entries` });
    else if (merged.has(entry.id) && !options.replace) {
      issues.push({
        path: `entries[${i}].id`,
        message: `"${entry.id}" is already in ${base.kind}; pass { replace: true } to replace it`,
      });
    }
    seen.add(entry.id);
    merged.set(entry.id, entry);
  });
  if (base.kind !== 'ip-kvm-devices') checkNameClashes(base.entries, added, issues);
  if (issues.length > 0) return fail(base, issues);
  const catalog = {
    ...base,
    version: options.version ?? `${base.version}+local`,
    entries: [...merged.values()],
  };
  return { success: true, catalog: catalog as C };
}

function checkNameClashes(
  base: ReadonlyArray<{ id: string }>,
  added: ReadonlyArray<{ id: string; matchNames?: string[] }>,
  issues: IntelIssue[],
): void {
  const replaced = new Set(added.map((entry) => entry.id));
  const owner = new Map<string, string>();
  for (const entry of base as ReadonlyArray<SoftwareEntry>) {
    if (replaced.has(entry.id)) continue;
    for (const name of entry.matchNames) owner.set(baseNameForCatalog(name), entry.id);
  }
  added.forEach((entry, i) => {
    entry.matchNames?.forEach((name, j) => {
      const key = baseNameForCatalog(name);
      const claimedBy = owner.get(key);
      if (claimedBy !== undefined && claimedBy !== entry.id) {
        issues.push({
          path: `entries[${i}].matchNames[${j}]`,
          message: `"${name}" already matches entry "${claimedBy}"`,
        });
      }
      owner.set(key, entry.id);
    });
  });
}

function fail<C extends AnyCatalog>(base: C, issues: IntelIssue[]): SafeExtendResult<C> {
  const message = `${issues.length} invalid catalog entr${issues.length === 1 ? 'y' : 'ies'} for ${base.kind}:\n${formatIssues(issues)}`;
  return { success: false, error: new IntelError('INVALID_CATALOG_ENTRY', message, issues) };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}
