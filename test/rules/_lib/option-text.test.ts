import { optionText } from '../../../src/rules/_lib/option-text.js';

describe('optionText', () => {
  it('builds the text once per pair of values, and again when they change', () => {
    const calls: Array<[number, number]> = [];
    const text = optionText((a, b) => {
      calls.push([a, b]);
      return `at least ${a} in ${b} days`;
    });
    expect(text(5, 30)).toBe('at least 5 in 30 days');
    expect(text(5, 30)).toBe('at least 5 in 30 days');
    expect(text(5, 14)).toBe('at least 5 in 14 days');
    expect(text(2, 14)).toBe('at least 2 in 14 days');
    expect(text(2, 14)).toBe('at least 2 in 14 days');
    expect(calls).toEqual([
      [5, 30],
      [5, 14],
      [2, 14],
    ]);
  });

  it('builds on the first call whatever the values, zero included', () => {
    const text = optionText((a) => `activity in the last ${a} days`);
    expect(text(0)).toBe('activity in the last 0 days');
    expect(text(14)).toBe('activity in the last 14 days');
  });
});
