/**
 * A test-only writer of MaxMind DB (`.mmdb`) files, written from the MaxMind DB File Format
 * Specification v2.0: a binary search tree of 24-, 28- or 32-bit records, 16 zero bytes, a data
 * section in the spec's type encodings, and the metadata after the last `\xab\xcd\xefMaxMind.com`.
 * No npm package writes the format, and real vendor databases are too large and licensed to commit,
 * so tests build the small databases they need with this.
 */
import { parseCidrBlock } from '../../src/intel/_lib/ip.js';

/** A value with an explicit MaxMind DB type, for the types a plain JavaScript value cannot pick. */
export type MmdbTyped =
  | { type: 'uint16' | 'uint32' | 'int32'; value: number }
  | { type: 'uint64' | 'uint128'; value: bigint | number }
  | { type: 'double' | 'float'; value: number }
  | { type: 'bytes'; value: Uint8Array };

/**
 * A data-section value. Plain values map to types by shape: a string to UTF-8 string, a boolean to
 * boolean, a non-negative safe integer to uint32 (uint64 past 2^32), a negative integer to int32,
 * another number to double, a bigint to uint64 (uint128 past 2^64), an array to array, an object to map.
 */
export type MmdbValue = string | number | bigint | boolean | MmdbTyped | MmdbValue[] | MmdbMap;
export interface MmdbMap {
  [key: string]: MmdbValue;
}

export interface MmdbNetwork {
  /** `1.2.3.0/24`, `2001:db8::/32`, or a bare address. IPv4 networks in an IPv6 tree sit at `::/96`. */
  network: string;
  data: MmdbValue;
}

export interface MmdbWriteOptions {
  ipVersion: 4 | 6;
  recordSize?: 24 | 28 | 32;
  databaseType: string;
  /** Networks; a more specific network inside a wider one overrides it there, whatever the order. */
  networks: readonly MmdbNetwork[];
  /** Seconds since the epoch (metadata `build_epoch`). */
  buildEpoch?: number;
  description?: Record<string, string>;
  languages?: string[];
  /**
   * IPv6 trees: make `::ffff:0:0/96` (IPv4-mapped) and `2002::/16` (6to4) lead to the IPv4 subtree, as
   * the spec says MaxMind's databases do. Default true.
   */
  ipv4Aliases?: boolean;
  /** Write repeated strings once and point to them (spec type 1), as real databases do. Default true. */
  pointers?: boolean;
}

const METADATA_MARKER = Buffer.from([0xab, 0xcd, 0xef, ...Buffer.from('MaxMind.com', 'latin1')]);
const TYPE = {
  pointer: 1,
  string: 2,
  double: 3,
  bytes: 4,
  uint16: 5,
  uint32: 6,
  map: 7,
  int32: 8,
  uint64: 9,
  uint128: 10,
  array: 11,
  boolean: 14,
  float: 15,
} as const;

type Record_ = { kind: 'empty' } | { kind: 'node'; id: number } | { kind: 'data'; index: number };
const EMPTY: Record_ = { kind: 'empty' };

/**
 * Builds a whole `.mmdb` file in memory.
 *
 * @example
 * const db = writeMmdb({ ipVersion: 6, databaseType: 'GeoLite2-ASN',
 *   networks: [{ network: '192.0.2.0/24', data: { autonomous_system_number: 64500 } }] });
 * new Reader(db).get('192.0.2.7'); // { autonomous_system_number: 64500 }
 */
export function writeMmdb(options: MmdbWriteOptions): Buffer {
  const recordSize = options.recordSize ?? 28;
  const bits = options.ipVersion === 4 ? 32 : 128;
  const nodes: Array<[Record_, Record_]> = [[EMPTY, EMPTY]];
  const values: MmdbValue[] = [];

  const placed = options.networks.map((entry) => ({
    ...placeNetwork(entry.network, options.ipVersion),
    entry,
  }));
  // Wider networks first, so a more specific one splits the wider one's leaf instead of being erased.
  placed.sort((a, b) => a.prefix - b.prefix);
  for (const { start, prefix, entry } of placed) {
    values.push(entry.data);
    setRecord(nodes, start, prefix, bits, { kind: 'data', index: values.length - 1 });
  }
  if (options.ipVersion === 6 && options.ipv4Aliases !== false) {
    const ipv4Root = nodeAt(nodes, 0n, 96, bits);
    setRecord(nodes, 0xffffn << 32n, 96, bits, { kind: 'node', id: ipv4Root });
    setRecord(nodes, 0x2002n << 112n, 16, bits, { kind: 'node', id: ipv4Root });
  }

  const data = new DataWriter(options.pointers !== false);
  const offsets = values.map((value) => data.writeTop(value));
  const nodeCount = nodes.length;
  const recordValue = (record: Record_): number =>
    record.kind === 'empty'
      ? nodeCount
      : record.kind === 'node'
        ? record.id
        : nodeCount + 16 + (offsets[record.index] as number);
  const nodeBytes = (recordSize * 2) / 8;
  const tree = Buffer.alloc(nodeCount * nodeBytes);
  const limit = 2 ** recordSize;
  nodes.forEach(([left, right], id) => {
    const l = recordValue(left);
    const r = recordValue(right);
    if (l >= limit || r >= limit) throw new Error(`a record does not fit in ${recordSize} bits`);
    writeNode(tree, id * nodeBytes, recordSize, l, r);
  });

  const metadata = new DataWriter(false);
  metadata.writeTop({
    node_count: { type: 'uint32', value: nodeCount },
    record_size: { type: 'uint16', value: recordSize },
    ip_version: { type: 'uint16', value: options.ipVersion },
    database_type: options.databaseType,
    languages: options.languages ?? ['en'],
    binary_format_major_version: { type: 'uint16', value: 2 },
    binary_format_minor_version: { type: 'uint16', value: 0 },
    build_epoch: { type: 'uint64', value: options.buildEpoch ?? 1_767_225_600 },
    description: options.description ?? { en: `${options.databaseType} test database` },
  });
  return Buffer.concat([tree, Buffer.alloc(16), data.bytes(), METADATA_MARKER, metadata.bytes()]);
}

