import fc from 'fast-check';
import { ResumeSigner, resumeSignature } from '../../src/links/minhash.js';

const word = fc.constantFrom(
  'react',
  'node',
  'senior',
  'engineer',
  'Zürich',
  'データ',
  '𝔘nicode',
  'api',
  '2019',
);
const text = fc.array(word, { minLength: 0, maxLength: 400 }).map((words) => words.join(' '));

describe('ResumeSigner', () => {
  it('signs each text as a new signer does, whatever it signed before (its buffer is its own)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const signer = new ResumeSigner();
        for (const value of texts) expect(signer.sign(value)).toEqual(resumeSignature(value));
      }),
      { numRuns: 60 },
    );
  });
});
