/** A key fingerprint as the 8 big-endian bytes the database stores. */
export function keyBytes(hi: number, lo: number): Buffer {
  const bytes = Buffer.allocUnsafe(8);
  bytes.writeUInt32BE(hi >>> 0, 0);
  bytes.writeUInt32BE(lo >>> 0, 4);
  return bytes;
}

/** A key fingerprint as 16 hex digits, the form exports and key counts use. */
export function keyHex(hi: number, lo: number): string {
  return `${(hi >>> 0).toString(16).padStart(8, '0')}${(lo >>> 0).toString(16).padStart(8, '0')}`;
}

/** A MinHash signature as bytes, and back. */
export function signatureBytes(signature: Uint32Array | undefined): Buffer | null {
  return signature ? Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength) : null;
}

export function signatureOf(bytes: Uint8Array | null | undefined): Uint32Array | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  // Copied: the driver's buffer may be pooled and unaligned.
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
