import { disposableEmailDomain } from '../../../src/rules/contact/disposable-email-domain.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const emails = (...addresses: string[]) => ({ id: 'p1', emails: addresses.map((address) => ({ address })) });

new RuleTester().run('disposable-email-domain', disposableEmailDomain, {
  valid: [
    { name: 'clear for Gmail', profile: emails('jane.doe@gmail.com') },
    { name: 'clear for a company domain', profile: emails('jane@acme-corp.com') },
    { name: 'clear for a malformed address (another rule reports it)', profile: emails('jane@@mailinator') },
  ],
  invalid: [
    {
      name: 'flags a Mailinator address',
      profile: emails('jane.doe@gmail.com', 'jdoe2291@Mailinator.com'),
      findings: [
        {
          messageId: 'disposable',
          level: 'disposable-domain',
          data: { address: 'jdoe2291@mailinator.com', domain: 'mailinator.com' },
          path: 'emails[1].address',
          severity: 'medium',
          evidence: { domain: 'mailinator.com' },
        },
      ],
    },
    {
      name: 'flags a Guerrilla Mail address',
      profile: emails('dev@guerrillamail.com'),
      findings: [
        {
          messageId: 'disposable',
          level: 'disposable-domain',
          data: { address: 'dev@guerrillamail.com', domain: 'guerrillamail.com' },
        },
      ],
    },
  ],
  skipped: [{ name: 'skipped without e-mail addresses', profile: { id: 'p1' }, missing: ['emails'] }],
});
