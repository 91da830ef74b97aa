import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { openP12Signer, signPdf } from '../../../electron/core/signing';
import { makeTestCertificates, type TestCertificates } from '../../helpers/certificates';
import { tempCore } from '../../helpers/core';
import { extractSignatures, opensslCmsVerify, pdfsig } from '../signing/tools';

let t: ReturnType<typeof tempCore>;
let certs: TestCertificates;
let issuedId: string;

beforeAll(async () => {
  certs = makeTestCertificates();
  t = tempCore();
  await seedDemo(t.core);
  issuedId = (await t.op('decisions.list', {})).find((d) => d.status === 'issued')!.id;
  // The test CA is trusted here; test/integration/signing/trust.test.ts covers the untrusted case.
  await t.op('trust.add', { file: certs.caCertDer });
});
afterAll(() => {
  t.dispose();
  certs.remove();
});

const save = (bytes: Uint8Array, name: string) => {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  return file;
};

describe('signing an issued decision', () => {
  let signed: Uint8Array;

  it('signs with a certificate whose subject and issuer are Vietnamese, and all three verifiers accept it', async () => {
    const file = await t.op('decisions.sign', { id: issuedId, p12: certs.p12, password: certs.password });
    signed = file.bytes;
    expect(file.fileName).toBe('Quyet-dinh-05-QD-UBND-2026-da-ky.pdf');

    const ours = await t.op('decisions.verify', { pdf: signed });
    expect(ours).toMatchObject({ integrity: true, trusted: true, revocationChecked: false });
    expect(ours.signatures).toHaveLength(1);
    expect(ours.signatures[0]).toMatchObject({ valid: true, coversWholeDocument: true, signerName: 'Nguyễn Văn Ánh', problems: [], trusted: true });
    expect(ours.signatures[0].issuerName).toMatch(/Cơ quan chứng thực/u);

    const poppler = pdfsig(save(signed, 'signed.pdf'));
    expect(poppler.signatures).toHaveLength(1);
    expect(poppler.signatures[0]).toMatchObject({ valid: true, commonName: 'Nguyễn Văn Ánh', totalDocumentSigned: true });
    expect(poppler.signatures[0].subFilter).toMatch(/ETSI\.CAdES\.detached/u);

    const [{ cms, content }] = extractSignatures(signed);
    expect(opensslCmsVerify(cms, content).ok).toBe(true);

    // The visible signature block is drawn in the signature area, in the PDF's text.
    const text = execFileSync('pdftotext', ['-layout', save(signed, 'signed-text.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Ký bởi: Nguyễn Văn Ánh');
    expect(text).toContain('Cơ quan: UBND xã Hòa Bình');

    const detail = await t.op('decisions.get', { id: issuedId });
    expect(detail.status).toBe('signed');
    expect(detail.files).toHaveLength(1);
    const archived = await t.op('decisions.downloadSigned', { fileId: detail.files[0].id });
    expect(Buffer.from(archived.bytes).equals(Buffer.from(signed))).toBe(true);
  });

  it('reports one changed byte as invalid in all three verifiers', async () => {
    const tampered = new Uint8Array(signed);
    const at = Buffer.from(tampered).indexOf('Hòa Bình');
    tampered[at] ^= 0x01;
    const ours = await t.op('decisions.verify', { pdf: tampered });
    expect(ours.integrity).toBe(false);
    expect(ours.signatures[0].valid).toBe(false);
    expect(ours.signatures[0].problems.length).toBeGreaterThan(0);
    expect(pdfsig(save(tampered, 'tampered.pdf')).signatures[0].valid).toBe(false);
    const [{ cms, content }] = extractSignatures(tampered);
    expect(opensslCmsVerify(cms, content).ok).toBe(false);
    const cli = (() => {
      try {
        execFileSync('npx', ['tsx', 'electron/cli/index.ts', 'decision', 'verify', save(tampered, 'cli.pdf'), '--db', t.dbFile], { encoding: 'utf8' });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    })();
    expect(cli).toBe(1);
  });

  it('refuses a wrong password with a Vietnamese message and archives nothing', async () => {
    const before = (await t.op('decisions.get', { id: issuedId })).files.length;
    await expect(t.op('decisions.sign', { id: issuedId, p12: certs.p12, password: 'sai mật khẩu' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/mật khẩu/iu),
    });
    expect((await t.op('decisions.get', { id: issuedId })).files.length).toBe(before);
  });
});

describe('command line', () => {
  const cli = (args: string[], env: Record<string, string> = {}) => {
    try {
      const out = execFileSync('npx', ['tsx', 'electron/cli/index.ts', ...args, '--db', t.dbFile], {
        encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, out };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('lists, exports, signs with the password from TCNS_P12_PASSWORD, and verifies', async () => {
    const list = JSON.parse(cli(['decision', 'list', '--json']).out) as { id: string; numberText: string }[];
    const issued = list.find((d) => d.numberText === 'Số: 05/QĐ-UBND')!;
    const docx = join(t.dir, 'cli.docx');
    expect(cli(['decision', 'export', issued.id, '--docx', '--out', docx]).code).toBe(0);
    expect(execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' })).toContain('05/QĐ-UBND');

    const p12 = save(certs.p12, 'cli.p12');
    const signedPath = join(t.dir, 'cli-signed.pdf');
    const wrong = cli(['decision', 'sign', issued.id, '--p12', p12, '--out', signedPath], { TCNS_P12_PASSWORD: 'sai' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/Mật khẩu/u);
    expect(cli(['decision', 'sign', issued.id, '--p12', p12, '--out', signedPath], { TCNS_P12_PASSWORD: certs.password }).code).toBe(0);
    const verified = cli(['decision', 'verify', signedPath, '--json']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ integrity: true, trusted: true, signatures: [{ signerName: 'Nguyễn Văn Ánh' }] });
  });
});

describe('importing a PDF signed elsewhere', () => {
  it('accepts the issued PDF signed by another tool and refuses a signed PDF of something else', async () => {
    const other = await t.op('decisions.createDraft', { kind: 'giai_the', teamIds: [(await t.op('teams.list', {}))[1].id] });
    const issued = await t.op('decisions.issue', { id: other.id, version: other.version, number: 9, date: '2026-11-20' });
    const exported = await t.op('decisions.exportPdf', { id: issued.id });
    // What a CA's signing tool or USB token does: an incremental signature on our exact PDF.
    const signer = await openP12Signer(certs.legacyP12, certs.password);
    const signedElsewhere = await signPdf(exported.bytes, signer, { signingTime: new Date() }); // within the test certificate's validity

    const wrongDecision = await t.op('decisions.get', { id: issuedId });
    await expect(t.op('decisions.importSigned', { id: wrongDecision.id, pdf: signedElsewhere })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/không khớp/u),
    });

    const unsigned = await t.op('decisions.importSigned', { id: issued.id, pdf: exported.bytes }).catch((e) => e);
    expect(unsigned).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/chưa có chữ ký số/u) });

    const imported = await t.op('decisions.importSigned', { id: issued.id, fileName: 'QD-09-da-ky.pdf', pdf: signedElsewhere });
    expect(imported.status).toBe('signed');
    expect(imported.files[0]).toMatchObject({ source: 'imported', fileName: 'QD-09-da-ky.pdf' });
    expect(imported.files[0].signatures[0]).toMatchObject({ valid: true, signerName: 'Nguyễn Văn Ánh' });
  });
});
