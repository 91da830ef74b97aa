import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { ContentInfo, SignedData } from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openP12Signer, signPdf, verifyPdfSignatures, type Signer } from '../../../electron/core/signing';
import { parseIndirectObject, parseValue } from '../../../electron/core/signing/pdf/pdf-syntax';
import { CA_SUBJECT, makeTestCertificates, SIGNER_SUBJECT, type TestCertificates } from '../../helpers/certificates';
import { makeSamplePdf, SIGNATURE_RECT } from './sample-pdf';
import { extractSignatures, opensslCmsVerify, pdfsig } from './tools';

const OUT = 'test-output/signing';
// Within the test certificates' validity (made today): signing outside it is refused.
const SIGNING_TIME = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);

let certs: TestCertificates;
let signer: Signer;
let signed: Uint8Array;
let signedPath: string;

function write(name: string, bytes: Uint8Array): string {
  const path = join(OUT, name);
  writeFileSync(path, bytes);
  return path;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  certs = makeTestCertificates();
  signer = await openP12Signer(certs.p12, certs.password);
  const pdf = await makeSamplePdf(2);
  signed = await signPdf(pdf, signer, {
    signingTime: SIGNING_TIME,
    reason: 'Ký ban hành Quyết định thành lập Tổ công nghệ số cộng đồng',
    location: 'Xã Hòa Bình, Thừa Thiên Huế',
    name: SIGNER_SUBJECT.CN,
    widget: { pageIndex: 1, rect: SIGNATURE_RECT },
  });
  signedPath = write('decision-signed.pdf', signed);
});
afterAll(() => certs?.remove());

