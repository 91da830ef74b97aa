/**
 * A Signer on a USB token (PKCS#11). The app computes the SHA-256 digest; the token only does the
 * private-key operation, so the key never leaves it:
 *  - RSA: CKM_RSA_PKCS over the DER DigestInfo (RFC 8017 §9.2), i.e. RSASSA-PKCS1-v1_5 with SHA-256;
 *  - ECDSA: CKM_ECDSA over the digest; the token returns r||s (PKCS#11 v2.40 §2.3.1), which CMS
 *    carries as a DER Ecdsa-Sig-Value (RFC 5753 §7.2).
 * The PIN comes in a buffer that is zeroed as soon as C_Login has it.
 */
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
// pkcs11js is CommonJS with constants added at run time: only its default export has them under ESM.
import pkcs11 from 'pkcs11js';
import type { Handle, PKCS11 } from 'pkcs11js';
import { AlgorithmIdentifier, createCMSECDSASignature } from 'pkijs';
import { AppError } from '../../../../shared/errors';
import { OID } from '../asn1/oids';
import type { SignatureScheme, Signer } from '../signer';
import { assertCertificateCanSign } from '../signing-certificate-checks';
import { certificateFacts } from '../trust/certificate-facts';
import { certificateObjects, tokenSlots, type CertificateObject } from './token-inventory';
import { pinLockedMessage, pinWrongMessage, tokenError } from './token-errors';
import { withModule } from './token-module';

export interface TokenChoice {
  /** PKCS#11 module (the vendor's .dll / .so). */
  modulePath: string;
  /** Which token: its serial number or its label; may be left out when one token is plugged in. */
  tokenSerial?: string;
  tokenLabel?: string;
  /** Which certificate: its CKA_ID (hex) or a piece of its subject; may be left out when one can sign. */
  certificateId?: string;
  certSubject?: string;
  /** The PIN as UTF-8 bytes; zeroed by withTokenSigner whatever happens. */
  pin: Uint8Array;
  /** When the signature is made: the certificate must be valid then. */
  signingTime: Date;
}

/** DigestInfo ::= SEQUENCE { AlgorithmIdentifier sha256 (NULL parameters), OCTET STRING digest } (RFC 8017 §9.2). */
function digestInfo(digest: Uint8Array): Buffer {
  const algorithm = new AlgorithmIdentifier({ algorithmId: OID.sha256, algorithmParams: new asn1js.Null() });
  const sequence = new asn1js.Sequence({ value: [algorithm.toSchema(), new asn1js.OctetString({ valueHex: digest })] });
  return Buffer.from(sequence.toBER());
}

function chooseToken(module: PKCS11, choice: TokenChoice) {
  const slots = tokenSlots(module);
  if (slots.length === 0) {
    throw new AppError('VALIDATION', 'Không thấy USB token nào được cắm vào máy. Hãy cắm thiết bị ký số rồi thử lại.');
  }
  const wanted = slots.filter(
    (s) => (!choice.tokenSerial || s.summary.serialNumber === choice.tokenSerial) && (!choice.tokenLabel || s.summary.label === choice.tokenLabel),
  );
  if (wanted.length === 0) {
    const names = slots.map((s) => `"${s.summary.label}"`).join(', ');
    throw new AppError('VALIDATION', `Không thấy USB token đã chọn (${choice.tokenLabel ?? choice.tokenSerial}); đang cắm: ${names}.`);
  }
  if (wanted.length > 1) {
    const names = wanted.map((s) => `"${s.summary.label}"`).join(', ');
    throw new AppError('VALIDATION', `Đang cắm nhiều USB token (${names}); hãy chọn token để ký.`);
  }
  return wanted[0];
}

function chooseCertificate(objects: CertificateObject[], choice: TokenChoice): CertificateObject {
  let candidates = objects.filter((o) => o.id.length > 0);
  if (choice.certificateId !== undefined) candidates = candidates.filter((o) => o.id.toString('hex') === choice.certificateId);
  if (choice.certSubject) {
    const piece = choice.certSubject.normalize('NFC').toLocaleLowerCase('vi');
    candidates = candidates.filter((o) => certificateFacts(o.der).node.subject.normalize('NFC').toLocaleLowerCase('vi').includes(piece));
  }
  // Without an explicit choice, CA certificates stored on the token are not candidates.
  if (choice.certificateId === undefined && !choice.certSubject) candidates = candidates.filter((o) => !certificateFacts(o.der).isCa);
  if (candidates.length === 0) throw new AppError('VALIDATION', 'Không thấy chứng thư số phù hợp trên USB token.');
  if (candidates.length > 1) {
    const names = candidates.map((o) => `"${certificateFacts(o.der).commonName}"`).join(', ');
    throw new AppError('VALIDATION', `USB token có nhiều chứng thư số (${names}); hãy chọn chứng thư để ký.`);
  }
  return candidates[0];
}

/** The signer's certificate, then issuers found among the token's other certificates (exact name bytes). */
function chainFrom(signer: CertificateObject, all: CertificateObject[]): Uint8Array[] {
  const chain = [signer.der];
  let current = certificateFacts(signer.der);
  while (chain.length < 8) {
    const issuer = all.find((o) => !chain.includes(o.der) && Buffer.from(certificateFacts(o.der).subjectDer).equals(current.issuerDer));
    if (!issuer || Buffer.from(current.subjectDer).equals(current.issuerDer)) break;
    chain.push(issuer.der);
    current = certificateFacts(issuer.der);
  }
  return chain;
}

