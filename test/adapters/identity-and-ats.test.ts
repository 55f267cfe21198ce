import { fromBamboohr } from '../../src/adapters/bamboohr.js';
import { fromGreenhouse } from '../../src/adapters/greenhouse.js';
import { fromLever } from '../../src/adapters/lever.js';
import { fromPeople } from '../../src/adapters/people.js';
import { fromPersona } from '../../src/adapters/persona.js';
import { fixture } from './_fixture.js';

describe('persona adapter', () => {
  const result = fromPersona(fixture('persona-inquiries.json'));

  it('maps a passed government-id verification to documents[], keyed by reference-id and email-address', () => {
    expect(result.partials).toEqual([
      {
        source: 'persona',
        person: { employeeId: 'E-1002', email: 'lee.park@example.com' },
        profile: {
          documents: [
            {
              type: 'drivers-license',
              issuingCountry: 'US',
              number: 'D1234567',
              nameOnDocument: 'Lee J Park',
              dateOfBirth: '1991-04-18',
              address: {
                line1: '88 Oak Ave',
                line2: 'Unit 3',
                city: 'Dayton',
                region: 'OH',
                postalCode: '45402',
                country: 'US',
              },
              expiresOn: '2029-04-18',
              verification: { status: 'passed', method: 'automated', at: '2026-01-03T17:19:42.000Z' },
            },
          ],
        },
        where: { position: 0 },
        observedAt: '2026-01-03T17:20:00.000Z',
      },
    ]);
  });

  it('skips unfinished verifications and inquiries with no person, and reports other resources', () => {
    expect(result).toMatchObject({ records: 4, used: 1, skipped: 2 });
    expect(result.malformed).toEqual([{ source: 'persona', position: 3, reason: 'not a Persona inquiry' }]);
  });
});

describe('greenhouse adapter', () => {
  const result = fromGreenhouse(fixture('greenhouse-candidates.json'));
  const profile = result.partials[0]?.profile;

  it('keys a candidate by every e-mail address and maps name, e-mails and phones', () => {
    expect(result.partials[0]?.person).toEqual({
      email: 'rita.moss@example.com',
      emails: ['rita.m.home@example.net'],
    });
    expect(profile?.name).toEqual({ full: 'Rita Moss', given: 'Rita', family: 'Moss' });
    expect(profile?.emails).toEqual([
      { address: 'Rita.Moss@example.com', purpose: 'work' },
      { address: 'rita.m.home@example.net', purpose: 'personal' },
    ]);
    expect(profile?.phones).toEqual([
      { number: '+1 404 555 0142', purpose: 'mobile' },
      { number: 'rita.moss', purpose: 'other' },
    ]);
  });

  it('parses free-text addresses with the address normaliser, keeping foreign ones as text', () => {
    expect(profile?.addresses).toEqual([
      {
        purpose: 'home',
        line1: '1200 PEACHTREE ST NE',
        line2: 'APT 5C',
        city: 'ATLANTA',
        region: 'GA',
        postalCode: '30309',
        country: 'US',
      },
      { purpose: 'other', line1: 'Rua Augusta 100, Lisboa, Portugal', country: 'PT' },
    ]);
  });

  it('maps links, employments and educations', () => {
    expect(profile?.onlinePresence).toEqual([
      { platform: 'linkedin', handle: 'https://www.linkedin.com/in/rita-moss-example' },
      { platform: 'github', handle: 'https://github.com/rita-moss-example' },
    ]);
    expect(profile?.employment).toEqual({
      workHistory: [{ employer: 'Example Corp', start: '2019-02-01' }],
      education: [{ institution: 'Example State University', graduationYear: 2018 }],
    });
  });

  it('skips a candidate without e-mail and counts one without an id as malformed', () => {
    expect(result).toMatchObject({ records: 3, used: 1, skipped: 1 });
    expect(result.malformed).toEqual([{ source: 'greenhouse', position: 2, reason: 'no candidate id' }]);
  });
});

describe('lever adapter', () => {
  const result = fromLever(fixture('lever-opportunities.json'));

  it('reads epoch-millisecond times and maps e-mails, phones and links', () => {
    expect(result.partials[0]).toMatchObject({
      person: { email: 'sam.okafor@example.com', emails: ['sam.o@example.org'] },
      observedAt: '2025-12-02T11:00:00.000Z',
      profile: {
        kind: 'candidate',
        name: { full: 'Sam Okafor' },
        phones: [{ number: '+1 512 555 0199', purpose: 'mobile' }],
        onlinePresence: [{ platform: 'linkedin', handle: 'https://www.linkedin.com/in/sam-okafor-example' }],
      },
    });
  });

  it('takes the location as a claimed place, naming a country only when it is spelled out', () => {
    expect(result.partials.map((p) => p.profile.claimed)).toEqual([
      { city: 'Austin', region: 'TX' },
      { country: 'PT', city: 'Lisbon' },
    ]);
    expect(result.malformed).toEqual([{ source: 'lever', position: 2, reason: 'no opportunity id' }]);
  });
});

describe('bamboohr adapter', () => {
  const result = fromBamboohr(fixture('bamboohr-employees.json'));

  it('maps an employee: number, name, birth date, e-mails, phones, home address and hire date', () => {
    expect(result.partials[0]).toMatchObject({
      person: { employeeId: 'E-1001', email: 'dana.reyes@example.com', emails: ['dana.r@example.net'] },
      profile: {
        kind: 'employee',
        name: { full: 'Dana Reyes', given: 'Dana', family: 'Reyes' },
        dateOfBirth: '1990-07-14',
        phones: [{ number: '+1 614 555 0101', purpose: 'mobile' }],
        addresses: [
          {
            purpose: 'home',
            line1: '45 Elm St',
            city: 'Columbus',
            region: 'OH',
            postalCode: '43004',
            country: 'US',
          },
        ],
        employment: { startDate: '2025-12-01' },
      },
    });
  });

  it('turns country names into codes, reads 0000-00-00 as no date and counts a row with no id', () => {
    expect(result.partials[1]?.profile).toEqual({
      kind: 'employee',
      name: { full: 'Kim Lee', given: 'Kim', family: 'Lee' },
      emails: [{ address: 'kim.lee@example.com', purpose: 'work' }],
      addresses: [{ purpose: 'home', city: 'Seoul', country: 'KR' }],
    });
    expect(result.malformed).toEqual([
      { source: 'bamboohr', position: 2, reason: 'no employeeNumber or id' },
    ]);
  });
});

describe('people adapter', () => {
  it('keys profile-shaped rows by id and e-mails and passes the rest through', () => {
    const result = fromPeople([
      { id: 'E-1001', emails: [{ address: 'Dana.Reyes@example.com' }], dateOfBirth: '1990-07-14' },
      { name: { full: 'Nobody' } },
    ]);
    expect(result.partials).toEqual([
      {
        source: 'people',
        person: { employeeId: 'E-1001', email: 'dana.reyes@example.com' },
        profile: { emails: [{ address: 'Dana.Reyes@example.com' }], dateOfBirth: '1990-07-14' },
        where: { position: 0 },
      },
    ]);
    expect(result.malformed).toEqual([
      { source: 'people', position: 1, reason: 'no id and no emails[].address' },
    ]);
  });
});
