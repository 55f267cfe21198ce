import { suggest } from '../../engine/suggest.js';
import { profileSchema } from '../../schema/profile.js';
import { profileFieldPaths } from '../../schema/profile-fields.js';

/** One step of a profile path: an object key or an array index. */
export type PathStep = string | number;

/** What the profile schema expects at a path's end, for turning CSV cell text into a value. */
export type LeafKind = 'string' | 'number' | 'boolean' | 'other';

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}

const FIRST = /^[A-Za-z_$][\w$]*/;
const NEXT = /^(?:\.([A-Za-z_$][\w$]*)|\[(\d{1,6})\])/;

/**
 * Parses `addresses[0].line1` into `['addresses', 0, 'line1']`; undefined when it is not a path.
 *
 * @example
 * parsePath('name.full') // ['name', 'full']
 */
export function parsePath(path: string): PathStep[] | undefined {
  const text = path.trim();
  const head = FIRST.exec(text);
  if (!head) return undefined;
  const steps: PathStep[] = [head[0]];
  let rest = text.slice(head[0].length);
  while (rest.length > 0) {
    const match = NEXT.exec(rest);
    if (!match) return undefined;
    steps.push(match[1] ?? Number(match[2]));
    rest = rest.slice(match[0].length);
  }
  return steps;
}

function unwrap(schema: ZodLike): ZodLike {
  let current = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    const def = current._zod.def;
    const inner =
      def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly'
        ? def.innerType
        : def.type === 'pipe'
          ? def.in
          : undefined;
    if (inner === undefined) return current;
    current = inner as ZodLike;
  }
  return current;
}

/**
 * What the profile schema expects at a path, or undefined when the schema has no such path.
 *
 * @example
 * leafKindAt(['claimed', 'lat']) // 'number'
 */
export function leafKindAt(steps: readonly PathStep[]): LeafKind | undefined {
  let schema = unwrap(profileSchema as unknown as ZodLike);
  for (const step of steps) {
    const def = schema._zod.def;
    if (typeof step === 'number') {
      if (def.type !== 'array') return undefined;
      schema = unwrap(def.element as ZodLike);
    } else {
      if (def.type !== 'object') return undefined;
      const next = (def.shape as Record<string, ZodLike | undefined>)[step];
      if (next === undefined) return undefined;
      schema = unwrap(next);
    }
  }
  const type = schema._zod.def.type;
  if (type === 'number' || type === 'int') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'string' || type === 'enum' || type === 'literal' || type === 'template_literal')
    return 'string';
  return 'other';
}

/**
 * The profile path nearest to a mistyped one, written with the caller's list positions: the reference's
 * paths (docs/profile.md) are compared with `[n]` read as `[]`, and the positions are put back in order
 * (`[0]` where the caller gave none).
 *
 * @example
 * suggestPath('adress[1].line1') // 'addresses[1].line1'
 */
export function suggestPath(path: string): string | undefined {
  const indices = [...path.matchAll(/\[\s*(\d+)\s*\]/g)].map((match) => match[1]);
  const template = path.trim().replace(/\[\s*\d+\s*\]/g, '[]');
  const hint = suggest(template, profileFieldPaths());
  if (hint === undefined) return undefined;
  let next = 0;
  return hint.replace(/\[\]/g, () => `[${indices[next++] ?? 0}]`);
}

/**
 * Sets a value at a path in a record under construction, creating objects and arrays on the way.
 * Returns false when the path collides with a value already there (e.g. `name` and `name.full`).
 */
export function setPath(
  target: Record<string, unknown>,
  steps: readonly PathStep[],
  value: unknown,
): boolean {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < steps.length - 1; i += 1) {
    const step = steps[i] as PathStep;
    const nextIsIndex = typeof steps[i + 1] === 'number';
    let child = node[step];
    if (child === undefined) {
      child = nextIsIndex ? [] : {};
      node[step] = child;
    } else if (typeof child !== 'object' || child === null || Array.isArray(child) !== nextIsIndex)
      return false;
    node = child as Record<string | number, unknown>;
  }
  const last = steps[steps.length - 1] as PathStep;
  if (node[last] !== undefined) return false;
  node[last] = value;
  return true;
}
