import type { ResolvedRule } from '../rule-set.js';

/** Nesting deeper than this in a finding's data or evidence is a rule bug, not evidence. */
const MAX_DEPTH = 32;
/** Values in one finding's data, evidence and related ids together; a report is read by a person. */
const MAX_VALUES = 10_000;

/**
 * Why a rule's returned value cannot become a finding, or undefined when it can: not a finding, an
 * unknown or inherited message id (`toString`), an unknown level, data or details that are not
 * objects, or data a report cannot hold (a cycle, nesting past 32, a bigint, 10,000+ values).
 * Malformed results become the rule's `error` result instead of failing the screening later.
 */
export function draftProblem(draft: unknown, resolved: ResolvedRule): string | undefined {
  if (typeof draft !== 'object' || draft === null || (draft as { kind?: unknown }).kind !== 'finding')
    return 'something that is not a finding';
  const { messageId, data, details } = draft as { messageId?: unknown; data?: unknown; details?: unknown };
  const messages = resolved.rule.meta.messages;
  if (typeof messageId !== 'string' || !Object.hasOwn(messages, messageId))
    return `an unknown message id "${String(messageId)}"`;
  if (data !== undefined && !isRecord(data)) return 'finding data that is not an object';
  if (!isRecord(details)) return 'finding details that are not an object';
  const level = (details as { level?: unknown }).level;
  if (level !== undefined && !resolved.levels.has(level as string) && level !== resolved.defaultLevel)
    return `an unknown evidence level "${String(level)}"`;
  const budget = { left: MAX_VALUES };
  if (!reportable(data, 0, [], budget) || !reportable(details, 0, [], budget))
    return 'finding data that is cyclic, nested too deep, too large or not JSON';
  return undefined;
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether JSON can hold a value and the redactor can walk it: no cycle, no bigint, bounded depth and
 * size. `ancestors` is the path from the root, so a value shared by two branches is not a cycle.
 */
function reportable(value: unknown, depth: number, ancestors: object[], budget: { left: number }): boolean {
  if (--budget.left < 0) return false;
  if (typeof value === 'bigint') return false;
  if (typeof value !== 'object' || value === null || value instanceof Date) return true;
  if (depth >= MAX_DEPTH || ancestors.includes(value)) return false;
  ancestors.push(value);
  // Own enumerable properties are what the redactor copies and JSON writes; a holey array's holes
  // read as undefined, which both accept. Indexed loops, not `Object.values`: every finding of every
  // screening passes here, and the arrays those made were a few per cent of a screening's garbage.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      if (!reportable(value[i], depth + 1, ancestors, budget)) return false;
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record)
      if (Object.hasOwn(record, key) && !reportable(record[key], depth + 1, ancestors, budget)) return false;
  }
  ancestors.pop();
  return true;
}
