import { recordValue } from '../../../_lib/json-text.js';
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
 * Reads one record as a roster's first pass does (its value, or its JSON text parsed), validates it
 * only as far as the index needs, remembering nothing, and fingerprints it with `index`, which it does
 * not add to: the same work in a worker thread and in the main thread, so either may take any record.
 *
 * @example
 * const indexed = indexRecord(index, { text: line }, { position: 0 }, true);
 * if (indexed.ok) index.addEntry(indexed.entry);
 */
export function indexRecord(
  index: LinkIndex,
  record: { value?: unknown; text?: string },
  options: ParseOptions,
  learn: boolean,
): IndexedRecord {
  const read = recordValue(record);
  if (!read.ok) return { ok: false, profileId: undefined, issues: read.issues };
  const parsed = validateProfile(read.value, options, false, true);
  if (!parsed.success)
    return { ok: false, profileId: parsed.error.profileId, issues: [...parsed.error.issues] };
  const profile = parsed.data;
  return { ok: true, entry: index.entryOf(profile, 0), facts: learn ? learningFactsOf(profile) : undefined };
}
