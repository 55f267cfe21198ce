import { ensure, ensureBytes } from './columns.js';
import { hash32 } from './hash.js';

const SEED = 0x2c1b3c6d;
const EMPTY = 0;
/** A slot whose id was deleted: lookups probe past it, inserts may take it. */
const DELETED = -1;
/** Per number in `records`: where its text starts, its length in code units × 2 + 1 if wide, its hash. */
const RECORD = 3;

/**
 * Profile ids numbered in the order given, kept in one byte buffer (Latin-1 when every code unit of the
 * id fits a byte, which ids nearly always do, else UTF-16) with an open-addressing table over them: a
 * million ids are a few typed arrays rather than a million strings and a `Map` the garbage collector
 * must walk on every young collection (docs/performance.md, *Thirteenth round*). Numbers are never
 * reused; a forgotten number keeps its text for `idOf`.
 *
 * @example
 * const ids = new IdTable();
 * ids.add('cand-1'); // 0
 * ids.numberOf('cand-1'); // 0
 * ids.idOf(0); // 'cand-1'
 */
export class IdTable {
  private bytes: Buffer = Buffer.alloc(4096);
  private bytesUsed = 0;
  private records = new Uint32Array(0);
  /** Pairs: number + 1 (or `EMPTY`, `DELETED`), then the id's hash, read together on a probe. */
  private slots = new Int32Array(32);
  /** Slots not `EMPTY`, deleted ones included: they lengthen probes until the table is rebuilt. */
  private taken = 0;
  private count = 0;

  /** Ids ever added, forgotten ones included. */
  get size(): number {
    return this.count;
  }

  /** Numbers `id` (the next number); an id held already moves to the new number, as `Map.set` would. */
  add(id: string): number {
    const number = this.count++;
    // Signed, as the slots keep it; the record's unsigned copy has the same low bits for `forget`.
    const hash = hash32(id, SEED) | 0;
    const wide = isWide(id);
    const start = this.bytesUsed;
    this.bytesUsed += wide ? id.length * 2 : id.length;
    this.bytes = ensureBytes(this.bytes, start, this.bytesUsed);
    this.bytes.write(id, start, wide ? 'utf16le' : 'latin1');
    this.records = ensure(this.records, this.count * RECORD);
    this.records[number * RECORD] = start;
    this.records[number * RECORD + 1] = id.length * 2 + (wide ? 1 : 0);
    this.records[number * RECORD + 2] = hash;
    const held = this.slotOf(id, hash);
    if (held >= 0) {
      this.slots[held] = number + 1;
      return number;
    }
    if ((this.taken + 1) * 2 > this.slots.length / 2) this.rebuild();
    this.put(number, hash);
    return number;
  }

  /** The number of a held id, or undefined. */
  numberOf(id: string): number | undefined {
    const slot = this.slotOf(id, hash32(id, SEED) | 0);
    return slot < 0 ? undefined : (this.slots[slot] as number) - 1;
  }

  /** Forgets a number's id for lookups (`numberOf`); `idOf` still answers for the number. */
  forget(number: number): void {
    const mask = this.slots.length / 2 - 1;
    for (let at = (this.records[number * RECORD + 2] as number) & mask; ; at = (at + 1) & mask) {
      const value = this.slots[at * 2] as number;
      if (value === EMPTY) return;
      if (value === number + 1) {
        this.slots[at * 2] = DELETED;
        return;
      }
    }
  }

  idOf(number: number): string {
    const start = this.records[number * RECORD] as number;
    const shape = this.records[number * RECORD + 1] as number;
    const units = shape >>> 1;
    return shape & 1
      ? this.bytes.toString('utf16le', start, start + units * 2)
      : this.bytes.toString('latin1', start, start + units);
  }

  /** The index in `slots` of the slot holding `id`, or -1. */
  private slotOf(id: string, hash: number): number {
    const mask = this.slots.length / 2 - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const value = this.slots[at * 2] as number;
      if (value === EMPTY) return -1;
      if (value !== DELETED && this.slots[at * 2 + 1] === hash && this.holds(value - 1, id)) return at * 2;
    }
  }

  private holds(number: number, id: string): boolean {
    const shape = this.records[number * RECORD + 1] as number;
    if (shape >>> 1 !== id.length) return false;
    const start = this.records[number * RECORD] as number;
    const { bytes } = this;
    if (shape & 1) {
      for (let i = 0; i < id.length; i++)
        if (bytes.readUInt16LE(start + i * 2) !== id.charCodeAt(i)) return false;
    } else for (let i = 0; i < id.length; i++) if (bytes[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  /** Puts a number in the first free slot of its probe. */
  private put(number: number, hash: number): void {
    const mask = this.slots.length / 2 - 1;
    let at = hash & mask;
    while ((this.slots[at * 2] as number) > EMPTY) at = (at + 1) & mask;
    if (this.slots[at * 2] === EMPTY) this.taken++;
    this.slots[at * 2] = number + 1;
    this.slots[at * 2 + 1] = hash;
  }

  /** Rehashes the held numbers into a table at most a quarter full, dropping deleted slots. */
  private rebuild(): void {
    const old = this.slots;
    let held = 0;
    for (let i = 0; i < old.length; i += 2) if ((old[i] as number) > EMPTY) held++;
    let capacity = 16;
    while (capacity < (held + 1) * 4) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.taken = 0;
    for (let i = 0; i < old.length; i += 2)
      if ((old[i] as number) > EMPTY) this.put((old[i] as number) - 1, old[i + 1] as number);
  }
}

/** Whether a text has a code unit above 0xFF, which Latin-1 cannot hold. */
function isWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}
