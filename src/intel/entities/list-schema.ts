import { z } from 'zod';
import type { SourceKey } from '../catalogs/types.js';

/** One known entity as a list file or a rule option gives it; the optional lists default to empty. */
export const knownEntitySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['organization', 'individual', 'domain']),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  domains: z.array(z.string()).default([]),
  programs: z.array(z.string()).default([]),
  sources: z
    .array(z.custom<SourceKey>((value) => typeof value === 'string' && /^S\d+$/.test(value)))
    .default([]),
  note: z.string().optional(),
});

/**
 * A known-entity list (`KnownEntityList`) as JSON or JavaScript gives it: what `--entities` reads and
 * the `known-entity-match` rule's `lists` option takes.
 */
export const knownEntityListSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(['sanctions', 'case']),
  asOf: z.iso.date().optional(),
  entities: z.array(knownEntitySchema),
});
