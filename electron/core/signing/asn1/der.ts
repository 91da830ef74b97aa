/** Small helpers over asn1js for reading the exact bytes of parsed blocks. */
import * as asn1js from 'asn1js';

/** Parses DER/BER or returns null (never throws) so callers can map failures to their own errors. */
export function parseAsn1(bytes: Uint8Array): asn1js.AsnType | null {
  const view = new Uint8Array(bytes); // own copy: asn1js keeps views into the buffer it is given
  const parsed = asn1js.fromBER(view);
  return parsed.offset === -1 ? null : parsed.result;
}

/** Children of a constructed block ([] for a primitive one). */
export function children(block: asn1js.AsnType): asn1js.AsnType[] {
  const value = (block.valueBlock as { value?: unknown }).value;
  return Array.isArray(value) ? (value as asn1js.AsnType[]) : [];
}

/**
 * Content octets of an OCTET STRING, also when it arrives BER-constructed (chunks) or
 * IMPLICIT-tagged as in EncryptedContentInfo.
 */
export function octets(block: asn1js.AsnType): Uint8Array {
  if (block.idBlock.isConstructed) {
    return concat(children(block).map(octets));
  }
  return new Uint8Array((block.valueBlock as { valueHexView: Uint8Array }).valueHexView);
}

/** The block's bytes exactly as they were in the input (tag, length and value). */
export function encodedBytes(block: asn1js.AsnType): Uint8Array {
  return new Uint8Array(block.valueBeforeDecodeView);
}

export function oidOf(block: asn1js.AsnType | undefined): string | null {
  return block instanceof asn1js.ObjectIdentifier ? block.valueBlock.toString() : null;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * An INTEGER read from its own bytes (asn1js's valueDec gives 0 for some four-byte values, so a
 * count of 2,000,000,000 would read as 0). Negative → -1; past 2^53 → Infinity.
 */
export function integerValue(block: asn1js.AsnType | undefined): number {
  if (!(block instanceof asn1js.Integer)) return NaN;
  const bytes = block.valueBlock.valueHexView;
  if (bytes.length === 0) return NaN;
  if (bytes[0] & 0x80) return -1;
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value);
}
