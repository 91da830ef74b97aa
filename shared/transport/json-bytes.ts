/**
 * JSON that can carry bytes: every Uint8Array (a Node Buffer is one) is written as
 * `{ "$bytes": "<base64>" }` and read back as a Uint8Array. Serve mode uses it both ways
 * (generated DOCX/PDF/XLSX in results, uploaded import files in inputs), so the browser
 * client and the HTTP server share this one codec. Pure: no Buffer, no btoa.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export const BYTES_KEY = '$bytes';
export interface EncodedBytes {
  $bytes: string;
}

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunks keep String.fromCharCode's argument list short for multi-megabyte files.
  const CHUNK = 3 * 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const codes: number[] = [];
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      codes.push(
        ALPHABET.charCodeAt(n >> 18),
        ALPHABET.charCodeAt((n >> 12) & 63),
        ALPHABET.charCodeAt((n >> 6) & 63),
        ALPHABET.charCodeAt(n & 63),
      );
    }
    const rest = end - i;
    if (rest === 1) {
      const n = bytes[i] << 16;
      codes.push(ALPHABET.charCodeAt(n >> 18), ALPHABET.charCodeAt((n >> 12) & 63), 61, 61);
    } else if (rest === 2) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
      codes.push(
        ALPHABET.charCodeAt(n >> 18),
        ALPHABET.charCodeAt((n >> 12) & 63),
        ALPHABET.charCodeAt((n >> 6) & 63),
        61,
      );
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Strict: throws on characters outside the alphabet or a wrong length. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/u, '');
  if (clean.length % 4 === 1) throw new Error('Invalid base64 length');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? DECODE[c] : -1;
    if (v < 0) throw new Error('Invalid base64 character');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function isEncodedBytes(value: unknown): value is EncodedBytes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === BYTES_KEY && typeof (value as EncodedBytes).$bytes === 'string';
}

/** JSON.stringify that writes Uint8Array/Buffer values as `{ "$bytes": base64 }`. */
export function stringifyWithBytes(value: unknown, space?: number): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, replaced: unknown) {
    // `this[key]` is the original value: a Buffer's toJSON() has already run on `replaced`.
    const original = this[key];
    if (original instanceof Uint8Array) return { [BYTES_KEY]: bytesToBase64(original) };
    return replaced;
  }, space);
}

/** JSON.parse that turns `{ "$bytes": base64 }` objects back into Uint8Array. */
export function parseWithBytes(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => (isEncodedBytes(value) ? base64ToBytes(value.$bytes) : value));
}
