import { postingPid } from '../posting-code.js';
import { ensure } from './columns.js';
import { TextPool } from './text-pool.js';

/** The smallest block a list gets: a list is born when a second profile shares a key. */
const FIRST_CLASS_ROOM = 2;

/**
 * The posting lists of shared keys, kept in one growable `Int32Array` of blocks rather than one JS
 * array per key, with each key's space and display beside them: a million-profile index holds about a
 * million such lists, and as JS objects they made each young collection next to it about half as long
 * again (docs/performance.md, *Thirteenth round*). A list lives in a block of a power-of-two size; a
 * list that outgrows its block moves to one twice the size, and blocks given up are reused by size.
 *
 * @example
 * const lists = new PostingLists();
 * const list = lists.create(8, 17, 1, '5 Elm St');
 * lists.append(list, 24);
 * lists.codes(list); // Int32Array [8, 17, 24]
 */
export class PostingLists {
  private pool = new Int32Array(1024);
  private poolUsed = 0;
  private start = new Uint32Array(0);
  private length = new Uint32Array(0);
  /** A block's size class: its room is `FIRST_CLASS_ROOM << class`. */
  private sizeClass = new Uint8Array(0);
  private space = new Uint8Array(0);
  private readonly displays = new TextPool();
  /** Blocks given up, by size class. */
  private readonly freeBlocks: number[][] = [];
  /** List numbers given up, to be handed out again. */
  private readonly freeLists: number[] = [];
  private count = 0;

  /** A new list of two codes, for a key of `space` shown as `display`; returns its number. */
  create(first: number, second: number, space: number, display: string): number {
    const reused = this.freeLists.pop();
    const list = reused ?? this.count++;
    if (reused === undefined) {
      this.start = ensure(this.start, this.count);
      this.length = ensure(this.length, this.count);
      this.sizeClass = ensure(this.sizeClass, this.count);
      this.space = ensure(this.space, this.count);
      // A new list's number is the pool's next handle: both count up together, one text per list.
      this.displays.put(display);
    } else this.displays.set(list, display);
    const start = this.allocate(0);
    this.pool[start] = first;
    this.pool[start + 1] = second;
    this.start[list] = start;
    this.length[list] = 2;
    this.sizeClass[list] = 0;
    this.space[list] = space;
    return list;
  }

  /**
   * A list's codes as a view of the pool, valid until the next change to any list (a change may move
   * the pool); a caller that keeps codes copies them.
   */
  codes(list: number): Int32Array {
    const start = this.start[list] as number;
    return this.pool.subarray(start, start + (this.length[list] as number));
  }

  /** ORs `flags` into `pid`'s code in a list; false when `pid` has none there. */
  addFlags(list: number, pid: number, flags: number): boolean {
    const start = this.start[list] as number;
    const end = start + (this.length[list] as number);
    for (let i = start; i < end; i++) {
      if (postingPid(this.pool[i] as number) === pid) {
        this.pool[i] = (this.pool[i] as number) | flags;
        return true;
      }
    }
    return false;
  }

  /** Adds a code at a list's end, moving the list to a larger block when its own is full. */
  append(list: number, code: number): void {
    const length = this.length[list] as number;
    const sizeClass = this.sizeClass[list] as number;
    if (length === FIRST_CLASS_ROOM << sizeClass) {
      const from = this.start[list] as number;
      const to = this.allocate(sizeClass + 1);
      this.pool.copyWithin(to, from, from + length);
      this.giveUp(from, sizeClass);
      this.start[list] = to;
      this.sizeClass[list] = sizeClass + 1;
    }
    this.pool[(this.start[list] as number) + length] = code;
    this.length[list] = length + 1;
  }

  /** Drops `pid`'s code from a list, keeping the others' order; returns the codes left. */
  removePid(list: number, pid: number): number {
    const start = this.start[list] as number;
    const end = start + (this.length[list] as number);
    let kept = start;
    for (let i = start; i < end; i++) {
      const code = this.pool[i] as number;
      if (postingPid(code) !== pid) this.pool[kept++] = code;
    }
    this.length[list] = kept - start;
    return kept - start;
  }

  /** Gives up a list: its block and its number are handed out again. */
  release(list: number): void {
    this.giveUp(this.start[list] as number, this.sizeClass[list] as number);
    this.length[list] = 0;
    this.freeLists.push(list);
  }

  /** Calls `visit` for every list of two codes or more, with its key's space and display. */
  forEachShared(visit: (space: number, display: string, codes: Int32Array) => void): void {
    for (let list = 0; list < this.count; list++)
      if ((this.length[list] as number) >= 2)
        visit(this.space[list] as number, this.displays.get(list), this.codes(list));
  }

  private allocate(sizeClass: number): number {
    const free = this.freeBlocks[sizeClass]?.pop();
    if (free !== undefined) return free;
    const start = this.poolUsed;
    this.poolUsed += FIRST_CLASS_ROOM << sizeClass;
    this.pool = ensure(this.pool, this.poolUsed);
    return start;
  }

  private giveUp(start: number, sizeClass: number): void {
    (this.freeBlocks[sizeClass] ??= []).push(start);
  }
}