describe('signPdf + verifiers on an untouched signed decision', () => {
  it('pdfsig reports one valid ETSI.CAdES.detached signature by Nguyễn Văn Ánh over the whole file', () => {
    const { output, signatures } = pdfsig(signedPath);
    expect(signatures, output).toHaveLength(1);
    expect(signatures[0].valid, output).toBe(true);
    expect(signatures[0].commonName).toBe('Nguyễn Văn Ánh');
    expect(signatures[0].totalDocumentSigned).toBe(true);
    if (signatures[0].subFilter !== null) expect(signatures[0].subFilter).toBe('ETSI.CAdES.detached');
  });

  it('openssl cms -verify accepts the CMS over the byte-range content', () => {
    const [{ cms, content }] = extractSignatures(signed);
    const result = opensslCmsVerify(cms, content);
    expect(result.ok, result.output).toBe(true);
  });

  it('our verifier reports it valid, with the Vietnamese names as proper Unicode', async () => {
    const [report, ...others] = await verifyPdfSignatures(signed);
    expect(others).toHaveLength(0);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      valid: true,
      coversWholeDocument: true,
      signerName: 'Nguyễn Văn Ánh',
      signerOrganisation: 'UBND xã Hòa Bình',
      issuerName: CA_SUBJECT.CN,
      subFilter: 'ETSI.CAdES.detached',
      reason: 'Ký ban hành Quyết định thành lập Tổ công nghệ số cộng đồng',
      location: 'Xã Hòa Bình, Thừa Thiên Huế',
    });
    expect(report.signingTime?.toISOString()).toBe(SIGNING_TIME.toISOString());
    expect(report.certificates.map((c) => c.subject)).toEqual([
      'CN=Nguyễn Văn Ánh, O=UBND xã Hòa Bình, L=Thừa Thiên Huế, C=VN',
      'CN=Cơ quan chứng thực số thử nghiệm Việt Nam, O=Ban Cơ yếu Chính phủ thử nghiệm, C=VN',
    ]);
    const openssl = execFileSync('openssl', ['x509', '-in', certs.signerCertPath, '-noout', '-serial']).toString();
    expect(report.serialNumber?.replace(/^0+/, '')).toBe(openssl.trim().replace('serial=', '').replace(/^0+/, ''));
    expect(report.notAfter!.getTime()).toBeGreaterThan(report.notBefore!.getTime());
  });

  it('carries the certificates byte for byte and the CAdES signed attributes', () => {
    const [{ cms }] = extractSignatures(signed);
    const signedData = new SignedData({ schema: new ContentInfo({ schema: asn1js.fromBER(new Uint8Array(cms)).result }).content });
    const carried = (signedData.certificates ?? []).map((c) => Buffer.from((c as { toSchema(): asn1js.Sequence }).toSchema().toBER()));
    expect(carried.some((c) => c.equals(Buffer.from(certs.signerCertDer)))).toBe(true);
    expect(carried.some((c) => c.equals(Buffer.from(certs.caCertDer)))).toBe(true);
    expect(signedData.encapContentInfo.eContent).toBeUndefined(); // detached
    const types = signedData.signerInfos[0].signedAttrs?.attributes.map((a) => a.type);
    expect(types).toEqual(
      expect.arrayContaining([
        '1.2.840.113549.1.9.3', // contentType
        '1.2.840.113549.1.9.4', // messageDigest
        '1.2.840.113549.1.9.5', // signingTime
        '1.2.840.113549.1.9.16.2.47', // signingCertificateV2
      ]),
    );
    // The issuer name in the SignerInfo is the CA's own UTF8String bytes.
    const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER'], { input: cms }).toString();
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
    expect(printed).toContain('UTF8STRING        :Cơ quan chứng thực số thử nghiệm Việt Nam');
  });

  it('places the widget over the given rectangle on the chosen page, with /M set', () => {
    const text = Buffer.from(signed).toString('latin1');
    const widgetAt = text.lastIndexOf('/Subtype /Widget');
    const objAt = text.lastIndexOf(' 0 obj', widgetAt);
    const header = text.lastIndexOf('\n', objAt) + 1;
    const widget = parseIndirectObject(signed, header).value;
    if (widget.kind !== 'dict') throw new Error('widget is not a dictionary');
    const rect = widget.entries.get('Rect');
    expect(rect?.kind === 'array' && rect.items.map((i) => (i.kind === 'number' ? i.value : NaN))).toEqual(SIGNATURE_RECT);
    // /P is the second kid of the page tree.
    const pages = /\/Type \/Pages\s*\/Count 2\s*\/Kids \[(\d+) 0 R (\d+) 0 R\]/.exec(text);
    const p = widget.entries.get('P');
    expect(p?.kind === 'ref' && p.num).toBe(Number(pages?.[2]));
    const pdfDate = `D:${SIGNING_TIME.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
    expect(text).toContain(`/M (${pdfDate})`);
    const name = parseValue(signed, text.indexOf('/Name <FEFF') + 5);
    expect(name.kind === 'string' && Buffer.from(name.bytes.subarray(2)).swap16().toString('utf16le')).toBe('Nguyễn Văn Ánh');
  });

  it('renders (pdftoppm) with the Vietnamese text intact', () => {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', signedPath, join(OUT, 'decision-signed')]);
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', signedPath, '-']).toString();
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('Nguyễn Văn Ánh');
  });
});

describe('tampering', () => {
  it('one changed byte inside the signed range makes all three verifiers report it invalid', async () => {
    const tampered = new Uint8Array(signed);
    // Byte 10 is in the binary comment on line 2: the file still parses, only the digest changes.
    tampered[10] ^= 0x01;
    const path = write('decision-tampered.pdf', tampered);

    const { output, signatures } = pdfsig(path);
    expect(signatures, output).toHaveLength(1);
    expect(signatures[0].valid, output).toBe(false);

    const [{ cms, content }] = extractSignatures(tampered);
    expect(opensslCmsVerify(cms, content).ok).toBe(false);

    const [report] = await verifyPdfSignatures(tampered);
    expect(report.valid).toBe(false);
    expect(report.problems.join(' ')).toMatch(/đã bị thay đổi/);
  });

  it('a changed byte inside the CMS signature value is caught too', async () => {
    const [{ cms }] = extractSignatures(signed);
    const tampered = new Uint8Array(signed);
    const range = /\/ByteRange \[0 (\d+)/.exec(Buffer.from(signed).toString('latin1'));
    // The last hex digit of the DER is part of the RSA signature value.
    const lastHexDigit = Number(range![1]) + 1 + cms.length * 2 - 1;
    tampered[lastHexDigit] = tampered[lastHexDigit] === 0x30 ? 0x31 : 0x30;
    const [report] = await verifyPdfSignatures(tampered);
    expect(report.valid).toBe(false);
    expect(report.problems.join(' ')).toMatch(/Giá trị chữ ký không khớp/);
    expect(pdfsig(write('decision-bad-signature.pdf', tampered)).signatures[0].valid).toBe(false);
  });

  it('bytes appended after signing are reported as not covering the whole document', async () => {
    const appended = new Uint8Array([...signed, ...Buffer.from('\n% sửa sau khi ký\n')]);
    const [report] = await verifyPdfSignatures(appended);
    expect(report.valid).toBe(true); // the signed revision itself is intact
    expect(report.coversWholeDocument).toBe(false);
    expect(report.problems.join(' ')).toMatch(/không bao trùm toàn bộ tệp/);
    const { signatures } = pdfsig(write('decision-appended.pdf', appended));
    expect(signatures[0].totalDocumentSigned).toBe(false);
  });
});

describe('a second signature (e.g. the organisation after the chair)', () => {
  it('keeps the first valid and both are reported, only the last covering the whole file', async () => {
    const ecSigner = await openP12Signer(certs.ecP12, certs.password);
    const twice = await signPdf(signed, ecSigner, { signingTime: new Date(SIGNING_TIME.getTime() + 30 * 60_000) });
    const path = write('decision-signed-twice.pdf', twice);

    const reports = await verifyPdfSignatures(twice);
    expect(reports.map((r) => [r.valid, r.coversWholeDocument, r.signerName])).toEqual([
      [true, false, 'Nguyễn Văn Ánh'],
      [true, true, 'Trần Thị Bích Ngọc'],
    ]);
    const { output, signatures } = pdfsig(path);
    expect(signatures.map((s) => s.valid), output).toEqual([true, true]);
    for (const { cms, content } of extractSignatures(twice)) {
      expect(opensslCmsVerify(cms, content).ok).toBe(true);
    }
  });
});
