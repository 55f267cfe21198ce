import { documentAddressMismatch } from '../../../src/rules/identity/document-address-mismatch.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const home = {
  purpose: 'home',
  line1: '123 North Main Street',
  line2: 'Apt 4B',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};
const withDocAddress = (address: Record<string, unknown>) => ({
  id: 'p1',
  addresses: [home],
  documents: [{ type: 'drivers-license', issuingRegion: 'IL', address }],
});

new RuleTester().run('document-address-mismatch', documentAddressMismatch, {
  valid: [
    {
      name: 'clear for the same address spelled differently',
      profile: withDocAddress({
        line1: '123 N MAIN ST APT 4B',
        city: 'SPRINGFIELD',
        region: 'IL',
        postalCode: '62701-1234',
      }),
    },
    {
      name: 'clear for the unit written with a hash',
      profile: withDocAddress({
        line1: '123 N. Main St. #4B',
        city: 'Springfield',
        region: 'Illinois',
        postalCode: '62701',
      }),
    },
    {
      name: 'clear when no document carries an address',
      profile: {
        id: 'p1',
        addresses: [home],
        documents: [
          { type: 'passport' },
          {
            type: 'drivers-license',
            address: {
              line1: '123 N Main St Apt 4B',
              city: 'Springfield',
              region: 'IL',
              postalCode: '62701',
            },
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'flags a document address in another city',
      profile: withDocAddress({
        line1: '77 Lake Shore Drive',
        city: 'Chicago',
        region: 'IL',
        postalCode: '60611',
      }),
      findings: [
        {
          messageId: 'differs',
          level: 'other-address',
          data: {
            document: 'driver\u2019s license (IL)',
            documentAddress: '77 Lake Shore Drive, Chicago, IL 60611',
            home: '123 North Main Street Apt 4B, Springfield, IL 62701',
          },
          path: 'documents[0].address',
          severity: 'low',
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without a home address',
      profile: {
        id: 'p1',
        addresses: [{ ...home, purpose: 'mailing' }],
        documents: [
          {
            type: 'passport',
            address: { line1: '1 Elm St', city: 'Dover', region: 'DE', postalCode: '19901' },
          },
        ],
      },
      missing: ['home address (addresses with purpose "home")'],
    },
    {
      name: 'skipped without a document address',
      profile: { id: 'p1', addresses: [home], documents: [{ type: 'passport' }] },
      missing: ['documents[].address'],
    },
  ],
});
