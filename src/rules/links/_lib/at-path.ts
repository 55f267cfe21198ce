import type { Profile } from '../../../schema/profile.js';

/**
 * The value at a link match's path on the profile (`devices[0].shippedTo`, `logins[3].ip`), so a rule
 * can ask about the shared value itself; undefined when the path leads nowhere.
 *
 * @example
 * valueAt({ id: 'p', logins: [{ ip: '203.0.113.9' }] }, 'logins[0].ip') // '203.0.113.9'
 */
export function valueAt(profile: Profile, path: string): unknown {
  let value: unknown = profile;
  for (const step of path.split(/[.[\]]+/)) {
    if (step === '') continue;
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}