/** Where a network's bits start in this tree, as an unsigned integer of the tree's width. */
function placeNetwork(network: string, ipVersion: 4 | 6): { start: bigint; prefix: number } {
  const block = parseCidrBlock(network);
  if (block.v === 6) {
    if (ipVersion === 4) throw new Error(`${network}: an IPv4 tree cannot hold an IPv6 network`);
    return { start: block.start, prefix: block.prefix };
  }
  return ipVersion === 4
    ? { start: BigInt(block.start), prefix: block.prefix }
    : { start: BigInt(block.start), prefix: block.prefix + 96 };
}

function bitAt(value: bigint, depth: number, bits: number): 0 | 1 {
  return ((value >> BigInt(bits - 1 - depth)) & 1n) === 1n ? 1 : 0;
}

/** Follows `prefix` bits of `start` from the root, creating nodes (and splitting data leaves) on the way. */
function nodeAt(nodes: Array<[Record_, Record_]>, start: bigint, prefix: number, bits: number): number {
  let id = 0;
  for (let depth = 0; depth < prefix; depth++) {
    const pair = nodes[id] as [Record_, Record_];
    const side = bitAt(start, depth, bits);
    const record = pair[side];
    if (record.kind === 'node') {
      id = record.id;
      continue;
    }
    // An empty or data record becomes a node whose two halves keep what the record held.
    nodes.push([record, record]);
    pair[side] = { kind: 'node', id: nodes.length - 1 };
    id = nodes.length - 1;
  }
  return id;
}

function setRecord(
  nodes: Array<[Record_, Record_]>,
  start: bigint,
  prefix: number,
  bits: number,
  record: Record_,
): void {
  if (prefix < 1) throw new Error('a network needs a prefix of at least 1 bit');
  const parent = nodeAt(nodes, start, prefix - 1, bits);
  (nodes[parent] as [Record_, Record_])[bitAt(start, prefix - 1, bits)] = record;
}

function writeNode(tree: Buffer, at: number, recordSize: number, left: number, right: number): void {
  if (recordSize === 24) {
    tree.writeUIntBE(left, at, 3);
    tree.writeUIntBE(right, at + 3, 3);
  } else if (recordSize === 32) {
    tree.writeUInt32BE(left, at);
    tree.writeUInt32BE(right, at + 4);
  } else {
    // 28 bits: each record's low 24 bits at the ends, the two high nibbles share the middle byte.
    tree.writeUIntBE(left % 2 ** 24, at, 3);
    tree[at + 3] = (Math.floor(left / 2 ** 24) << 4) | Math.floor(right / 2 ** 24);
    tree.writeUIntBE(right % 2 ** 24, at + 4, 3);
  }
}

/** Encodes values into a data section; offsets are from the section's start. */
class DataWriter {
  readonly #chunks: Buffer[] = [];
  #length = 0;
  readonly #strings = new Map<string, number>();
  readonly #records = new Map<string, number>();

  constructor(readonly pointers: boolean) {}

  bytes(): Buffer {
    return Buffer.concat(this.#chunks);
  }

  /** Writes a record and returns its offset; an identical record is written once. */
  writeTop(value: MmdbValue): number {
    const key = stableKey(value);
    const known = this.#records.get(key);
    if (known !== undefined) return known;
    const offset = this.#length;
    this.#write(value);
    this.#records.set(key, offset);
    return offset;
  }

  #push(bytes: Buffer): void {
    this.#chunks.push(bytes);
    this.#length += bytes.length;
  }

