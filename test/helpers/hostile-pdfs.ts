/**
 * Hostile and broken PDFs for the signature reader (issue 12): files crafted to make a naive
 * /ByteRange search quadratic, deeply nested, with huge numbers, truncated or randomly damaged.
 * Generated from a seeded PRNG so a failing case can be reproduced from its seed.
 */

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** Repeats `unit` until the text is about `bytes` long. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/**
 * Byte patterns that cost a naive reader dearly, each about `bytes` long. Every one is also
 * something a hostile sender can put inside a stream of an otherwise valid, validly signed PDF.
 */
export const CRAFTED_PAYLOADS: Record<string, (bytes: number) => string> = {
  /** One object, thousands of /ByteRange names: a per-marker parse re-reads the whole object. */
  byteRangeNames: (n) => `1 0 obj\n[${fill('/ByteRange ', n)}]\nendobj\n`,
  /** An object header before every marker: a per-marker search of all headers. */
  headersAndMarkers: (n) => fill('7 0 obj /ByteRange ', n),
  /** Dictionaries that are signature-like, far more than any real file has. */
  signatureDicts: (n) => `3 0 obj [${fill('<</ByteRange [0 1 2 3] /Contents <00>>> ', n)}]\nendobj\n`,
  /** A digit run ending in a letter: "\d+\.?\d*" backtracks quadratically on it. */
  digitRun: (n) => `4 0 obj\n<< /ByteRange [0 ${'9'.repeat(n)}x 2 3] >>\nendobj\n`,
  /** Nesting far deeper than the parser's limit. */
  nested: (n) => `5 0 obj\n${fill('<< /A [ ', n)}/ByteRange [0 1 2 3]\nendobj\n`,
  /** Markers inside one long comment line, each followed by white space and the comment. */
  commentedMarkers: (n) => `6 0 obj\n<< /K 1 >>\n%${fill('/ByteRange % ', n)}\nendobj\n`,
  /** Long white-space runs between header numbers. */
  spacedHeaders: (n) => fill(`8${' '.repeat(200)}0${' '.repeat(200)}obj /ByteRange `, n),
  /** An unterminated hex string after a marker. */
  openHex: (n) => `9 0 obj\n<< /ByteRange [0 1 2 3] /Contents <${'0'.repeat(n)}`,
  /** Huge and odd numbers in the byte range. */
  hugeNumbers: (n) => `10 0 obj\n<< /ByteRange [0 1e400 -5 ${'9'.repeat(Math.min(n, 5000))}] /Contents <00> >>\nendobj\n`,
  /** Unbalanced brackets and strings around markers. */
  unbalanced: (n) => `11 0 obj\n${fill('[ ( /ByteRange \\( ) << /ByteRange ', n)}`,
};

/** A classic-xref incremental update adding one stream object whose data is `payload`. */
export function appendStreamObject(pdf: Uint8Array, payload: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(text)![1];
  const info = /\/Info (\d+ \d+ R)/.exec(text)?.[1];
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const data = Buffer.from(payload, 'latin1');
  const head = `\n${size} 0 obj\n<< /Length ${data.length} >>\nstream\n`;
  const objectAt = pdf.length + 1;
  const xrefAt = pdf.length + head.length + data.length + '\nendstream\nendobj\n'.length;
  const tail =
    `\nendstream\nendobj\nxref\n${size} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root}${info ? ` /Info ${info}` : ''} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(head, 'latin1'), data, Buffer.from(tail, 'latin1')]));
}

/**
 * A mix of the crafted patterns, about `bytes` long in total — all but the signature-like
 * dictionaries, which are refused outright past PDF_LIMITS.maxSignatures.
 */
export function craftedMix(bytes: number): string {
  const kinds = Object.entries(CRAFTED_PAYLOADS).filter(([k]) => k !== 'signatureDicts').map(([, make]) => make);
  return kinds.map((make) => make(Math.floor(bytes / kinds.length))).join('\n');
}

/** Benign stream data of about `bytes` (text a PDF could carry), no PDF syntax in it. */
export function benignText(bytes: number): string {
  return fill('Tổ công nghệ số cộng đồng thôn Đông Hưng hướng dẫn người dân dùng dịch vụ công trực tuyến. ', bytes)
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .slice(0, bytes);
}

export interface FuzzCase {
  name: string;
  bytes: Uint8Array;
}

/**
 * At least `count` generated files from one signed PDF: random bytes, truncations, byte flips,
 * spliced crafted payloads (inside the file and inside a valid signed revision), deep nesting,
 * huge numbers, many markers.
 */
export function fuzzCorpus(signed: Uint8Array, seed: number, count: number): FuzzCase[] {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const cases: FuzzCase[] = [];
  const kinds = Object.entries(CRAFTED_PAYLOADS);
  const generators: (() => FuzzCase)[] = [
    () => {
      const b = new Uint8Array(int(4096));
      for (let i = 0; i < b.length; i++) b[i] = int(256);
      return { name: `random ${b.length} bytes`, bytes: b };
    },
    () => {
      const at = int(signed.length);
      return { name: `truncated at ${at}`, bytes: signed.slice(0, at) };
    },
    () => {
      const b = new Uint8Array(signed);
      const flips = 1 + int(20);
      for (let i = 0; i < flips; i++) b[int(b.length)] = int(256);
      return { name: `${flips} random bytes changed`, bytes: b };
    },
    () => {
      const [kind, make] = kinds[int(kinds.length)];
      const size = 1000 + int(60_000);
      return { name: `crafted ${kind} ${size}`, bytes: latin1(`%PDF-1.7\n${make(size)}`) };
    },
    () => {
      const [kind, make] = kinds[int(kinds.length)];
      const size = 1000 + int(30_000);
      const at = int(signed.length);
      const spliced = Buffer.concat([Buffer.from(signed.subarray(0, at)), Buffer.from(make(size), 'latin1'), Buffer.from(signed.subarray(at))]);
      return { name: `${kind} spliced at ${at}`, bytes: new Uint8Array(spliced) };
    },
    () => {
      const [kind, make] = kinds[int(kinds.length)];
      return { name: `${kind} appended after the signature`, bytes: appendStreamObject(signed, make(1000 + int(30_000))) };
    },
    () => {
      // The signature dictionary itself damaged: its numbers, brackets or hex digits.
      const b = Buffer.from(signed);
      const at = b.indexOf('/ByteRange');
      const replacement = ['[0 1e999 -1 2]', '[[[[[[[[', '[0 ' + '9'.repeat(400) + ' 1 1]', '<<<<<<<<', '(((((((('][int(5)];
      b.write(replacement, at + 11, 'latin1');
      return { name: `signature dictionary damaged with ${replacement.slice(0, 12)}`, bytes: new Uint8Array(b) };
    },
  ];
  for (let i = 0; cases.length < count; i++) cases.push(generators[i % generators.length]());
  return cases;
}
