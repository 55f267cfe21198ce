import { z } from 'zod';
import { profileSchema } from '../profile.js';

let compiled: typeof profileSchema | undefined;

/**
 * The profile schema with zod's generated fast path (`z.compile`): the same schema object's definition,
 * so zod stays the single source. A record the fast path accepts is parsed by generated code; anything
 * it does not accept goes to zod's runtime parser, so a rejection keeps zod's issues, paths and messages
 * exactly (test/schema/compiled-profile.property.test.ts holds the two equal on random records).
 *
 * Validation was 1.5 s of a 12.8 s 10k-profile roster (CPU profile, issue 16); parse + validation of
 * 3,000 scenario lines went from 330-400 ms to 140-150 ms with the fast path, JSON.parse being 95 ms.
 *
 * Compiled on first use, not at import: the library does no work when it is loaded. Where code
 * generation is refused (`new Function` under a strict CSP), `z.compile` hands back the schema itself.
 */
export function compiledProfileSchema(): typeof profileSchema {
  compiled ??= z.compile(profileSchema);
  return compiled;
}
