/**
 * Issue 8 §4 acceptance: a signature is trusted only when its certificate is. Real certificates
 * made by openssl (test/helpers/certificates.ts), real SQLite, the CLI's own entry point, and
 * pdfsig / `openssl cms -verify` as independent judges of integrity.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { openP12Signer, signPdf } from '../../../electron/core/signing';
import type { PdfVerification } from '../../../shared/api';
import { makeExtraSigner, makeTestCertificates, type TestCertificates } from '../../helpers/certificates';
import { tempCore } from '../../helpers/core';
import { extractSignatures, opensslCmsVerify, pdfsig } from './tools';

let t: ReturnType<typeof tempCore>;
let certs: TestCertificates;
let issuedId: string;
let issuedPdf: Uint8Array;

/** Runs the CLI in-process (the same main() the npm script runs) and returns its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main([...args, '--db', t.dbFile], (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

const save = (bytes: Uint8Array, name: string) => {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  return file;
};

async function signIssued(p12: Uint8Array, pdf = issuedPdf): Promise<Uint8Array> {
  const signer = await openP12Signer(p12, certs.password);
  return signPdf(pdf, signer, { signingTime: new Date(), reason: 'Ký ban hành quyết định' });
}

beforeAll(async () => {
  certs = makeTestCertificates();
  t = tempCore();
  await seedDemo(t.core);
  issuedId = (await t.op('decisions.list', {})).find((d) => d.status === 'issued')!.id;
  issuedPdf = (await t.op('decisions.exportPdf', { id: issuedId })).bytes;
});
afterAll(() => {
  t.dispose();
  certs.remove();
});

describe('decision verify: integrity and trust', () => {
  let signedPath: string;
  let signed: Uint8Array;

  it('exits non-zero for a certificate from a CA not in the trust store, saying so and never "hợp lệ"', async () => {
    signed = await signIssued(certs.p12);
    signedPath = save(signed, 'unknown-ca.pdf');
    const json = await cli('decision', 'verify', signedPath, '--json');
    expect(json.code).not.toBe(0);
    const result = JSON.parse(json.out) as PdfVerification;
    expect(result).toMatchObject({ integrity: true, trusted: false, revocationChecked: false });
    expect(result.verdict).toMatch(/chữ ký toàn vẹn nhưng chứng thư số không do tổ chức tin cậy cấp/iu);
    expect(result.verdict).toMatch(/chưa kiểm tra thu hồi/iu);
    // The signature carries its CA, which is self-signed and not in the store.
    expect(result.signatures[0].trustProblems.join(' ')).toMatch(/"Cơ quan chứng thực số thử nghiệm Việt Nam" tự cấp \(tự ký\), không có trong danh sách/u);

    const text = await cli('decision', 'verify', signedPath);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/không do tổ chức tin cậy cấp/u);
    expect(text.out).not.toMatch(/^Chữ ký hợp lệ/mu);
  });

  it('exits 0 after `trust add` of that CA, naming the chain up to it', async () => {
    const added = await cli('trust', 'add', certs.caCertPath);
    expect(added.code).toBe(0);
    expect(added.out).toContain('Cơ quan chứng thực số thử nghiệm Việt Nam');
    const list = JSON.parse((await cli('trust', 'list', '--json')).out) as { commonName: string; fingerprint: string }[];
    expect(list.map((c) => c.commonName)).toEqual(['Cơ quan chứng thực số thử nghiệm Việt Nam']);
    const fingerprint = createHash('sha256').update(certs.caCertDer).digest('hex').toUpperCase().match(/../g)!.join(':');
    expect(list[0].fingerprint).toBe(fingerprint);

    const json = await cli('decision', 'verify', signedPath, '--json');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as PdfVerification;
    expect(result).toMatchObject({ integrity: true, trusted: true, revocationChecked: false });
    expect(result.verdict).toMatch(/^Chữ ký hợp lệ.*Chưa kiểm tra thu hồi/u);
    expect(result.signatures[0]).toMatchObject({
      trustChain: ['Nguyễn Văn Ánh', 'Cơ quan chứng thực số thử nghiệm Việt Nam'],
      trustAnchor: 'Cơ quan chứng thực số thử nghiệm Việt Nam',
      trustProblems: [],
    });
  });

  it('fails integrity for a tampered file whatever the trust, and pdfsig and openssl cms agree', async () => {
    const tampered = new Uint8Array(signed);
    tampered[Buffer.from(tampered).indexOf('/Type /Page') + 2] ^= 0x01;
    const path = save(tampered, 'tampered.pdf');
    const json = await cli('decision', 'verify', path, '--json');
    expect(json.code).toBe(1);
    const result = JSON.parse(json.out) as PdfVerification;
    expect(result).toMatchObject({ integrity: false, trusted: true });
    expect(result.verdict).toMatch(/^Chữ ký không hợp lệ/u);

    // Independent judges of integrity agree with ours, on the good and the tampered file.
    for (const [file, bytes, intact] of [[signedPath, signed, true], [path, tampered, false]] as const) {
      expect(pdfsig(file).signatures.map((s) => s.valid)).toEqual([intact]);
      const [{ cms, content }] = extractSignatures(bytes);
      expect(opensslCmsVerify(cms, content).ok).toBe(intact);
    }
  });

  it('calls a self-signed certificate self-signed and untrusted, even though its signature is intact', async () => {
    const dir = certs.dir;
    execFileSync('openssl', [
      'req', '-x509', '-utf8', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '30', '-subj', '/CN=Tự ký Nguyễn Văn Ánh/C=VN',
      '-addext', 'keyUsage=critical,digitalSignature,nonRepudiation', '-keyout', 'self.key', '-out', 'self.crt',
    ], { cwd: dir, stdio: 'ignore', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', 'self.key', '-in', 'self.crt', '-passout', `pass:${certs.password}`, '-out', 'self.p12'],
      { cwd: dir, stdio: 'ignore', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    const selfSigned = await signIssued(new Uint8Array(readFileSync(join(dir, 'self.p12'))));
    const result = await t.op('decisions.verify', { pdf: selfSigned });
    expect(result).toMatchObject({ integrity: true, trusted: false });
    expect(result.signatures[0].trustProblems.join(' ')).toMatch(/tự cấp \(tự ký\)/u);
    expect((await cli('decision', 'verify', save(selfSigned, 'self.pdf'))).code).toBe(1);
  });
});

describe('trust store', () => {
  it('reads the CA from DER, PEM and PKCS#7 (.p7b, DER and PEM) files, each added once', async () => {
    const dir = certs.dir;
    const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    run(['x509', '-in', 'ca.crt', '-outform', 'DER', '-out', 'ca.cer']);
    run(['crl2pkcs7', '-nocrl', '-certfile', 'ca.crt', '-out', 'ca.p7b']);
    run(['crl2pkcs7', '-nocrl', '-certfile', 'ca.crt', '-outform', 'DER', '-out', 'ca-der.p7b']);
    const other = makeTestCertificates(); // a second, unrelated CA
    try {
      for (const file of ['ca.cer', 'ca.crt', 'ca.p7b', 'ca-der.p7b']) {
        const error = await t.op('trust.add', { fileName: file, file: new Uint8Array(readFileSync(join(dir, file))) }).catch((e) => e);
        expect(error, file).toMatchObject({ code: 'DUPLICATE', message: expect.stringMatching(/đã có trong danh sách/u) });
      }
      const added = await t.op('trust.add', { fileName: 'ca2.cer', file: other.caCertDer });
      expect(added).toHaveLength(1);
      expect((await t.op('trust.list', {})).length).toBe(2);

      await t.op('trust.remove', { id: added[0].id });
      expect((await t.op('trust.list', {})).length).toBe(1);
      const audit = t.core.ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'trusted_ca' AND entity_id = ? ORDER BY id").all(added[0].id);
      expect(audit).toEqual([{ action: 'trust.add' }, { action: 'trust.remove' }]);
    } finally {
      other.remove();
    }
  });

  it('refuses a signer certificate (not a CA) and a file that is no certificate, in Vietnamese, adding nothing', async () => {
    const before = (await t.op('trust.list', {})).length;
    await expect(t.op('trust.add', { file: certs.signerCertDer })).rejects.toMatchObject({
      code: 'VALIDATION', message: expect.stringMatching(/không phải của tổ chức cấp chứng thư số \(CA\)/u),
    });
    await expect(t.op('trust.add', { file: new TextEncoder().encode('không phải chứng thư') })).rejects.toMatchObject({
      code: 'VALIDATION', message: expect.stringMatching(/Không đọc được chứng thư số/u),
    });
    expect((await t.op('trust.list', {})).length).toBe(before);
  });

  it('ships no private key: the store holds certificates only', () => {
    const ders = t.core.ctx.db.prepare('SELECT der FROM trusted_ca').all() as { der: Buffer }[];
    for (const { der } of ders) expect(der.toString('latin1')).not.toMatch(/PRIVATE KEY/u);
    expect(t.core.ctx.db.prepare("SELECT count(*) AS n FROM pragma_table_info('trusted_ca') WHERE name LIKE '%key%'").get()).toEqual({ n: 0 });
  });
});

describe('signing refuses unusable certificates, writing nothing', () => {
  const cases = [
    { name: 'expired', startDate: '20200101000000Z', endDate: '20210101000000Z', message: /đã hết hạn ngày 01\/01\/2021/u },
    { name: 'not-yet-valid', startDate: '20990101000000Z', endDate: '20991231000000Z', message: /chưa có hiệu lực \(từ ngày 01\/01\/2099\)/u },
    { name: 'encryption-only', keyUsage: 'keyEncipherment', message: /không được cấp cho mục đích ký số/u },
  ];

  it.each(cases)('$name', async ({ message, ...options }) => {
    const { p12 } = makeExtraSigner(certs, options);
    const before = (await t.op('decisions.get', { id: issuedId })).files.length;
    await expect(t.op('decisions.sign', { id: issuedId, p12, password: certs.password })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(message) });
    expect((await t.op('decisions.get', { id: issuedId })).files.length).toBe(before);

    const out = join(t.dir, `${options.name}-signed.pdf`);
    process.env.TCNS_P12_PASSWORD = certs.password;
    try {
      const run = await cli('decision', 'sign', issuedId, '--p12', save(p12, `${options.name}.p12`), '--out', out);
      expect(run.code).toBe(1);
      expect(run.out).toMatch(message);
    } finally {
      delete process.env.TCNS_P12_PASSWORD;
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe('importing a PDF signed elsewhere', () => {
  it('keeps an untrusted signature as received but does not make the decision "đã ký số"', async () => {
    const stranger = makeTestCertificates(); // a CA the office never added
    try {
      const draft = await t.op('decisions.createDraft', { kind: 'giai_the', teamIds: [(await t.op('teams.list', {}))[2].id] });
      const issued = await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 11, date: '2026-11-25' });
      const pdf = (await t.op('decisions.exportPdf', { id: issued.id })).bytes;
      const signer = await openP12Signer(stranger.p12, stranger.password);
      const signedByStranger = await signPdf(pdf, signer, { signingTime: new Date() });
      const imported = await t.op('decisions.importSigned', { id: issued.id, fileName: 'la.pdf', pdf: signedByStranger });
      expect(imported.status).toBe('issued');
      expect(imported.files[0].signatures[0]).toMatchObject({ valid: true, coversWholeDocument: true, trusted: false });

      // Once the office trusts that CA, the kept file is judged again and the decision is signed.
      await t.op('trust.add', { fileName: 'ca-la.cer', file: stranger.caCertDer });
      const after = await t.op('decisions.get', { id: issued.id });
      expect(after.status).toBe('signed');
      expect(after.files[0].signatures[0]).toMatchObject({ trusted: true, trustAnchor: 'Cơ quan chứng thực số thử nghiệm Việt Nam' });
      const promotion = t.core.ctx.db.prepare("SELECT action, after FROM audit_log WHERE entity = 'decision' AND entity_id = ? ORDER BY id DESC LIMIT 1").get(issued.id) as { action: string; after: string };
      expect(promotion.action).toBe('trust.add');
      expect(JSON.parse(promotion.after)).toMatchObject({ status: 'signed' });
    } finally {
      stranger.remove();
    }
  });

  it('checks the first revision against the hash stored at issue, not a fresh rendering', async () => {
    const draft = await t.op('decisions.createDraft', { kind: 'giai_the', teamIds: [(await t.op('teams.list', {}))[3].id] });
    const issued = await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 12, date: '2026-11-26' });
    const row = t.core.ctx.db.prepare('SELECT sha256, byte_length FROM decision_issued_pdf WHERE decision_id = ?').get(issued.id) as { sha256: string; byte_length: number };
    const exported = (await t.op('decisions.exportPdf', { id: issued.id })).bytes;
    expect(row).toEqual({ sha256: createHash('sha256').update(exported).digest('hex'), byte_length: exported.length });
    const audit = t.core.ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'decision_issued_pdf' AND entity_id = ?").all(issued.id);
    expect(audit).toEqual([{ action: 'decisions.issue' }]);

    // As if a font or library update changed what the renderer makes from the same content: a
    // fresh rendering would now differ, yet the PDF signed from the issued bytes is accepted.
    const content = JSON.parse((t.core.ctx.db.prepare('SELECT content FROM decision WHERE id = ?').get(issued.id) as { content: string }).content);
    content.title = `${content.title} (bản dựng lại khác)`;
    // The freeze trigger (migration 0006) forbids this in the app; lifted here only to stand in for
    // a renderer that draws the same issued content differently.
    const frozen = (t.core.ctx.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'decision_issued_frozen'").get() as { sql: string }).sql;
    t.core.ctx.db.exec('DROP TRIGGER decision_issued_frozen');
    t.core.ctx.db.prepare('UPDATE decision SET content = ? WHERE id = ?').run(JSON.stringify(content), issued.id);
    t.core.ctx.db.exec(frozen);
    expect(Buffer.from((await t.op('decisions.exportPdf', { id: issued.id })).bytes).equals(Buffer.from(exported))).toBe(true);
    const imported = await t.op('decisions.importSigned', { id: issued.id, pdf: await signIssued(certs.p12, exported) });
    expect(imported.status).toBe('signed');

    // Another decision's signed PDF does not start with this one's issued bytes.
    await expect(t.op('decisions.importSigned', { id: issued.id, pdf: await signIssued(certs.p12) })).rejects.toMatchObject({
      code: 'VALIDATION', message: expect.stringMatching(/không khớp với quyết định đã ban hành/u),
    });
  });
});
