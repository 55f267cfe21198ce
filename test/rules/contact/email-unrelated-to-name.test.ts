import { emailUnrelatedToName } from '../../../src/rules/contact/email-unrelated-to-name.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const person = (name: string | Record<string, unknown>, address: string, purpose?: string) => ({
  id: 'p1',
  name: typeof name === 'string' ? { full: name } : name,
  emails: [{ address, ...(purpose ? { purpose } : {}) }],
});

new RuleTester().run('email-unrelated-to-name', emailUnrelatedToName, {
  valid: [
    { name: 'clear for first.last', profile: person('Jane Doe', 'jane.doe@gmail.com') },
    { name: 'clear for initial and surname with digits', profile: person('Jane Doe', 'jdoe1990@gmail.com') },
    { name: 'clear for a nickname', profile: person('Robert Smith', 'bob.smith@outlook.com') },
    { name: 'clear for diacritics in the name', profile: person('José Álvarez', 'jose.alvarez@yahoo.com') },
    { name: 'clear for family name first', profile: person('Wei Zhang', 'zhangwei88@gmail.com') },
    {
      name: 'clear for a married name kept in the address',
      profile: person(
        { full: 'Jennifer Walsh', aliases: ['Jennifer Kowalski'] },
        'jennifer.kowalski@gmail.com',
      ),
    },
    {
      name: 'clear for a work address (not personal)',
      profile: person('Jane Doe', 'dev-team@acme-corp.com', 'work'),
    },
    {
      name: 'clear for a malformed address (another rule reports it)',
      profile: person('Jane Doe', 'darkknight@'),
    },
  ],
  invalid: [
    {
      name: 'flags a handle with nothing of the name',
      profile: person('Jane Doe', 'darkknight@gmail.com'),
      findings: [
        {
          messageId: 'unrelated',
          level: 'unrelated-handle',
          data: { address: 'darkknight@gmail.com', name: 'Jane Doe' },
          path: 'emails[0].address',
          severity: 'info',
          evidence: { similarity: 0.2 },
        },
      ],
    },
    {
      name: 'flags a personal address explicitly marked personal',
      profile: person('John Smith', 'coolcoder99@proton.me', 'personal'),
      findings: [
        {
          messageId: 'unrelated',
          level: 'unrelated-handle',
          data: { address: 'coolcoder99@proton.me', name: 'John Smith' },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without a name',
      profile: { id: 'p1', emails: [{ address: 'darkknight@gmail.com' }] },
      missing: ['name.full'],
    },
    {
      name: 'skipped without e-mail addresses',
      profile: { id: 'p1', name: { full: 'Jane Doe' } },
      missing: ['emails'],
    },
  ],
});