  #control(type: number, size: number): void {
    const head: number[] = [];
    const tail: number[] = [];
    let sizeBits: number;
    if (size < 29) sizeBits = size;
    else if (size < 285) {
      sizeBits = 29;
      tail.push(size - 29);
    } else if (size < 65_821) {
      sizeBits = 30;
      tail.push((size - 285) >> 8, (size - 285) & 0xff);
    } else {
      sizeBits = 31;
      const rest = size - 65_821;
      tail.push((rest >> 16) & 0xff, (rest >> 8) & 0xff, rest & 0xff);
    }
    if (type <= 7) head.push((type << 5) | sizeBits);
    else head.push(sizeBits, type - 7);
    this.#push(Buffer.from([...head, ...tail]));
  }

  #pointer(target: number): void {
    if (target < 2048) this.#push(Buffer.from([0x20 | (target >> 8), target & 0xff]));
    else if (target < 526_336) {
      const v = target - 2048;
      this.#push(Buffer.from([0x28 | (v >> 16), (v >> 8) & 0xff, v & 0xff]));
    } else if (target < 134_744_064) {
      const v = target - 526_336;
      this.#push(Buffer.from([0x30 | (v >> 24), (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff]));
    } else {
      const bytes = Buffer.alloc(5);
      bytes[0] = 0x38;
      bytes.writeUInt32BE(target, 1);
      this.#push(bytes);
    }
  }

  #string(text: string): void {
    const known = this.#strings.get(text);
    // A pointer costs 2-5 bytes; only longer strings are worth one.
    if (this.pointers && known !== undefined && Buffer.byteLength(text) > 3) return this.#pointer(known);
    const offset = this.#length;
    const bytes = Buffer.from(text, 'utf8');
    this.#control(TYPE.string, bytes.length);
    this.#push(bytes);
    if (!this.#strings.has(text)) this.#strings.set(text, offset);
  }

  #unsigned(type: number, value: bigint): void {
    const bytes: number[] = [];
    for (let rest = value; rest > 0n; rest >>= 8n) bytes.unshift(Number(rest & 0xffn));
    this.#control(type, bytes.length);
    this.#push(Buffer.from(bytes));
  }

  #write(value: MmdbValue): void {
    if (typeof value === 'string') return this.#string(value);
    if (typeof value === 'boolean') return this.#control(TYPE.boolean, value ? 1 : 0);
    if (typeof value === 'bigint')
      return this.#unsigned(value < 1n << 64n ? TYPE.uint64 : TYPE.uint128, value);
    if (typeof value === 'number') {
      if (Number.isSafeInteger(value) && value >= 0)
        return this.#unsigned(value < 2 ** 32 ? TYPE.uint32 : TYPE.uint64, BigInt(value));
      if (Number.isInteger(value) && value >= -(2 ** 31)) return this.#write({ type: 'int32', value });
      return this.#write({ type: 'double', value });
    }
    if (Array.isArray(value)) {
      this.#control(TYPE.array, value.length);
      for (const item of value) this.#write(item);
      return;
    }
    if (isTyped(value)) return this.#typed(value);
    const entries = Object.entries(value);
    this.#control(TYPE.map, entries.length);
    for (const [key, item] of entries) {
      this.#string(key);
      this.#write(item);
    }
  }

  #typed(value: MmdbTyped): void {
    switch (value.type) {
      case 'uint16':
      case 'uint32':
      case 'uint64':
      case 'uint128':
        return this.#unsigned(TYPE[value.type], BigInt(value.value));
      case 'int32': {
        if (value.value >= 0) return this.#unsigned(TYPE.int32, BigInt(value.value));
        const bytes = Buffer.alloc(4);
        bytes.writeInt32BE(value.value);
        this.#control(TYPE.int32, 4);
        return this.#push(bytes);
      }
      case 'double': {
        const bytes = Buffer.alloc(8);
        bytes.writeDoubleBE(value.value);
        this.#control(TYPE.double, 8);
        return this.#push(bytes);
      }
      case 'float': {
        const bytes = Buffer.alloc(4);
        bytes.writeFloatBE(value.value);
        this.#control(TYPE.float, 4);
        return this.#push(bytes);
      }
      case 'bytes':
        this.#control(TYPE.bytes, value.value.length);
        return this.#push(Buffer.from(value.value));
    }
  }
}

function isTyped(value: object): value is MmdbTyped {
  const type = (value as { type?: unknown }).type;
  return (
    Object.keys(value).length === 2 &&
    'value' in value &&
    typeof type === 'string' &&
    ['uint16', 'uint32', 'int32', 'uint64', 'uint128', 'double', 'float', 'bytes'].includes(type)
  );
}

function stableKey(value: MmdbValue): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint'
      ? `${item}n`
      : item instanceof Uint8Array
        ? Buffer.from(item).toString('hex')
        : item,
  );
}
