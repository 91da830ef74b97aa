/**
 * RC2-CBC decryption (RFC 2268). `openssl pkcs12 -legacy` and older Windows/CA exports protect
 * the certificate bag with 40-bit RC2, which Node's OpenSSL 3 only has in its legacy provider
 * (not loaded by Node). The certificates are public anyway; we only need to read them.
 */

// RFC 2268 section 2: the "PITABLE", a permutation of 0..255 derived from the digits of pi.
const PITABLE = Buffer.from(
  'd978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2' +
    '179a59f587b34f1361456d8d09817d32bd8f40eb86b77b0bf09521225c6b4e82' +
    '54d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626' +
    '6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed7' +
    '08e8eade8052eef784aa72ac354d6a2a961ad2715a1549744b9fd05e0418a4ec' +
    'c2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731' +
    '2d5dfa98e38a92ae05df2910676cbac9d300e6cfe19ea82c6316013f58e289a9' +
    '0d38341bab33ffb0bb480c5fb9b1cd2ec5f3db47e5a59c770aa62068fe7fc1ad',
  'hex',
);

/** RFC 2268 section 2: expands the key to 64 16-bit words with `effectiveBits` effective bits. */
function expandKey(key: Uint8Array, effectiveBits: number): Uint16Array {
  const L = new Uint8Array(128);
  L.set(key);
  const T = key.length;
  for (let i = T; i < 128; i++) L[i] = PITABLE[(L[i - 1] + L[i - T]) & 0xff];
  const T8 = Math.ceil(effectiveBits / 8);
  const TM = 0xff >> (8 * T8 - effectiveBits);
  L[128 - T8] = PITABLE[L[128 - T8] & TM];
  for (let i = 127 - T8; i >= 0; i--) L[i] = PITABLE[L[i + 1] ^ L[i + T8]];
  const K = new Uint16Array(64);
  for (let i = 0; i < 64; i++) K[i] = L[2 * i] | (L[2 * i + 1] << 8);
  return K;
}

const ROTATIONS = [1, 2, 3, 5];
const rotr16 = (x: number, s: number) => ((x >>> s) | (x << (16 - s))) & 0xffff;

/** RFC 2268 section 4: decrypts one 8-byte block in place (words are little-endian). */
function decryptBlock(K: Uint16Array, block: Uint8Array): void {
  const R = [0, 1, 2, 3].map((i) => block[2 * i] | (block[2 * i + 1] << 8));
  let j = 63;
  const mixReverse = () => {
    for (let i = 3; i >= 0; i--) {
      R[i] = rotr16(R[i], ROTATIONS[i]);
      const a = R[(i + 3) % 4];
      const b = R[(i + 2) % 4];
      const c = R[(i + 1) % 4];
      R[i] = (R[i] - K[j] - (a & b) - (~a & c)) & 0xffff;
      j--;
    }
  };
  const mashReverse = () => {
    for (let i = 3; i >= 0; i--) R[i] = (R[i] - K[R[(i + 3) % 4] & 63]) & 0xffff;
  };
  for (let r = 0; r < 5; r++) mixReverse();
  mashReverse();
  for (let r = 0; r < 6; r++) mixReverse();
  mashReverse();
  for (let r = 0; r < 5; r++) mixReverse();
  for (let i = 0; i < 4; i++) {
    block[2 * i] = R[i] & 0xff;
    block[2 * i + 1] = R[i] >> 8;
  }
}

/** RC2-CBC with PKCS#5 padding. Throws on bad padding (usually: wrong key). */
export function rc2CbcDecrypt(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array {
  if (data.length === 0 || data.length % 8 !== 0) throw new Error('RC2: bad ciphertext length');
  const K = expandKey(key, effectiveBits);
  const out = new Uint8Array(data.length);
  let previous = iv;
  for (let at = 0; at < data.length; at += 8) {
    const cipherBlock = data.subarray(at, at + 8);
    const block = new Uint8Array(cipherBlock);
    decryptBlock(K, block);
    for (let i = 0; i < 8; i++) out[at + i] = block[i] ^ previous[i];
    previous = cipherBlock;
  }
  const pad = out[out.length - 1];
  if (pad < 1 || pad > 8 || out.subarray(out.length - pad).some((b) => b !== pad)) {
    throw new Error('RC2: bad padding');
  }
  return out.subarray(0, out.length - pad);
}
