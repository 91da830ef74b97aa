/**
 * A Signer backed by a PKCS#12 file. The password is used once to unlock the key and is not
 * kept; the key lives on as a non-extractable WebCrypto key inside the returned Signer.
 */
import { createPrivateKey, createPublicKey, webcrypto, X509Certificate, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import { Certificate, createCMSECDSASignature, PrivateKeyInfo } from 'pkijs';
import { AppError } from '../../../../shared/errors';
import { parseAsn1, sameBytes } from '../asn1/der';
import { OID } from '../asn1/oids';
import type { SignatureScheme, Signer } from '../signer';
import { MAX_P12_ITERATIONS } from './iteration-budget';
import { PfxError, readPfx } from './read-pfx';

const CURVES: Record<string, string> = { [OID.p256]: 'P-256', [OID.p384]: 'P-384', [OID.p521]: 'P-521' };

function pfxErrorToAppError(error: unknown): AppError {
  const reason = error instanceof PfxError ? error.reason : 'not-p12';
  const detail = error instanceof Error ? error.message : String(error);
  switch (reason) {
    case 'too-costly':
      return new AppError(
        'VALIDATION',
        `Tệp chứng thư số đòi số vòng băm mật khẩu quá lớn (trên ${MAX_P12_ITERATIONS.toLocaleString('vi-VN')} vòng), có thể là tệp giả mạo; phần mềm không mở để tránh bị treo.`,
        { detail },
      );
    case 'wrong-password':
      return new AppError('VALIDATION', 'Mật khẩu của tệp chứng thư số không đúng. Hãy nhập lại.');
    case 'unsupported':
      return new AppError(
        'VALIDATION',
        'Tệp chứng thư số dùng kiểu mã hóa chưa được hỗ trợ. Hãy xuất lại tệp .p12/.pfx từ công cụ của nhà cung cấp.',
        { detail },
      );
    default:
      return new AppError(
        'VALIDATION',
        'Tệp đã chọn không phải là tệp chứng thư số PKCS#12 (.p12/.pfx) hoặc tệp đã bị hỏng.',
        { detail },
      );
  }
}

function publicKeyOfCertificate(der: Uint8Array): KeyObject | null {
  try {
    return new X509Certificate(Buffer.from(der)).publicKey;
  } catch {
    return null;
  }
}

/** Signer's certificate first, then each issuer found among the others (matched on exact name bytes). */
function orderChain(signerDer: Uint8Array, others: Uint8Array[]): Uint8Array[] {
  const parsed = others.map((der) => ({ der, cert: Certificate.fromBER(new Uint8Array(der)) }));
  const chain = [signerDer];
  let current = Certificate.fromBER(new Uint8Array(signerDer));
  for (;;) {
    const issuerName = new Uint8Array(current.issuer.valueBeforeDecode);
    const next = parsed.find(
      (p) => !chain.includes(p.der) && sameBytes(new Uint8Array(p.cert.subject.valueBeforeDecode), issuerName),
    );
    if (!next || sameBytes(next.der, chain[chain.length - 1])) break;
    chain.push(next.der);
    current = next.cert;
  }
  return chain;
}

async function importKey(pkcs8: Uint8Array): Promise<{ key: webcrypto.CryptoKey; scheme: SignatureScheme }> {
  const info = new PrivateKeyInfo({ schema: parseAsn1(pkcs8) as asn1js.AsnType });
  const algorithm = info.privateKeyAlgorithm.algorithmId;
  if (algorithm === OID.rsaEncryption) {
    const key = await webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
    return { key, scheme: 'RSASSA-PKCS1-v1_5-SHA256' };
  }
  const params = info.privateKeyAlgorithm.algorithmParams;
  const curve = params instanceof asn1js.ObjectIdentifier ? CURVES[params.valueBlock.toString()] : undefined;
  if (algorithm === OID.ecPublicKey && curve) {
    const key = await webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: curve }, false, ['sign']);
    return { key, scheme: 'ECDSA-SHA256' };
  }
  throw new PfxError('unsupported', `key ${algorithm}`);
}

export async function openP12Signer(p12Bytes: Uint8Array, password: string): Promise<Signer> {
  let contents;
  try {
    contents = readPfx(p12Bytes, password);
  } catch (error) {
    throw pfxErrorToAppError(error);
  }
  // The signer's certificate is the one whose public key belongs to the private key.
  let match: { pkcs8: Uint8Array; certificate: Uint8Array } | undefined;
  for (const pkcs8 of contents.privateKeys) {
    let publicKey: KeyObject;
    try {
      publicKey = createPublicKey(createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }));
    } catch {
      continue;
    }
    const certificate = contents.certificates.find((der) => publicKeyOfCertificate(der)?.equals(publicKey));
    if (certificate) {
      match = { pkcs8, certificate };
      break;
    }
  }
  if (!match) {
    throw new AppError(
      'VALIDATION',
      contents.privateKeys.length === 0
        ? 'Tệp chứng thư số không chứa khóa bí mật nên không dùng để ký được.'
        : 'Tệp chứng thư số không chứa chứng thư khớp với khóa bí mật.',
    );
  }
  let imported;
  try {
    imported = await importKey(match.pkcs8);
  } catch (error) {
    throw pfxErrorToAppError(error instanceof PfxError ? error : new PfxError('unsupported', String(error)));
  } finally {
    for (const key of contents.privateKeys) key.fill(0);
  }
  const { key, scheme } = imported;
  const others = contents.certificates.filter((der) => der !== match.certificate);
  const certificateChain = Object.freeze(orderChain(match.certificate, others));
  return {
    certificateChain,
    scheme,
    async sign(data: Uint8Array): Promise<Uint8Array> {
      if (scheme === 'ECDSA-SHA256') {
        const raw = await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, data);
        return new Uint8Array(createCMSECDSASignature(raw)); // CMS wants DER (r, s), not r||s
      }
      return new Uint8Array(await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', key, data));
    },
  };
}