function login(module: PKCS11, session: Handle, slot: Handle, pin: Uint8Array): void {
  try {
    module.C_Login(session, pkcs11.CKU_USER, Buffer.from(pin).toString('utf8'));
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (code === pkcs11.CKR_USER_ALREADY_LOGGED_IN) return;
    if (code === pkcs11.CKR_PIN_INCORRECT) {
      let flags: number | null = null;
      try {
        flags = module.C_GetTokenInfo(slot).flags;
      } catch {
        // flags unknown: say only that the PIN was wrong
      }
      throw new AppError('VALIDATION', pinWrongMessage(flags));
    }
    if (code === pkcs11.CKR_PIN_LOCKED) throw new AppError('VALIDATION', pinLockedMessage());
    throw tokenError(error, 'đăng nhập bằng mã PIN');
  }
}

function privateKeyFor(module: PKCS11, session: Handle, id: Buffer): { key: Handle; scheme: SignatureScheme } {
  module.C_FindObjectsInit(session, [
    { type: pkcs11.CKA_CLASS, value: pkcs11.CKO_PRIVATE_KEY },
    { type: pkcs11.CKA_ID, value: id },
  ]);
  let keys: Handle[];
  try {
    keys = module.C_FindObjects(session, 2);
  } finally {
    module.C_FindObjectsFinal(session);
  }
  if (keys.length !== 1) {
    throw new AppError('VALIDATION', 'Trên USB token không thấy khóa bí mật đi cùng chứng thư số đã chọn; không ký được.');
  }
  const [type] = module.C_GetAttributeValue(session, keys[0], [{ type: pkcs11.CKA_KEY_TYPE }]);
  const keyType = (type.value as Buffer).readUIntLE(0, Math.min(6, (type.value as Buffer).length));
  if (keyType === pkcs11.CKK_RSA) return { key: keys[0], scheme: 'RSASSA-PKCS1-v1_5-SHA256' };
  if (keyType === pkcs11.CKK_EC) return { key: keys[0], scheme: 'ECDSA-SHA256' };
  throw new AppError('VALIDATION', 'Khóa trên USB token không phải RSA hay ECDSA nên chưa ký được.');
}

class TokenSigner implements Signer {
  constructor(
    private readonly module: PKCS11,
    private readonly session: Handle,
    private readonly key: Handle,
    readonly scheme: SignatureScheme,
    readonly certificateChain: readonly Uint8Array[],
  ) {}

  async sign(data: Uint8Array): Promise<Uint8Array> {
    const digest = new Uint8Array(createHash('sha256').update(data).digest());
    const rsa = this.scheme === 'RSASSA-PKCS1-v1_5-SHA256';
    try {
      this.module.C_SignInit(this.session, { mechanism: rsa ? pkcs11.CKM_RSA_PKCS : pkcs11.CKM_ECDSA }, this.key);
      // 1024 bytes hold an 8192-bit RSA signature or a P-521 r||s.
      const raw = this.module.C_Sign(this.session, rsa ? digestInfo(digest) : Buffer.from(digest), Buffer.alloc(1024));
      return rsa ? new Uint8Array(raw) : new Uint8Array(createCMSECDSASignature(new Uint8Array(raw).buffer));
    } catch (error) {
      throw tokenError(error, 'ký trên thiết bị');
    }
  }
}

/**
 * Opens the module, finds the token and certificate, checks the certificate (before the PIN is
 * tried, so a refused certificate costs no PIN attempt), logs in, and hands `work` a Signer.
 * Logs out and closes everything afterwards; the PIN buffer is zeroed in every case.
 */
export async function withTokenSigner<T>(choice: TokenChoice, work: (signer: Signer) => Promise<T>): Promise<T> {
  try {
    return await withModule(choice.modulePath, async (module) => {
      const { slot, summary } = chooseToken(module, choice);
      let session: Handle;
      try {
        session = module.C_OpenSession(slot, pkcs11.CKF_SERIAL_SESSION);
      } catch (error) {
        throw tokenError(error, 'mở phiên làm việc');
      }
      let loggedIn = false;
      try {
        const objects = certificateObjects(module, session);
        const chosen = chooseCertificate(objects, choice);
        assertCertificateCanSign(chosen.der, choice.signingTime);
        // A token that already reports its PIN locked is not asked again (the login would fail
        // with CKR_PIN_LOCKED anyway, and some tokens count even that as a try).
        if (summary.pinLocked) throw new AppError('VALIDATION', pinLockedMessage());
        login(module, session, slot, choice.pin);
        choice.pin.fill(0);
        loggedIn = true;
        const { key, scheme } = privateKeyFor(module, session, chosen.id);
        return await work(new TokenSigner(module, session, key, scheme, chainFrom(chosen, objects)));
      } catch (error) {
        throw tokenError(error, 'làm việc với USB token');
      } finally {
        try {
          if (loggedIn) module.C_Logout(session);
          module.C_CloseSession(session);
        } catch {
          // the token may be gone; the module is finalised next anyway
        }
      }
    });
  } finally {
    choice.pin.fill(0);
  }
}
