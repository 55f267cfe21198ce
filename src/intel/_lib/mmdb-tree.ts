/**
 * Walks a MaxMind DB search tree (spec v2.0, "Search Lookup Algorithm") for an address we have already
 * parsed, and returns the record value: mmdb-lib's `get` parses the address text again and walks
 * through closures, which caps a provider at about a quarter of the 500,000 lookups/s issue 19 asks
 * for (bench/ip-intel.ts). Data records are still decoded by mmdb-lib, once per record.
 */
export interface MmdbTree {
  /** The data pointer (a record value above the node count) for an IPv4 address, or -1. */
  findV4(n: number): number;
  /** The same for an IPv6 address given as four 32-bit words, most significant first. */
  findV6(words: readonly [number, number, number, number]): number;
  /** The prefix length of the last successful find (mmdb-lib counts IPv4 from the IPv4 subtree). */
  readonly depth: number;
}

export function mmdbTree(
  db: Uint8Array,
  meta: { nodeCount: number; recordSize: number; ipVersion: number },
): MmdbTree {
  const { nodeCount, recordSize } = meta;
  const nodeBytes = (recordSize * 2) / 8;
  const read = (node: number, bit: number): number => {
    const at = node * nodeBytes;
    if (recordSize === 24) {
      const o = at + bit * 3;
      return ((db[o] as number) << 16) | ((db[o + 1] as number) << 8) | (db[o + 2] as number);
    }
    if (recordSize === 28) {
      const middle = db[at + 3] as number;
      if (bit === 0)
        return (
          (((middle & 0xf0) << 20) |
            ((db[at] as number) << 16) |
            ((db[at + 1] as number) << 8) |
            (db[at + 2] as number)) >>>
          0
        );
      return (
        (((middle & 0x0f) << 24) |
          ((db[at + 4] as number) << 16) |
          ((db[at + 5] as number) << 8) |
          (db[at + 6] as number)) >>>
        0
      );
    }
    const o = at + bit * 4;
    return (
      (((db[o] as number) << 24) |
        ((db[o + 1] as number) << 16) |
        ((db[o + 2] as number) << 8) |
        (db[o + 3] as number)) >>>
      0
    );
  };
  // IPv4 addresses sit at ::a.b.c.d in an IPv6 tree: 96 zero bits from the root.
  let ipv4Start = 0;
  if (meta.ipVersion === 6)
    for (let i = 0; i < 96 && ipv4Start < nodeCount; i++) ipv4Start = read(ipv4Start, 0);

  const tree = {
    depth: 0,
    findV4(n: number): number {
      let node = ipv4Start;
      let depth = 0;
      for (; depth < 32 && node < nodeCount; depth++) node = read(node, (n >>> (31 - depth)) & 1);
      tree.depth = depth;
      return node > nodeCount ? node : -1;
    },
    findV6(words: readonly [number, number, number, number]): number {
      let node = 0;
      let depth = 0;
      for (; depth < 128 && node < nodeCount; depth++)
        node = read(node, ((words[depth >>> 5] as number) >>> (31 - (depth & 31))) & 1);
      tree.depth = depth;
      return node > nodeCount ? node : -1;
    },
  };
  return tree;
}
