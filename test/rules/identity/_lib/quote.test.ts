import { quoteSafely } from '../../../../src/rules/identity/_lib/quote.js';
import { parseProfile } from '../../../../src/schema/parse.js';

const profile = parseProfile({
  id: 'p1',
  nationalIds: [{ type: 'us-ssn', value: '524-71-9384' }],
  documents: [{ type: 'passport', number: 'X40007919' }],
  payroll: { accounts: [{ accountNumber: '0012345678' }] },
});

describe('quoteSafely', () => {
  it('quotes ordinary text as it is', () => {
    expect(quoteSafely('(512) 555-0142', profile)).toBe('(512) 555-0142');
  });

  it.each([
    ['524/71/9384', '****9384'],
    ['524_71_9384', '****9384'],
    ['\uff15\uff12\uff14\uff17\uff11\uff19\uff13\uff18\uff14', '****9384'],
    ['x40007919@', '****7919'],
    ['Account 0012345678', '****5678'],
  ])('masks %s, which holds an identifier of the profile', (text, masked) => {
    expect(quoteSafely(text, profile)).toBe(masked);
  });

  it('ignores identifiers too short to be one', () => {
    const short = parseProfile({ id: 'p2', documents: [{ type: 'other', number: '1234' }] });
    expect(quoteSafely('Suite 1234', short)).toBe('Suite 1234');
  });
});
