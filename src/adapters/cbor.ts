/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: whole numbers, byte and text strings,
 * arrays, maps, true, false and null, each in its shortest form. Enough to read a file, reorder it and
 * write it back; anything else (floats, tags, indefinite lengths) is refused rather than guessed at.
 */
export type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | CborMap;

/** A CBOR map, kept as its pairs in file order (keys need not be strings). */
export interface CborMap {
  readonly pairs: [Cbor, Cbor][];
}

export function isCborMap(value: Cbor): value is CborMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

class Reader {
  offset = 0;
  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  byte(): number {
    const value = this.bytes[this.offset];
    if (value === undefined) throw new RangeError('CBOR ends in the middle of a value');
    this.offset += 1;
    return value;
  }

  length(info: number): number {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (size === undefined) throw new RangeError(`CBOR length form ${info} is not supported`);
    let value = 0;
    for (let i = 0; i < size; i += 1) value = value * 256 + this.byte();
    if (!Number.isSafeInteger(value)) throw new RangeError('CBOR number too large');
    return value;
  }

  take(count: number): Uint8Array {
    if (this.offset + count > this.bytes.length) throw new RangeError('CBOR ends in the middle of a string');
    const slice = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  value(): Cbor {
    const head = this.byte();
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return this.length(info);
      case 1:
        return -1 - this.length(info);
      case 2:
        return Uint8Array.from(this.take(this.length(info)));
      case 3:
        return new TextDecoder('utf-8', { fatal: true }).decode(this.take(this.length(info)));
      case 4:
        return Array.from({ length: this.length(info) }, () => this.value());
      case 5:
        return { pairs: Array.from({ length: this.length(info) }, (): [Cbor, Cbor] => [this.value(), this.value()]) };
      default: {
        const simple = { 20: false, 21: true, 22: null } as const;
        if (major === 7 && (info === 20 || info === 21 || info === 22)) return simple[info];
        throw new RangeError(`CBOR item ${head} (major type ${major}) is not supported`);
      }
    }
  }
}

/** Reads exactly one CBOR value from `bytes`. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const reader = new Reader(bytes);
  const value = reader.value();
  if (reader.offset !== bytes.length) throw new RangeError(`CBOR has ${bytes.length - reader.offset} bytes after its value`);
  return value;
}

function head(major: number, length: number, out: number[]): void {
  if (length < 24) out.push((major << 5) | length);
  else if (length < 0x100) out.push((major << 5) | 24, length);
  else if (length < 0x10000) out.push((major << 5) | 25, length >> 8, length & 0xff);
  else if (length < 0x100000000) out.push((major << 5) | 26, ...[24, 16, 8, 0].map((shift) => Math.floor(length / 2 ** shift) & 0xff));
  else out.push((major << 5) | 27, ...[56, 48, 40, 32, 24, 16, 8, 0].map((shift) => Math.floor(length / 2 ** shift) & 0xff));
}

function write(value: Cbor, out: number[]): void {
  if (value === false || value === true || value === null) out.push(value === null ? 0xf6 : value ? 0xf5 : 0xf4);
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`CBOR writer takes whole numbers only, not ${value}`);
    if (value >= 0) head(0, value, out);
    else head(1, -1 - value, out);
  } else if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    head(3, bytes.length, out);
    for (const byte of bytes) out.push(byte);
  } else if (value instanceof Uint8Array) {
    head(2, value.length, out);
    for (const byte of value) out.push(byte);
  } else if (Array.isArray(value)) {
    head(4, value.length, out);
    for (const item of value) write(item, out);
  } else {
    head(5, value.pairs.length, out);
    for (const [key, item] of value.pairs) {
      write(key, out);
      write(item, out);
    }
  }
}

/** Writes a value in shortest form, which is how Pagefind writes its files. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  write(value, out);
  return Uint8Array.from(out);
}
