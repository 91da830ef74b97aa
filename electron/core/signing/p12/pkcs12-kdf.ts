/**
 * The PKCS#12 password key derivation (RFC 7292 appendix B.2), used for the MAC and for the
 * legacy pbeWithSHAAnd… ciphers. Not in Node or WebCrypto, so written out here.
 */
import { createHash } from 'node:crypto';
import type { IterationBudget } from './iteration-budget';

/** The "ID" byte of RFC 7292 B.3: which secret is being derived. */
export const PKCS12_KEY_PURPOSE = { key: 1, iv: 2, mac: 3 } as const;
export type Pkcs12KeyPurpose = (typeof PKCS12_KEY_PURPOSE)[keyof typeof PKCS12_KEY_PURPOSE];

const BLOCK_SIZE: Record<string, number> = {
  sha1: 64,
  sha224: 64,
  sha256: 64,
  sha384: 128,
  sha512: 128,
};

/** The password as PKCS#12 wants it: BMPString (UTF-16BE) with a two-byte NUL terminator. */
export function bmpPassword(password: string): Uint8Array {
  const out = new Uint8Array((password.length + 1) * 2);
  for (let i = 0; i < password.length; i++) {
    const unit = password.charCodeAt(i);
    out[2 * i] = unit >> 8;
    out[2 * i + 1] = unit & 0xff;
  }
  return out;
}

/** Repeats `data` to fill a whole number of `v`-byte blocks (empty stays empty). */
function fillBlocks(data: Uint8Array, v: number): Uint8Array {
  const length = v * Math.ceil(data.length / v);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = data[i % data.length];
  return out;
}

export function pkcs12DeriveKey(
  hash: string,
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  purpose: Pkcs12KeyPurpose,
  length: number,
  budget?: IterationBudget,
): Uint8Array {
  const v = BLOCK_SIZE[hash];
  if (!v) throw new Error(`PKCS#12 KDF: unsupported hash ${hash}`);
  // Charged up front for every output block, so an over-budget file costs no hashing at all.
  budget?.spend(iterations, Math.ceil(length / createHash(hash).digest().length));
  const D = new Uint8Array(v).fill(purpose);
  const I = new Uint8Array([...fillBlocks(salt, v), ...fillBlocks(password, v)]);
  const out = new Uint8Array(length);
  for (let produced = 0; produced < length; ) {
    let A = createHash(hash).update(D).update(I).digest();
    for (let r = 1; r < iterations; r++) A = createHash(hash).update(A).digest();
    out.set(A.subarray(0, Math.min(A.length, length - produced)), produced);
    produced += A.length;
    if (produced >= length) break;
    // I_j = (I_j + B + 1) mod 2^(8v), B = A repeated to v bytes.
    const B = fillBlocks(A, v).subarray(0, v);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[j + k] + B[k] + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out;
}
