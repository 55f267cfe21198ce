/**
 * The distinct strings added, counted like a `Set<string>` but holding a single value in a field until
 * a second distinct one arrives: most of what a roster counts (people behind one home line, recipients
 * at one address) has one value, and a Set per key cost the baseline learner over 1 KB per profile.
 *
 * @example
 * const people = new Distinct();
 * people.add('p1'); people.add('p1'); people.add('p2');
 * people.size; // 2
 */
export class Distinct {
  private first: string | undefined;
  private rest: Set<string> | undefined;

  add(value: string): void {
    if (this.rest) this.rest.add(value);
    else if (this.first === undefined) this.first = value;
    else if (value !== this.first) this.rest = new Set([this.first, value]);
  }

  get size(): number {
    return this.rest ? this.rest.size : this.first === undefined ? 0 : 1;
  }
}
