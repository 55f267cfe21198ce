/**
 * Compares texts in a collator's order from ranks it keeps for the texts it has seen. Screenings sort
 * their data gaps by field, and the fields are the same few dozen sentences in screening after
 * screening, which the collator compared afresh each time: about 5 µs of a screening
 * (docs/performance.md). The first `limit` distinct texts get a rank; any other is compared by the
 * collator itself, which gives the same order, so a rule whose skip messages vary cannot grow this.
 *
 * @example
 * const ranks = new CollationRanks(new Intl.Collator());
 * ['b', 'a'].sort(ranks.compare); // ['a', 'b'], as the collator sorts them
 */
export class CollationRanks {
  /** Every ranked text, in collation order. */
  private readonly sorted: string[] = [];
  /** Each ranked text's rank: equal for texts the collator calls equal. */
  private readonly ranks = new Map<string, number>();

  constructor(
    private readonly collator: Intl.Collator,
    private readonly limit = 500,
  ) {}

  /** `collator.compare`, answered from ranks where both texts have one. */
  readonly compare = (a: string, b: string): number => {
    if (a === b) return 0;
    // Both ranked before either is read: ranking a text renumbers those after it.
    this.rank(a);
    this.rank(b);
    const rankA = this.ranks.get(a);
    const rankB = this.ranks.get(b);
    if (rankA === undefined || rankB === undefined) return this.collator.compare(a, b);
    return rankA - rankB;
  };

  private rank(text: string): void {
    if (!this.ranks.has(text) && this.sorted.length < this.limit) this.insert(text);
  }

  /** Adds a text in its place and numbers every text again: rare, since the texts repeat. */
  private insert(text: string): void {
    const { sorted, collator } = this;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (collator.compare(sorted[middle] as string, text) < 0) low = middle + 1;
      else high = middle;
    }
    sorted.splice(low, 0, text);
    let rank = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && collator.compare(sorted[i - 1] as string, sorted[i] as string) !== 0) rank++;
      this.ranks.set(sorted[i] as string, rank);
    }
  }
}
