import { X509Certificate, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { openP12Signer } from '../../../electron/core/signing';
import { makeTestCertificates, type TestCertificates } from '../../helpers/certificates';
import { PFX } from 'pkijs';
import { IterationBudget } from '../../../electron/core/signing/p12/iteration-budget';
import { PfxError } from '../../../electron/core/signing/p12/pfx-error';

let certs: TestCertificates;
beforeAll(() => {
  certs = makeTestCertificates();
});
afterAll(() => certs?.remove());

const data = new TextEncoder().encode('Quyết định thành lập Tổ công nghệ số cộng đồng');

async function expectValidationError(promise: Promise<unknown>, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('VALIDATION');
  expect((error as AppError).message).toMatch(message);
}

describe('openP12Signer', () => {
  it('opens an OpenSSL 3 default .p12 (PBES2/AES-256, SHA-256 MAC) with a Vietnamese password', async () => {
    const signer = await openP12Signer(certs.p12, certs.password);
    expect(signer.scheme).toBe('RSASSA-PKCS1-v1_5-SHA256');
    // Signer first, then the CA; DER byte-identical to what openssl wrote.
    expect(signer.certificateChain).toHaveLength(2);
    expect(Buffer.from(signer.certificateChain[0]).equals(Buffer.from(certs.signerCertDer))).toBe(true);
    expect(Buffer.from(signer.certificateChain[1]).equals(Buffer.from(certs.caCertDer))).toBe(true);
    const signature = await signer.sign(data);
    const publicKey = new X509Certificate(Buffer.from(certs.signerCertDer)).publicKey;
    expect(verify('sha256', data, publicKey, signature)).toBe(true);
  });

  it('accepts the password typed in decomposed (NFD) form', async () => {
    const signer = await openP12Signer(certs.p12, certs.password.normalize('NFD'));
    expect(signer.certificateChain).toHaveLength(2);
  });

  it('opens a legacy .p12 (openssl -legacy: 3DES key, RC2-40 certificates, SHA-1 MAC)', async () => {
    const signer = await openP12Signer(certs.legacyP12, certs.password);
    expect(Buffer.from(signer.certificateChain[0]).equals(Buffer.from(certs.signerCertDer))).toBe(true);
    expect(Buffer.from(signer.certificateChain[1]).equals(Buffer.from(certs.caCertDer))).toBe(true);
    const signature = await signer.sign(data);
    const publicKey = new X509Certificate(Buffer.from(certs.signerCertDer)).publicKey;
    expect(verify('sha256', data, publicKey, signature)).toBe(true);
  });

  it('opens an ECDSA P-256 .p12 and returns DER-encoded ECDSA signatures', async () => {
    const signer = await openP12Signer(certs.ecP12, certs.password);
    expect(signer.scheme).toBe('ECDSA-SHA256');
    const signature = await signer.sign(data);
    expect(signature[0]).toBe(0x30); // Ecdsa-Sig-Value SEQUENCE, not raw r||s
    const publicKey = new X509Certificate(Buffer.from(signer.certificateChain[0])).publicKey;
    expect(verify('sha256', data, publicKey, signature)).toBe(true);
  });

  it('rejects a wrong password with a Vietnamese VALIDATION error', async () => {
    await expectValidationError(openP12Signer(certs.p12, 'mat khau sai'), /Mật khẩu .* không đúng/);
    await expectValidationError(openP12Signer(certs.legacyP12, ''), /Mật khẩu .* không đúng/);
  });

  it('rejects a file that is not a .p12 with a Vietnamese VALIDATION error', async () => {
    await expectValidationError(openP12Signer(certs.signerCertDer, certs.password), /không phải là tệp chứng thư số PKCS#12/);
    await expectValidationError(openP12Signer(new TextEncoder().encode('%PDF-1.7 …'), 'x'), /không phải là tệp chứng thư số PKCS#12/);
    await expectValidationError(openP12Signer(new Uint8Array(), 'x'), /không phải là tệp chứng thư số PKCS#12/);
  });
});

describe('iteration caps (issue 12)', () => {
  /** The same .p12 with its MAC iteration count raised, re-encoded by pkijs (the MAC no longer matches, which is fine: it must be refused before any hashing). */
  function withMacIterations(p12: Uint8Array, iterations: number): Uint8Array {
    const pfx = PFX.fromBER(new Uint8Array(p12));
    pfx.macData!.iterations = iterations;
    return new Uint8Array(pfx.toSchema().toBER());
  }

  it('refuses a MAC asking for more than 10,000,000 iterations before hashing, in Vietnamese', async () => {
    const hostile = withMacIterations(certs.p12, 2_000_000_000);
    const started = performance.now();
    await expectValidationError(openP12Signer(hostile, certs.password), /vòng băm.*quá lớn/);
    // Refused from the declared count: no two-billion-round hash was started (which would take hours).
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('counts every step of one file against one budget', () => {
    const budget = new IterationBudget(10_000);
    budget.spend(2048); // MAC
    budget.spend(2048, 2); // a 3DES key from SHA-1: two blocks
    expect(() => budget.spend(2048, 2)).toThrow(PfxError);
    expect(() => new IterationBudget().spend(0)).toThrow(PfxError);
  });
});
