import { ensure } from './columns.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Short texts kept as UTF-8 in one growable byte buffer, each under a small integer handle: a million
 * texts are two typed arrays, not a million strings the garbage collector must walk on every young
 * collection (docs/performance.md, *Thirteenth round*). A handle's room can be written again with a
 * text that fits it, so a slot used over and over does not grow the buffer.
 *
 * @example
 * const texts = new TextPool();
 * const at = texts.put('5 Elm St');
 * texts.get(at); // '5 Elm St'
 */
export class TextPool {
  private bytes = new Uint8Array(1024);
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
    const need = encodedLength(text);
    if (need <= (this.room[handle] as number)) {
      this.length[handle] = this.write(text, this.start[handle] as number);
      return;
    }
    this.place(handle, text);
  }

  get(handle: number): string {
    const start = this.start[handle] as number;
    const length = this.length[handle] as number;
    return length === 0 ? '' : decoder.decode(this.bytes.subarray(start, start + length));
  }

  /** Writes `text` at the buffer's end and gives `handle` that room. */
  private place(handle: number, text: string): void {
    const start = this.used;
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    this.bytes = ensure(this.bytes, start + text.length * 3);
    const written = this.write(text, start);
    this.used = start + written;
    this.start[handle] = start;
    this.length[handle] = written;
    this.room[handle] = written;
  }

  private write(text: string, at: number): number {
    return encoder.encodeInto(text, this.bytes.subarray(at)).written;
  }
}

/** The UTF-8 length of a text, without encoding it. */
function encodedLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one four-byte character; a lone surrogate becomes U+FFFD, three bytes.
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
