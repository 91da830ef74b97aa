/**
 * What is on the tokens a module sees: slots with a token present, each token's labels and PIN
 * state, and its X.509 certificates (public objects, readable without the PIN).
 */
import * as asn1js from 'asn1js';
// pkcs11js is CommonJS with constants added at run time: only its default export has them under ESM.
import pkcs11 from 'pkcs11js';
import type { Handle, PKCS11 } from 'pkcs11js';
import { Certificate } from 'pkijs';
import type { TokenCertificate, TokenSummary } from '../../../../shared/api/token';
import { AppError } from '../../../../shared/errors';
import { assertCertificateCanSign } from '../signing-certificate-checks';
import { summariseCertificate } from '../verify/certificate-info';
import { tokenError } from './token-errors';

/** RFC 5280 §4.2.1.3 KeyUsage bit names, bit 0 first. */
const KEY_USAGE_BITS = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly'];
const OID_KEY_USAGE = '2.5.29.15';

export function keyUsageNames(der: Uint8Array): string[] | null {
  const cert = Certificate.fromBER(new Uint8Array(der));
  const usage = cert.extensions?.find((e) => e.extnID === OID_KEY_USAGE)?.parsedValue as unknown;
  if (!(usage instanceof asn1js.BitString)) return null;
  const bits = usage.valueBlock.valueHexView;
  return KEY_USAGE_BITS.filter((_, n) => ((bits[n >> 3] ?? 0) & (0x80 >> (n & 7))) !== 0);
}

/** PKCS#11 pads labels with spaces to 32 bytes (CK_TOKEN_INFO). */
const text = (s: string | undefined) => (s ?? '').replace(/\0/g, '').trim();

export interface TokenSlot {
  slot: Handle;
  summary: Omit<TokenSummary, 'certificates'>;
}

export function tokenSlots(module: PKCS11): TokenSlot[] {
  try {
    return module.C_GetSlotList(true).flatMap((slot) => {
      const info = module.C_GetTokenInfo(slot);
      // A blank token (never initialised, e.g. SoftHSM's spare slot) holds no certificate.
      if ((info.flags & pkcs11.CKF_TOKEN_INITIALIZED) === 0) return [];
      return {
        slot,
        summary: {
          slotId: slot.toString('hex'),
          label: text(info.label),
          manufacturer: text(info.manufacturerID),
          model: text(info.model),
          serialNumber: text(info.serialNumber),
          pinCountLow: (info.flags & pkcs11.CKF_USER_PIN_COUNT_LOW) !== 0,
          pinFinalTry: (info.flags & pkcs11.CKF_USER_PIN_FINAL_TRY) !== 0,
          pinLocked: (info.flags & pkcs11.CKF_USER_PIN_LOCKED) !== 0,
        },
      };
    });
  } catch (error) {
    throw tokenError(error, 'đọc danh sách thiết bị');
  }
}

export interface CertificateObject {
  handle: Handle;
  id: Buffer;
  label: string;
  der: Uint8Array;
}

/** Every X.509 certificate object visible in the session. */
export function certificateObjects(module: PKCS11, session: Handle): CertificateObject[] {
  module.C_FindObjectsInit(session, [
    { type: pkcs11.CKA_CLASS, value: pkcs11.CKO_CERTIFICATE },
    { type: pkcs11.CKA_CERTIFICATE_TYPE, value: pkcs11.CKC_X_509 },
  ]);
  const handles: Handle[] = [];
  try {
    // A token holds a handful of certificates; 256 bounds a misbehaving module.
    for (let batch = module.C_FindObjects(session, 64); batch.length > 0 && handles.length < 256; batch = module.C_FindObjects(session, 64)) {
      handles.push(...batch);
    }
  } finally {
    module.C_FindObjectsFinal(session);
  }
  return handles.map((handle) => {
    const [value, id, label] = module.C_GetAttributeValue(session, handle, [
      { type: pkcs11.CKA_VALUE },
      { type: pkcs11.CKA_ID },
      { type: pkcs11.CKA_LABEL },
    ]);
    return {
      handle,
      id: (id.value as Buffer | undefined) ?? Buffer.alloc(0),
      label: Buffer.isBuffer(label.value) ? label.value.toString('utf8') : '',
      der: new Uint8Array(value.value as Buffer),
    };
  });
}

/** The certificate as the chair sees it, with why it cannot sign at `at` (or null). */
export function describeCertificate(object: CertificateObject, at: Date): TokenCertificate | null {
  let summary;
  try {
    summary = summariseCertificate(object.der);
  } catch {
    return null; // not a certificate we can read: not offered for signing
  }
  let problem: string | null = null;
  try {
    assertCertificateCanSign(object.der, at);
  } catch (error) {
    problem = error instanceof AppError ? error.message : String(error);
  }
  return {
    id: object.id.toString('hex'),
    label: object.label,
    subject: summary.subject,
    commonName: summary.commonName,
    organisation: summary.organisation,
    issuer: summary.issuer,
    issuerCommonName: summary.issuerCommonName,
    serialNumber: summary.serialNumber,
    notBefore: summary.notBefore.toISOString(),
    notAfter: summary.notAfter.toISOString(),
    keyUsage: keyUsageNames(object.der),
    problem,
  };
}

/** Every token with its certificates. End-entity certificates first; CA certificates stored on the token are listed too. */
export function listTokens(module: PKCS11, at: Date): TokenSummary[] {
  return tokenSlots(module).map(({ slot, summary }) => {
    let session: Handle | null = null;
    try {
      session = module.C_OpenSession(slot, pkcs11.CKF_SERIAL_SESSION);
      const certificates = certificateObjects(module, session)
        .map((o) => describeCertificate(o, at))
        .filter((c): c is TokenCertificate => c !== null);
      return { ...summary, certificates };
    } catch (error) {
      throw tokenError(error, 'đọc chứng thư trên thiết bị');
    } finally {
      if (session) {
        try {
          module.C_CloseSession(session);
        } catch {
          // already gone with the token
        }
      }
    }
  });
}
