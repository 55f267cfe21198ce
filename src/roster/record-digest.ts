import * as crypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string, encoding: 'buffer') => Buffer;
// `crypto.hash` (Node 20.12+) skips the Hash object; older 20.x builds one.
const oneShot = (crypto as { hash?: OneShotHash }).hash;

/**
 * A text as a number: the first 48 bits of its SHA-1. A rereadable roster can give it as each record's
 * `version` (the digest of the record's text, or of what identifies an unchanged file), so that pass 2
 * knows the records it reads again for the ones it indexed. Two texts share one only by a collision of
 * 48 bits.
 *
 * @example
 * yield { position, ok: true, value: JSON.parse(line), version: recordDigest(line) };
 */
export function recordDigest(text: string): number {
  const bytes = oneShot ? oneShot('sha1', text, 'buffer') : crypto.createHash('sha1').update(text).digest();
  return bytes.readUIntBE(0, 6);
}
