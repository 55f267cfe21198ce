import { z } from 'zod';
import { profileSchema } from './profile.js';

/** The part of a JSON Schema node that zod writes for the profile and that the profile reference reads. */
export interface FieldSchema {
  type?: string | string[];
  enum?: readonly unknown[];
  format?: string;
  pattern?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  anyOf?: readonly FieldSchema[];
  items?: FieldSchema;
  properties?: Readonly<Record<string, FieldSchema>>;
  required?: readonly string[];
}

/** One path of the profile, in the form `meta.requires` uses: `addresses[].line1`. */
export interface ProfileField {
  /** `[]` stands for every item of a list: `devices[].usb[].vendorId`. */
  path: string;
  /** What zod says the field accepts (its input side), as JSON Schema. */
  schema: FieldSchema;
  /** Whether the field must be present when its parent object is. */
  required: boolean;
}

/** Which keys an object of the profile may carry, and what lies below each; lists step into `item`. */
export interface KeyNode {
  readonly keys: ReadonlyMap<string, KeyNode> | undefined;
  readonly item: KeyNode | undefined;
}

const LEAF: KeyNode = Object.freeze({ keys: undefined, item: undefined });

let fields: readonly ProfileField[] | undefined;
let tree: KeyNode | undefined;

// Built on first use, not at import: the library computes nothing at import time, and only the docs
// generator and the "did you mean" of a bad CSV column need the JSON Schema.
function profileJsonSchema(): FieldSchema {
  return z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }) as FieldSchema;
}

function collect(schema: FieldSchema, path: string, required: boolean, out: ProfileField[]): void {
  if (path !== '') out.push({ path, schema, required });
  if (schema.properties) {
    const needed = new Set(schema.required ?? []);
    for (const [key, child] of Object.entries(schema.properties))
      collect(child, path === '' ? key : `${path}.${key}`, needed.has(key), out);
  } else if (schema.items) collect(schema.items, `${path}[]`, true, out);
}

interface ZodDef {
  type: string;
  innerType?: ZodLike;
  in?: ZodLike;
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
}
interface ZodLike {
  _zod: { def: ZodDef };
}

// Read from zod's definitions rather than the JSON Schema: the screener builds this tree on its first
// screening, and z.toJSONSchema of the profile takes tens of milliseconds (38-70 ms on the 2-core dev
// machine) where this walk takes well under one.
function nodeOf(schema: ZodLike): KeyNode {
  let def = schema._zod.def;
  for (let depth = 0; depth < 20; depth++) {
    const inner = def.type === 'pipe' ? def.in : def.innerType;
    if (inner === undefined) break;
    def = inner._zod.def;
  }
  if (def.type === 'object' && def.shape) {
    const keys = new Map<string, KeyNode>();
    for (const [key, child] of Object.entries(def.shape)) keys.set(key, nodeOf(child));
    return { keys, item: undefined };
  }
  if (def.type === 'array' && def.element) return { keys: undefined, item: nodeOf(def.element) };
  return LEAF;
}

/**
 * Every path of the profile schema, parents before their children, in the schema's order. The profile
 * reference (docs/profile.md), the CSV column checks and the unknown-key notes all read this one list.
 *
 * @example
 * profileFields().find((field) => field.path === 'addresses[].country')?.schema.pattern // '^[A-Za-z]{2}$'
 */
export function profileFields(): readonly ProfileField[] {
  if (fields === undefined) {
    const out: ProfileField[] = [];
    collect(profileJsonSchema(), '', true, out);
    fields = Object.freeze(out);
  }
  return fields;
}

/**
 * The paths of {@link profileFields}, e.g. `addresses[].line1`.
 *
 * @example
 * profileFieldPaths().includes('devices[].usb[].vendorId') // true
 */
export function profileFieldPaths(): string[] {
  return profileFields().map((field) => field.path);
}

/**
 * The profile's keys as a tree, for walking a record beside the schema.
 *
 * @example
 * profileKeyTree().keys?.get('addresses')?.item?.keys?.has('line1') // true
 */
export function profileKeyTree(): KeyNode {
  tree ??= nodeOf(profileSchema as unknown as ZodLike);
  return tree;
}
