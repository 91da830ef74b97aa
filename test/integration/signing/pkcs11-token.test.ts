/**
 * Signing with a USB token through PKCS#11 (issue 15), against SoftHSM2 — a real PKCS#11 module
 * loaded the same way as a vendor's DLL. Keys are generated on the token, non-extractable.
 */
import { execFileSync } from 'node:child_process';
import { createPublicKey, X509Certificate } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { getRecord } from '../../../electron/core/decisions/repository';
import { signIssuedDecision } from '../../../electron/core/decisions/signing';
import { withTokenSigner } from '../../../electron/core/signing/pkcs11';
import type { TokenSummary } from '../../../shared/api';
import { makeExtraSigner, makeTestCertificates, type TestCertificates } from '../../helpers/certificates';
import { tempCore } from '../../helpers/core';
import {
  certifyTokenKey, generateKeyOnToken, initToken, lockUserPin, makeSoftHsm, putCertificate, SOFTHSM_MODULE, softhsmAvailable,
  TOKEN_PIN, tryReadPrivateKey, type SoftHsm, type TokenKey,
} from '../../helpers/softhsm';
import { extractSignatures, opensslCmsVerify, pdfsig } from './tools';

const CHAIR = 'Token Chủ tịch';
const EC = 'Token ECDSA';
const EXPIRED = 'Token hết hạn';
const ENCRYPTION = 'Token mã hóa';
const LOCKED = 'Token khóa PIN';
const REMOVED = 'Token rút ra';
const NOT_YET = 'Token chưa hiệu lực';

let t: ReturnType<typeof tempCore>;
let certs: TestCertificates;
let hsm: SoftHsm;
let issuedId: string;
let chairKey: TokenKey;
let ecKey: TokenKey;
let tokens: TokenSummary[];

/** One token with one key pair made on it and a certificate (from `template`) for that key. */
function provision(label: string, kind: 'rsa' | 'ec', template: string, withCa = false): TokenKey {
  initToken(hsm, label);
  const key = generateKeyOnToken(label, kind, 'Khóa ký số');
  putCertificate(label, certifyTokenKey(certs, template, key.spki), key.id, 'Chứng thư ký số');
  if (withCa) putCertificate(label, certs.caCertDer, Buffer.from('ca'), 'CA');
  return key;
}

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

/** Bytes that are no library at all, under a module's name. */
const fakeModule = () => save(new TextEncoder().encode('không phải thư viện'), 'gia-mao_p11.so');

const serialOf = (label: string) => tokens.find((x) => x.label === label)!.serialNumber;

/** Everything an attempt could change: files, status, version, audit rows. */
function snapshot() {
  return {
    files: t.count('SELECT COUNT(*) AS n FROM decision_file'),
    audit: t.count('SELECT COUNT(*) AS n FROM audit_log'),
    decision: t.core.ctx.db.prepare('SELECT status, version FROM decision WHERE id = ?').get(issuedId),
  };
}

