import { compileHeader } from '../../../src/cli/input/columns.js';
import { suggestPath } from '../../../src/cli/input/profile-paths.js';

describe('suggestPath', () => {
  it('suggests the nearest profile path with the column\u2019s own list positions', () => {
    expect(suggestPath('adress[0].line1')).toBe('addresses[0].line1');
    expect(suggestPath('devices[2].usb[1].vendorid')).toBe('devices[2].usb[1].vendorId');
  });

  it('puts position 0 where the column left a list position out', () => {
    expect(suggestPath('addresses.line1')).toBe('addresses[0].line1');
  });

  it('suggests nothing for a header unlike any profile path', () => {
    expect(suggestPath('Full Name')).toBeUndefined();
  });
});

describe('compileHeader', () => {
  it('names the nearest profile path when a CSV header is mistyped', () => {
    expect(() => compileHeader(['id', 'adress[0].line1'], undefined)).toThrow(
      'CSV column "adress[0].line1": "adress[0].line1" is not a profile field path; did you mean "addresses[0].line1"? (every path is in docs/profile.md)',
    );
  });
});
