/** Independent verifiers for signed PDFs: poppler's pdfsig and `openssl cms -verify`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfsigSignature {
  commonName: string | null;
  subFilter: string | null;
  validation: string | null;
  valid: boolean;
  totalDocumentSigned: boolean;
}

/** Runs pdfsig (it will call the self-signed test CA untrusted; fine) and parses each "Signature #n" block. */
export function pdfsig(path: string): { output: string; signatures: PdfsigSignature[] } {
  const run = spawnSync('pdfsig', [path], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  const blocks = output.split(/^Signature #\d+:$/m).slice(1);
  const field = (block: string, label: string) =>
    new RegExp(`^\\s*- ${label}: (.*)$`, 'm').exec(block)?.[1]?.trim() ?? null;
  return {
    output,
    signatures: blocks.map((block) => {
      const validation = field(block, 'Signature Validation');
      return {
        commonName: field(block, 'Signer Certificate Common Name'),
        subFilter: field(block, 'Signature Type'),
        validation,
        valid: validation === 'Signature is Valid.',
        totalDocumentSigned: /^\s*- Total document signed$/m.test(block),
      };
    }),
  };
}

/**
 * The CMS and the signed bytes of every signature, taken straight from the file: the numbers in
 * /ByteRange say where the signed bytes are; the gap between them is the <hex> /Contents.
 */
export function extractSignatures(pdf: Uint8Array): { cms: Uint8Array; content: Uint8Array }[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((m) => {
    const [a, b, c, d] = m.slice(1).map(Number);
    const content = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
    const padded = Buffer.from(text.slice(b + 1, c - 1).replace(/\s+/g, ''), 'hex');
    return { cms: new Uint8Array(derPrefix(padded)), content: new Uint8Array(content) };
  });
}

/** The DER value at the start of `bytes` (the placeholder's zero padding follows it). */
function derPrefix(bytes: Buffer): Buffer {
  const first = bytes[1];
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const n = first & 0x7f;
  return bytes.subarray(0, 2 + n + bytes.readUIntBE(2, n));
}

/** `openssl cms -verify -binary -inform DER -noverify -content …`: checks digest and signature only. */
export function opensslCmsVerify(cms: Uint8Array, content: Uint8Array): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-cms-'));
  try {
    writeFileSync(join(dir, 'sig.der'), cms);
    writeFileSync(join(dir, 'content.bin'), content);
    const run = spawnSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', 'sig.der', '-content', 'content.bin', '-noverify', '-out', '/dev/null'],
      { cwd: dir, encoding: 'utf8' },
    );
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