describe.skipIf(!softhsmAvailable)('USB token (PKCS#11, SoftHSM2)', () => {
  beforeAll(async () => {
    certs = makeTestCertificates();
    hsm = makeSoftHsm();
    chairKey = provision(CHAIR, 'rsa', certs.signerCertPath, true);
    ecKey = provision(EC, 'ec', join(certs.dir, 'ec.crt'));
    provision(EXPIRED, 'rsa', makeExtraSigner(certs, { name: 'expired', startDate: '20200101000000Z', endDate: '20210101000000Z' }).certPath);
    provision(ENCRYPTION, 'rsa', makeExtraSigner(certs, { name: 'enc', keyUsage: 'keyEncipherment' }).certPath);
    provision(LOCKED, 'rsa', certs.signerCertPath);
    lockUserPin(hsm, LOCKED);
    provision(REMOVED, 'rsa', certs.signerCertPath);
    provision(NOT_YET, 'rsa', makeExtraSigner(certs, { name: 'future', startDate: '20990101000000Z', endDate: '20991231000000Z' }).certPath);
    t = tempCore();
    await seedDemo(t.core);
    issuedId = (await t.op('decisions.list', {})).find((d) => d.status === 'issued')!.id;
    tokens = (await t.op('token.list', { modulePath: SOFTHSM_MODULE })).tokens;
  }, 120_000);
  afterAll(() => {
    t?.dispose();
    certs?.remove();
    hsm?.remove();
  });

  it('creates the private keys non-extractable and sensitive: the token refuses to hand them out', () => {
    for (const [label, key] of [[CHAIR, chairKey], [EC, ecKey]] as const) {
      expect(key).toMatchObject({ extractable: false, sensitive: true });
      expect(tryReadPrivateKey(label, key.id)).toBe('CKR_ATTRIBUTE_SENSITIVE');
    }
  });

  it('lists the tokens with their labels and certificates (subject, issuer, validity, key usage, fitness to sign)', () => {
    expect(tokens.map((x) => x.label).sort()).toEqual([CHAIR, EC, EXPIRED, ENCRYPTION, LOCKED, REMOVED, NOT_YET].sort());
    const chair = tokens.find((x) => x.label === CHAIR)!;
    expect(chair.manufacturer).toBe('SoftHSM project');
    const signing = chair.certificates.find((c) => c.commonName === 'Nguyễn Văn Ánh')!;
    expect(signing).toMatchObject({
      organisation: 'UBND xã Hòa Bình',
      issuerCommonName: 'Cơ quan chứng thực số thử nghiệm Việt Nam',
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      problem: null,
      id: chairKey.id.toString('hex'),
    });
    expect(new Date(signing.notAfter).getTime()).toBeGreaterThan(Date.now());
    expect(chair.certificates.find((c) => c.commonName === 'Cơ quan chứng thực số thử nghiệm Việt Nam')?.problem).toMatch(/không được cấp cho mục đích ký số/u);
    expect(tokens.find((x) => x.label === EXPIRED)!.certificates[0].problem).toMatch(/đã hết hạn ngày 01\/01\/2021/u);
    expect(tokens.find((x) => x.label === ENCRYPTION)!.certificates[0].keyUsage).toEqual(['keyEncipherment']);
    expect(tokens.find((x) => x.label === LOCKED)!.pinLocked).toBe(true);
  });

  it('signs an issued decision on the RSA token: pdfsig, openssl cms and our verifier accept it; trusted once the CA is', async () => {
    const file = await t.op('decisions.signWithToken', { id: issuedId, modulePath: SOFTHSM_MODULE, tokenSerial: serialOf(CHAIR), pin: TOKEN_PIN });
    const path = save(file.bytes, 'token-signed.pdf');

    const poppler = pdfsig(path);
    expect(poppler.signatures).toHaveLength(1);
    expect(poppler.signatures[0]).toMatchObject({ valid: true, commonName: 'Nguyễn Văn Ánh', totalDocumentSigned: true });
    expect(poppler.signatures[0].subFilter).toMatch(/ETSI\.CAdES\.detached/u);
    const [{ cms, content }] = extractSignatures(file.bytes);
    expect(opensslCmsVerify(cms, content).ok).toBe(true);

    // The signer's certificate in the CMS carries the public key generated on the token.
    const signerPem = execFileSync('openssl', ['pkcs7', '-inform', 'DER', '-print_certs'], { input: Buffer.from(cms) }).toString();
    const first = new X509Certificate(signerPem.slice(signerPem.indexOf('-----BEGIN')));
    expect(first.subject).toContain('CN=Nguyễn Văn Ánh');
    expect(Buffer.from(first.publicKey.export({ type: 'spki', format: 'der' })).equals(createPublicKey({ key: chairKey.spki, format: 'der', type: 'spki' }).export({ type: 'spki', format: 'der' }))).toBe(true);

    // Same visible signature block as the .p12 path (one signIssuedDecision for both).
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Ký bởi: Nguyễn Văn Ánh');

    const untrusted = await t.op('decisions.verify', { pdf: file.bytes });
    expect(untrusted).toMatchObject({ integrity: true, trusted: false });
    expect(untrusted.signatures[0].signerName).toBe('Nguyễn Văn Ánh');
    expect((await t.op('decisions.get', { id: issuedId })).status).toBe('issued');

    await t.op('trust.add', { file: certs.caCertDer });
    const trusted = await t.op('decisions.verify', { pdf: file.bytes });
    expect(trusted).toMatchObject({ integrity: true, trusted: true });
    expect(trusted.signatures[0].trustChain).toEqual(['Nguyễn Văn Ánh', 'Cơ quan chứng thực số thử nghiệm Việt Nam']);
  });

  it('signs on an ECDSA token (CKM_ECDSA, r||s turned into DER) and openssl and pdfsig accept it', async () => {
    const file = await t.op('decisions.signWithToken', { id: issuedId, modulePath: SOFTHSM_MODULE, tokenSerial: serialOf(EC), pin: TOKEN_PIN });
    const poppler = pdfsig(save(file.bytes, 'token-ec.pdf'));
    expect(poppler.signatures[0]).toMatchObject({ valid: true, commonName: 'Trần Thị Bích Ngọc' });
    const [{ cms, content }] = extractSignatures(file.bytes);
    expect(opensslCmsVerify(cms, content).ok).toBe(true);
    const ours = await t.op('decisions.verify', { pdf: file.bytes });
    expect(ours).toMatchObject({ integrity: true, trusted: true });
    // Signed with a trusted CA: the decision is now "đã ký số".
    expect((await t.op('decisions.get', { id: issuedId })).status).toBe('signed');
  });

  describe('refusals: a Vietnamese message, no file, nothing changed', () => {
    const cases: { name: string; input: () => Record<string, unknown>; message: RegExp }[] = [
      { name: 'wrong PIN (with the token saying few tries are left)', input: () => ({ tokenSerial: serialOf(CHAIR), pin: '000000' }), message: /Mã PIN của thiết bị ký số \(USB token\) không đúng; chưa ký\. Thiết bị báo số lần thử còn lại đã ít/u },
      { name: 'locked PIN', input: () => ({ tokenSerial: serialOf(LOCKED), pin: TOKEN_PIN }), message: /Mã PIN .* đã bị khóa do nhập sai quá số lần cho phép/u },
      { name: 'missing module', input: () => ({ modulePath: join(t.dir, 'vnptca_p11_v8.dll'), pin: TOKEN_PIN }), message: /Không tìm thấy thư viện PKCS#11/u },
      { name: 'a file that is not a library', input: () => ({ modulePath: t.dbFile, pin: TOKEN_PIN }), message: /không phải thư viện PKCS#11/u },
      { name: 'a library file that is not a PKCS#11 module', input: () => ({ modulePath: fakeModule(), pin: TOKEN_PIN }), message: /Không nạp được thư viện PKCS#11/u },
      // The certificate is refused before the PIN is tried: a wrong PIN here costs no try.
      { name: 'expired certificate', input: () => ({ tokenSerial: serialOf(EXPIRED), pin: 'sai' }), message: /đã hết hạn ngày 01\/01\/2021; không ký được/u },
      { name: 'certificate not yet valid', input: () => ({ tokenSerial: serialOf(NOT_YET), pin: 'sai' }), message: /chưa có hiệu lực \(từ ngày 01\/01\/2099\); không ký được/u },
      { name: 'certificate without the signing key usage', input: () => ({ tokenSerial: serialOf(ENCRYPTION), pin: 'sai' }), message: /không được cấp cho mục đích ký số văn bản/u },
      { name: 'no such token', input: () => ({ tokenLabel: 'Token khác', pin: TOKEN_PIN }), message: /Không thấy USB token đã chọn/u },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const before = snapshot();
        await expect(t.op('decisions.signWithToken', { id: issuedId, modulePath: SOFTHSM_MODULE, ...c.input() } as never)).rejects.toMatchObject({
          code: 'VALIDATION',
          message: expect.stringMatching(c.message),
        });
        expect(snapshot()).toEqual(before);
      });
    }

    it('the CLI refuses the same way and writes no file (wrong PIN, expired certificate)', async () => {
      for (const [label, message] of [[CHAIR, /không đúng/u], [EXPIRED, /đã hết hạn/u]] as const) {
        const out = join(t.dir, `cli-${label}.pdf`);
        const before = snapshot();
        process.env.TCNS_TOKEN_PIN = 'sai-pin';
        try {
          const run = await cli('decision', 'sign', issuedId, '--pkcs11', SOFTHSM_MODULE, '--token', label, '--out', out);
          expect(run.code).toBe(1);
          expect(run.out).toMatch(message);
          expect(run.out).not.toContain('sai-pin');
        } finally {
          delete process.env.TCNS_TOKEN_PIN;
        }
        expect(existsSync(out)).toBe(false);
        expect(snapshot()).toEqual(before);
      }
    });
  });

  describe('command line', () => {
    it('token list --json lists the test tokens and their certificates', async () => {
      const run = await cli('token', 'list', '--pkcs11', SOFTHSM_MODULE, '--json');
      expect(run.out.slice(0, 300)).toMatch(/^\{/u);
      expect(run.code).toBe(0);
      const list = JSON.parse(run.out) as { modulePath: string; tokens: TokenSummary[] };
      expect(list.modulePath).toBe(SOFTHSM_MODULE);
      const chair = list.tokens.find((x) => x.label === CHAIR)!;
      expect(chair.certificates.map((c) => c.commonName)).toContain('Nguyễn Văn Ánh');
      expect(chair.certificates.find((c) => c.commonName === 'Nguyễn Văn Ánh')).toMatchObject({ issuerCommonName: 'Cơ quan chứng thực số thử nghiệm Việt Nam', problem: null });
      const text = await cli('token', 'list', '--pkcs11', SOFTHSM_MODULE);
      expect(text.out).toContain(`Token "${CHAIR}"`);
      expect(text.out).toContain('Dùng để ký được.');
      expect(text.out).toContain('mục đích: ký số, chống chối bỏ');
    });

    it('decision sign --pkcs11 --token --cert signs with TCNS_TOKEN_PIN; verify accepts the file', async () => {
      const out = join(t.dir, 'cli-token-signed.pdf');
      process.env.TCNS_TOKEN_PIN = TOKEN_PIN;
      try {
        const run = await cli('decision', 'sign', issuedId, '--pkcs11', SOFTHSM_MODULE, '--token', CHAIR, '--cert', 'nguyễn văn', '--out', out);
        expect(run.out).toContain('Đã ký bằng USB token');
        expect(run.code).toBe(0);
      } finally {
        delete process.env.TCNS_TOKEN_PIN;
      }
      expect(pdfsig(out).signatures[0]).toMatchObject({ valid: true, commonName: 'Nguyễn Văn Ánh' });
      const verify = await cli('decision', 'verify', out);
      expect(verify.code).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    });
  });

  it('zeroes the PIN buffer it was given, after a signing and after a wrong PIN; no PIN in the audit trail', async () => {
    const record = getRecord(t.core.ctx, issuedId);
    const good = Buffer.from(TOKEN_PIN);
    await withTokenSigner({ modulePath: SOFTHSM_MODULE, tokenSerial: serialOf(CHAIR), pin: good, signingTime: new Date() }, (signer) => signIssuedDecision(t.core.ctx, record, signer));
    expect(good.every((b) => b === 0)).toBe(true);
    const wrong = Buffer.from('999999');
    await expect(withTokenSigner({ modulePath: SOFTHSM_MODULE, tokenSerial: serialOf(CHAIR), pin: wrong, signingTime: new Date() }, async () => 0)).rejects.toThrow(/không đúng/u);
    expect(wrong.every((b) => b === 0)).toBe(true);
    const audit = t.core.ctx.db.prepare("SELECT COALESCE(after, '') AS a FROM audit_log WHERE action = 'decisions.sign'").all() as { a: string }[];
    expect(audit.length).toBeGreaterThan(0);
    for (const row of audit) expect(row.a).not.toMatch(/pin/iu);
  });

  it('a token pulled out while signing: the Vietnamese message, nothing archived (SoftHSM2 store deleted mid-session)', async () => {
    const before = snapshot();
    const record = getRecord(t.core.ctx, issuedId);
    const signing = withTokenSigner(
      { modulePath: SOFTHSM_MODULE, tokenSerial: serialOf(REMOVED), pin: Buffer.from(TOKEN_PIN), signingTime: new Date() },
      async (signer) => {
        const serial = serialOf(REMOVED);
        for (const dir of readdirSync(join(hsm.dir, 'tokens'))) {
          if (readFileSync(join(hsm.dir, 'tokens', dir, 'token.object')).includes(Buffer.from(serial))) rmSync(join(hsm.dir, 'tokens', dir), { recursive: true, force: true });
        }
        return signIssuedDecision(t.core.ctx, record, signer);
      },
    );
    await expect(signing).rejects.toMatchObject({ message: expect.stringMatching(/thiết bị đã bị rút ra hoặc không phản hồi; chưa ký, không có tệp nào được ghi/u) });
    expect(snapshot()).toEqual(before);
  });
});
