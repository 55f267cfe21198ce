import { emailMalformed } from '../../../src/rules/contact/email-malformed.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const emails = (...addresses: string[]) => ({ id: 'p1', emails: addresses.map((address) => ({ address })) });

new RuleTester().run('email-malformed', emailMalformed, {
  valid: [
    { name: 'clear for an ordinary address', profile: emails('jane.doe@gmail.com') },
    { name: 'clear for a plus tag and capitals', profile: emails('Jane.Doe+jobs@GMail.com') },
    { name: 'clear for an internationalised domain', profile: emails('jose@correo.españa.es') },
  ],
  invalid: [
    {
      name: 'flags an address without a domain',
      profile: emails('janedoe@'),
      findings: [
        {
          messageId: 'malformed',
          level: 'undeliverable',
          data: { address: 'janedoe@' },
          path: 'emails[0].address',
          severity: 'low',
        },
      ],
    },
    {
      name: 'flags doubled dots in the local part',
      profile: emails('jane..doe@gmail.com'),
      findings: [
        { messageId: 'malformed', level: 'undeliverable', data: { address: 'jane..doe@gmail.com' } },
      ],
    },
    {
      name: 'flags a domain without a top-level part',
      profile: emails('jane.doe@gmail.com', 'jane@gmail'),
      findings: [
        {
          messageId: 'malformed',
          level: 'undeliverable',
          data: { address: 'jane@gmail' },
          path: 'emails[1].address',
        },
      ],
    },
  ],
  skipped: [
    { name: 'skipped without e-mail addresses', profile: { id: 'p1', emails: [] }, missing: ['emails'] },
  ],
});
