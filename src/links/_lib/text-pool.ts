import { ensure, ensureBytes } from './columns.js';

/**
 * Short texts kept as UTF-8 in one growable byte buffer, each under a small integer handle: a million
 * texts are a few typed arrays, not a million strings the garbage collector must walk on every young
 * collection (docs/performance.md, *Thirteenth round*). A handle's room can be written again with a
 * text that fits it, so a slot used over and over does not grow the buffer.
 *
 * @example
 * const texts = new TextPool();
 * const at = texts.put('5 Elm St');
 * texts.get(at); // '5 Elm St'
 */
export class TextPool {
  private bytes: Buffer = Buffer.alloc(4096);
  private used = 0;
  private start = new Uint32Array(0);
  private length = new Uint32Array(0);
  private room = new Uint32Array(0);
  private count = 0;

  /** Keeps `text` under a new handle. */
  put(text: string): number {
    const handle = this.count++;
    this.start = ensure(this.start, this.count);
    this.length = ensure(this.length, this.count);
    this.room = ensure(this.room, this.count);
    this.place(handle, text);
    return handle;
  }

  /** Replaces the text under `handle`, in its own room when the new text fits there. */
  set(handle: number, text: string): void {
    if (Buffer.byteLength(text) <= (this.room[handle] as number))
      this.length[handle] = this.bytes.write(text, this.start[handle] as number);
    else this.place(handle, text);
  }

  get(handle: number): string {
    const start = this.start[handle] as number;
    return this.bytes.toString('utf8', start, start + (this.length[handle] as number));
  }

  /** Writes `text` at the buffer's end and gives `handle` that room. */
  private place(handle: number, text: string): void {
    const start = this.used;
    this.bytes = ensureBytes(this.bytes, start, start + Buffer.byteLength(text));
    const written = this.bytes.write(text, start);
    this.used = start + written;
    this.start[handle] = start;
    this.length[handle] = written;
    this.room[handle] = written;
  }
}
