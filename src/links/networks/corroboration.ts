import type { Severity } from '../../schema/primitives.js';
import { compareSeverity } from '../../schema/severity.js';
import type { ClusterTie } from '../cluster.js';
import { SEVERITY_WEIGHT } from '../policy.js';
import { IDENTITY_KINDS, kindLabel, lackLabel, kindOf, PHYSICAL_KINDS, type TieKind } from './tie-kinds.js';

/** One kind of evidence that holds a group together, at the strength of its strongest tie. */
export interface KindStrength {
  kind: TieKind;
  severity: Severity;
  /** Members carrying some tie of this kind (for a line: those who sign in from no line of their own). */
  carriers: number;
  /** A line's carriers left out because they also sign in from a network of their own; absent when none. */
  elsewhere?: number;
  /** Whether it covers enough of the group to corroborate (see {@link corroborate}). */
  corroborates: boolean;
}

/** What independent evidence a group has, what it lacks, and the suspicion that follows. */
export interface Corroboration {
  /** Kinds present, strongest first. */
  has: KindStrength[];
  /** Physical kinds absent (identity kinds are listed only when present: most farms lack most of them). */
  lacks: TieKind[];
  /** 0-100: noisy-OR of one weight per kind, capped when a single kind stands alone. */
  suspicion: number;
  /** The band the suspicion falls in. */
  severity: Severity;
}

// A place or a line alone is what coworking spaces, offices, mail drops and apartment buildings look
// like (issue 20: 25 legitimate-only clusters, several `high`, held by one shipping address); it stays
// below `high` until a second kind corroborates it.
const LONE_WEAK_CAP = 45;
// Any other single kind (one pay account, one serial, one reused photo) may reach `high` but not
// `critical`: critical needs two independent kinds.
const LONE_CAP = 79;
// A place or a line held by a few members of a big group (flatmates' line inside an office's 130
// shipments) says nothing about the rest. At a farm the laptops are *there*: on bench/scenario at 20k
// the farm's line covered 63-100 % of its members (26 of 28 farms >= 80 %), a coworking space's unmarked
// network 30-70 % of its members; so a line corroborates from three quarters, a place from half. A pay
// account, a serial or identity material shared by two unrelated people is never benign: from two.
const COVERAGE: Partial<Record<TieKind, number>> = { place: 0.5, line: 0.75 };

/** The severity band of a 0-100 suspicion, on the same cut points as SEVERITY_WEIGHT's bands. */
export function severityOfSuspicion(suspicion: number): Severity {
  if (suspicion >= 80) return 'critical';
  if (suspicion >= 50) return 'high';
  if (suspicion >= 25) return 'medium';
  if (suspicion >= 10) return 'low';
  return 'info';
}

/**
 * Scores a group by how many independent kinds of tie hold it and how strong each is, not by its
 * strongest tie: each kind counts once, at its strongest tie's weight (a place only when it covers half
 * the `members`, a line three quarters); the kinds combine by noisy-OR; a lone shared address or a lone shared
 * line is capped below `high`. A line counts only its carriers outside `ownLine`, the profiles that also
 * sign in from a network no one else uses: a farm's laptops sign in from the farm's line (or a VPN),
 * while people who collect a laptop at a coworking desk or an office, and sign in there now and then,
 * take it home and sign in from their own line too (issue 20: the four coworking spaces at `high` at 100k).
 *
 * @example
 * corroborate(ties, 14).suspicion; // 84 for a critical shipping address plus a high home line
 */
