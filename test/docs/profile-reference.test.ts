import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyRule } from '../../src/engine/types.js';
import { allRules } from '../../src/rules/all.js';
import { interviewCameraOff } from '../../src/rules/hiring/interview-camera-off.js';
import {
  PROFILE_DOC,
  readExampleRoster,
  renderProfileReference,
  rulesReading,
  typeText,
} from '../../scripts/_lib/profile-reference.js';

const root = process.cwd();

describe('docs/profile.md', () => {
  it('is up to date with the schema and the rules (run npm run docs:profile when this fails)', () => {
    const page = readFileSync(join(root, PROFILE_DOC), 'utf8');
    expect(page).toBe(renderProfileReference(allRules, readExampleRoster(root)));
  });

  it('goes stale when a rule declares another path', () => {
    const page = renderProfileReference(allRules, readExampleRoster(root));
    const edited: AnyRule = {
      ...interviewCameraOff,
      meta: { ...interviewCameraOff.meta, reads: ['photoHash'] },
    };
    const others = allRules.filter((rule) => rule.id !== interviewCameraOff.id);
    expect(renderProfileReference([...others, edited], readExampleRoster(root))).not.toBe(page);
  });

  it('shows no identifier number from the example roster', () => {
    const page = readFileSync(join(root, PROFILE_DOC), 'utf8');
    expect(page).not.toMatch(/\d{3}-?\d{2}-?\d{4}|\b\d{9,}\b/);
  });
});

describe('rulesReading', () => {
  it('lists a rule for a field inside the one it declares and for the container around it', () => {
    const rules = allRules.filter((rule) => rule.id === 'ip-kvm-usb-device');
    expect(rulesReading('devices[].usb[].vendorId', rules)).toEqual(['ip-kvm-usb-device']);
    expect(rulesReading('devices', rules)).toEqual(['ip-kvm-usb-device']);
    expect(rulesReading('devices[].displays', rules)).toEqual([]);
  });
});

describe('typeText', () => {
  it('words a field from its JSON Schema', () => {
    expect(typeText({ type: 'number', minimum: -90, maximum: 90 })).toBe('number, -90 to 90');
    expect(typeText({ type: 'string', format: 'date' })).toBe('date, YYYY-MM-DD');
    expect(
      typeText({
        anyOf: [
          { type: 'integer', minimum: 0 },
          { type: 'string', pattern: '^x$' },
        ],
      }),
    ).toBe('integer \u2265 0 or text matching `^x$`');
  });
});
