import { learningFactsOf, type LearningFacts } from '../../../engine/_lib/learning-facts.js';
import type { Issue } from '../../../errors.js';
import type { LinkEntry } from '../../../links/link-entry.js';
import type { LinkIndex } from '../../../links/link-index.js';
import { validateProfile, type ParseOptions } from '../../../schema/parse.js';

/** A record as the first pass of a roster keeps it: the profile's link entry and learning facts, or why it is invalid. */
export type IndexedRecord =
  | { ok: true; entry: LinkEntry; facts: LearningFacts | undefined }
  | { ok: false; profileId: string | undefined; issues: Issue[] };

/**
 * Validates one record as a roster's first pass does (only as far as the index needs, nothing
 * remembered) and fingerprints it with `index`, which it does not add to: the same work in a worker
 * thread and in the main thread, so either may take any record.
 *
 * @example
 * const indexed = indexRecord(index, JSON.parse(line), { position: 0 }, true);
 * if (indexed.ok) index.addEntry(indexed.entry);
 */
export function indexRecord(
  index: LinkIndex,
  record: unknown,
  options: ParseOptions,
  learn: boolean,
): IndexedRecord {
  const parsed = validateProfile(record, options, false, true);
  if (!parsed.success)
    return { ok: false, profileId: parsed.error.profileId, issues: [...parsed.error.issues] };
  const profile = parsed.data;
  return { ok: true, entry: index.entryOf(profile, 0), facts: learn ? learningFactsOf(profile) : undefined };
}
