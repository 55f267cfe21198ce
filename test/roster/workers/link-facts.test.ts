import { linkFactsOf } from '../../../src/roster/workers/_lib/link-facts.js';
import { parseProfile } from '../../../src/schema/parse.js';
import { indexOf } from '../../rules/links/_lib/index-of.js';

// An applicant, and a candidate who gives that applicant's own number as a reference.
const index = indexOf([
  { id: 'a1', name: { full: 'Ari Applicant' }, phones: [{ number: '+1 415 555 0101' }] },
]);
const candidate = parseProfile({
  id: 'c1',
  name: { full: 'Cam Candidate' },
  references: [{ name: 'Ari', phone: '(415) 555-0101' }],
});

describe('linkFactsOf', () => {
  it("asks about a profile's references' stand-ins, so a worker's reference-contact-shared sees them", () => {
    const facts = linkFactsOf(index, candidate);
    const probes = Object.values(facts.probes ?? {});
    expect(probes.map((byContact) => Object.keys(byContact))).toEqual([['phone']]);
    expect(probes[0]?.phone?.map((match) => match.profileIds)).toEqual([['a1']]);
  });

  it('asks nothing about references when the rule set is known not to read them', () => {
    expect(linkFactsOf(index, candidate, { referenceProbes: false })).toEqual({});
  });
});
