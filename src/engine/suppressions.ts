import { z } from 'zod';
import { isoDate } from '../schema/primitives.js';
import { ConfigError, formatPath } from '../errors.js';
import type { Suppression } from './types.js';

const suppressionSchema = z.object({
  profileId: z.string().min(1),
  ruleId: z.string().min(1),
  reason: z.string().min(1, 'must say why the finding is a false positive'),
  reviewer: z.string().min(1, 'must name who reviewed it'),
  expiresOn: isoDate,
});

/**
 * Validates suppressions up front and returns a lookup of the ones in force for a profile at a time.
 * A suppression applies through the end of its `expiresOn` day (UTC).
 */
export function compileSuppressions(
  suppressions: readonly Suppression[],
): (profileId: string, now: Date) => ReadonlyMap<string, Suppression> {
  const parsed = z.array(suppressionSchema).safeParse(suppressions);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        path: `suppressions${formatPath(issue.path).replace(/^(?=[^[])/, '.')}`,
        code: issue.code,
        message: issue.message,
      })),
    );
  }
  const byProfile = new Map<string, Suppression[]>();
  for (const s of parsed.data) byProfile.set(s.profileId, [...(byProfile.get(s.profileId) ?? []), s]);
  const none: ReadonlyMap<string, Suppression> = new Map();
  return (profileId, now) => {
    const mine = byProfile.get(profileId);
    if (mine === undefined) return none;
    const active = new Map<string, Suppression>();
    const today = now.toISOString().slice(0, 10);
    for (const s of mine) if (s.expiresOn >= today) active.set(s.ruleId, s);
    return active;
  };
}