export function corroborate(
  ties: readonly ClusterTie[],
  members: number,
  ownLine?: ReadonlySet<string>,
): Corroboration {
  const byKind = new Map<TieKind, { severity: Severity; carriers: Set<string>; elsewhere: Set<string> }>();
  for (const tie of ties) {
    const kind = kindOf(tie.attribute);
    let entry = byKind.get(kind);
    if (!entry)
      byKind.set(kind, (entry = { severity: tie.severity, carriers: new Set(), elsewhere: new Set() }));
    if (compareSeverity(tie.severity, entry.severity) > 0) entry.severity = tie.severity;
    for (const id of tie.profileIds)
      if (kind === 'line' && ownLine?.has(id)) entry.elsewhere.add(id);
      else entry.carriers.add(id);
  }
  const has = [...byKind]
    .map(([kind, entry]): KindStrength => ({
      kind,
      severity: entry.severity,
      carriers: entry.carriers.size,
      ...(entry.elsewhere.size > 0 && { elsewhere: entry.elsewhere.size }),
      corroborates: entry.carriers.size >= Math.max(2, Math.ceil(members * (COVERAGE[kind] ?? 0))),
    }))
    .sort(
      (a, b) =>
        compareSeverity(b.severity, a.severity) ||
        b.carriers - a.carriers ||
        [...PHYSICAL_KINDS, ...IDENTITY_KINDS].indexOf(a.kind) -
          [...PHYSICAL_KINDS, ...IDENTITY_KINDS].indexOf(b.kind),
    );
  const counted = has.filter((k) => k.corroborates);
  let clear = 1;
  for (const { severity } of counted) clear *= 1 - SEVERITY_WEIGHT[severity] / 100;
  let suspicion = Math.round((1 - clear) * 100);
  const lone = counted.length === 1 ? (counted[0] as KindStrength).kind : undefined;
  if (lone === 'place' || lone === 'line') suspicion = Math.min(suspicion, LONE_WEAK_CAP);
  else if (lone !== undefined) suspicion = Math.min(suspicion, LONE_CAP);
  return {
    has,
    lacks: PHYSICAL_KINDS.filter((kind) => !counted.some((k) => k.kind === kind)),
    suspicion,
    severity: severityOfSuspicion(suspicion),
  };
}

/**
 * The corroboration in words: "held by a shared address (14 profiles, critical) and one residential
 * home line (12, high); no pay account or device serial in common."
 *
 * @example
 * corroborationText(corroborate(ties));
 */
export function corroborationText(c: Corroboration): string {
  const counted = c.has.filter((k) => k.corroborates);
  const has = counted.map(
    (k) => `${kindLabel(k.kind)} (${k.carriers} profiles, ${k.severity}${elsewhereText(k, '; ')})`,
  );
  const few = c.has.filter((k) => !k.corroborates).map(tooFewText);
  const lacks = c.lacks.map(lackLabel);
  // A group nothing corroborates is still shown, for what ties it: say so instead of "held by" nothing.
  const held = has.length > 0 ? `Held by ${list(has)}` : `Not corroborated: ${list(few)}`;
  const partly = has.length === 0 || few.length === 0 ? '' : ` (also ${list(few)}, too few to corroborate)`;
  const missing = lacks.length === 0 ? '' : `; lacks a shared ${list(lacks, 'or')}`;
  const only = counted.length === 1 ? (counted[0] as KindStrength).kind : undefined;
  const reading =
    only === 'place'
      ? ': reads as a coworking space, an office or a mail drop until something else ties the members'
      : only === 'line'
        ? ': reads as a shared building or network until something else ties the members'
        : counted.length === 1
          ? ': one kind of evidence, not corroborated'
          : '';
  return `${held}${partly}${missing}${reading}.`;
}

/** A kind that covers too little of the group: how many carry it, or that its members only visit it. */
function tooFewText(k: KindStrength): string {
  if (k.carriers === 0 && k.elsewhere)
    return `${kindLabel(k.kind)} that its ${k.elsewhere} ${k.elsewhere === 1 ? 'member only visits (who also signs' : 'members only visit (each also signs'} in from a line of their own)`;
  return `${kindLabel(k.kind)} among only ${k.carriers}${elsewhereText(k, ', ')}`;
}

function elsewhereText(k: KindStrength, joiner: string): string {
  if (!k.elsewhere) return '';
  return `${joiner}${k.elsewhere} more also ${k.elsewhere === 1 ? 'signs' : 'sign'} in from a line of their own`;
}

function list(items: readonly string[], joiner = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1] as string}`;
}
