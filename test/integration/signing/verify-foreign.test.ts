/**
 * Our verifier on PDFs signed "by another tool": the CMS comes from `openssl cms -sign` (its own
 * attribute set, RSA-PSS, or no signed attributes at all), and the signature dictionary is laid
 * out unlike ours — written inline in the widget as /V, /Contents before /ByteRange, no spaces,
 * CRLF line ends, zero-padded byte-range numbers.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPdfSignatures } from '../../../electron/core/signing';
import { makeTestCertificates, type TestCertificates } from '../../helpers/certificates';
import { makeSamplePdf } from './sample-pdf';
import { pdfsig } from './tools';

const OUT = 'test-output/signing';
const CONTENTS_BYTES = 8192;
let certs: TestCertificates;
let basePdf: Uint8Array;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  certs = makeTestCertificates();
  basePdf = await makeSamplePdf(1);
});
afterAll(() => certs?.remove());

/** Object text of `num` in a pdfkit file (classic xref, one object per offset). */
function objectBody(text: string, num: number): string {
  const m = new RegExp(`(?:^|\\n)${num} 0 obj\\n<<([\\s\\S]*?)>>\\nendobj`).exec(text);
  if (!m) throw new Error(`object ${num} not found`);
  return m[1];
}

function signLikeAnotherTool(pdf: Uint8Array, opensslArgs: string[], name: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const size = Number(/\/Size (\d+)/.exec(text)![1]);
  const root = Number(/\/Root (\d+) 0 R/.exec(text)![1]);
  const info = /\/Info (\d+ 0 R)/.exec(text)![1];
  const prev = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(text)![1]);
  const pagesNum = Number(/\/Pages (\d+) 0 R/.exec(objectBody(text, root))![1]);
  const pageNum = Number(/\/Kids \[(\d+) 0 R/.exec(objectBody(text, pagesNum))![1]);
  const widget = size;
  const placeholder = '0000000000';
  const objects: [number, string][] = [
    [root, `<<${objectBody(text, root).trim()}/AcroForm<</Fields[${widget} 0 R]/SigFlags 3>>>>`],
    [pageNum, `<<${objectBody(text, pageNum).trim()}/Annots[${widget} 0 R]>>`],
    [
      widget,
      `<</FT/Sig/T(Chu ky 1)/Type/Annot/Subtype/Widget/Rect[0 0 0 0]/F 4/P ${pageNum} 0 R` +
        `/V<</Type/Sig/Contents <${'0'.repeat(CONTENTS_BYTES * 2)}>/Filter/Adobe.PPKLite` +
        `/SubFilter/adbe.pkcs7.detached/M(D:20260105153000+07'00')` +
        `/ByteRange[0 ${placeholder} ${placeholder} ${placeholder}]/Reason(Duyet)>>>>`,
    ],
  ];
  let update = '\r\n';
  const offsets: [number, number][] = [];
  for (const [num, body] of objects.sort((a, b) => a[0] - b[0])) {
    offsets.push([num, pdf.length + update.length]);
    update += `${num} 0 obj\r\n${body}\r\nendobj\r\n`;
  }
  const xrefAt = pdf.length + update.length;
  update += 'xref\r\n' + offsets.map(([n, o]) => `${n} 1\r\n${String(o).padStart(10, '0')} 00000 n\r\n`).join('');
  update += `trailer\r\n<</Size ${size + 1}/Root ${root} 0 R/Info ${info}/Prev ${prev}>>\r\nstartxref\r\n${xrefAt}\r\n%%EOF\r\n`;
  const file = Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]);

  const all = file.toString('latin1');
  const gapStart = all.indexOf('/Contents <') + '/Contents '.length;
  const gapEnd = all.indexOf('>', gapStart) + 1;
  const range = [0, gapStart, gapEnd, file.length - gapEnd];
  // Same length as the placeholder: the three numbers zero-padded to its ten digits.
  const rangeText = `[0 ${range.slice(1).map((n) => String(n).padStart(10, '0')).join(' ')}]`;
  file.write(rangeText, all.indexOf(`[0 ${placeholder}`), 'latin1');

  const content = Buffer.concat([file.subarray(0, gapStart), file.subarray(gapEnd)]);
  const contentPath = join(certs.dir, `${name}.bin`);
  const cmsPath = join(certs.dir, `${name}.der`);
  writeFileSync(contentPath, content);
  execFileSync('openssl', [
    'cms', '-sign', '-binary', '-in', contentPath, '-signer', certs.signerCertPath, '-inkey', certs.signerKeyPath,
    '-certfile', certs.caCertPath, '-outform', 'DER', '-out', cmsPath, '-md', 'sha256', ...opensslArgs,
  ]);
  const hex = readFileSync(cmsPath).toString('hex').padEnd(CONTENTS_BYTES * 2, '0');
  file.write(hex, gapStart + 1, 'latin1');
  writeFileSync(join(OUT, `${name}.pdf`), file);
  return new Uint8Array(file);
}

describe('verifyPdfSignatures on signatures made by other tools', () => {
  const variants: [string, string[]][] = [
    ['openssl-cms', []],
    ['openssl-cms-pss', ['-keyopt', 'rsa_padding_mode:pss']],
    ['openssl-cms-noattr', ['-noattr']],
  ];

  it.each(variants)('%s: valid (also for pdfsig), with the signer named in Vietnamese', async (name, args) => {
    const signed = signLikeAnotherTool(basePdf, args, name);
    const reports = await verifyPdfSignatures(signed);
    expect(reports).toHaveLength(1);
    expect(reports[0].problems).toEqual([]);
    expect(reports[0]).toMatchObject({
      valid: true,
      coversWholeDocument: true,
      signerName: 'Nguyễn Văn Ánh',
      signerOrganisation: 'UBND xã Hòa Bình',
      issuerName: 'Cơ quan chứng thực số thử nghiệm Việt Nam',
      subFilter: 'adbe.pkcs7.detached',
      reason: 'Duyet',
    });
    if (args.includes('-noattr')) {
      // No signingTime attribute: the dictionary's /M (+07:00) is used.
      expect(reports[0].signingTime?.toISOString()).toBe('2026-01-05T08:30:00.000Z');
    }

    // pdfsig agrees, so the hand-laid-out fixture itself is sound.
    const { output, signatures } = pdfsig(join(OUT, `${name}.pdf`));
    expect(signatures.map((s) => s.valid), output).toEqual([true]);

    const tampered = new Uint8Array(signed);
    tampered[10] ^= 0x01;
    const [bad] = await verifyPdfSignatures(tampered);
    expect(bad.valid).toBe(false);
  });

  it('reports nothing for an unsigned PDF and a problem for a broken /ByteRange', async () => {
    expect(await verifyPdfSignatures(basePdf)).toEqual([]);
    const signed = signLikeAnotherTool(basePdf, [], 'openssl-cms-broken');
    const text = Buffer.from(signed).toString('latin1');
    const at = text.indexOf('/ByteRange[0 ') + '/ByteRange[0 '.length;
    const firstLength = Number(text.slice(at, at + 10));
    const broken = Buffer.from(signed);
    // The first range now stops one byte short of /Contents: that byte would go unsigned.
    broken.write(String(firstLength - 1).padStart(10, '0'), at, 'latin1');
    const [report] = await verifyPdfSignatures(new Uint8Array(broken));
    expect(report.valid).toBe(false);
    expect(report.problems.join(' ')).toMatch(/ByteRange/);
  });
});
