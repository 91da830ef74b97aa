/**
 * A real PKCS#11 token for tests: SoftHSM2 (Debian package softhsm2) with its token store in a
 * temp folder (SOFTHSM2_CONF). Key pairs are generated ON the token, non-extractable and
 * sensitive, through pkcs11js; their certificates are issued by the test CA of certificates.ts
 * (an openssl-made certificate whose public key is swapped for the token's and re-signed with
 * the CA key), then stored on the token. Signing then goes through the same code as a USB token.
 */
import { execFileSync } from 'node:child_process';
import { createPublicKey, randomBytes, sign as nodeSign } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
// pkcs11js is CommonJS with constants added at run time: only its default export has them under ESM.
import pkcs11 from 'pkcs11js';
import type { Handle, PKCS11 } from 'pkcs11js';
import { Certificate, PublicKeyInfo } from 'pkijs';
import { OID } from '../../electron/core/signing/asn1/oids';
import type { TestCertificates } from './certificates';

export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';
export const softhsmAvailable = existsSync(SOFTHSM_MODULE);

export const TOKEN_PIN = '246813';
export const TOKEN_SO_PIN = '97531086';

export interface SoftHsm {
  dir: string;
  /** SOFTHSM2_CONF for child processes (the CLI); also set in this process by makeSoftHsm. */
  conf: string;
  remove(): void;
}

export function makeSoftHsm(): SoftHsm {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-softhsm-'));
  mkdirSync(join(dir, 'tokens'));
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(conf, `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`);
  process.env.SOFTHSM2_CONF = conf;
  return { dir, conf, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new token in the next free slot, with user PIN TOKEN_PIN. */
export function initToken(hsm: SoftHsm, label: string, pin = TOKEN_PIN): void {
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', label, '--so-pin', TOKEN_SO_PIN, '--pin', pin], {
    env: { ...process.env, SOFTHSM2_CONF: hsm.conf },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function withUserSession<T>(label: string, work: (m: PKCS11, session: Handle) => T, pin = TOKEN_PIN): T {
  const m = new pkcs11.PKCS11();
  m.load(SOFTHSM_MODULE);
  m.C_Initialize();
  try {
    const slot = m.C_GetSlotList(true).find((s) => m.C_GetTokenInfo(s).label.trim() === label);
    if (!slot) throw new Error(`no token ${label}`);
    const session = m.C_OpenSession(slot, pkcs11.CKF_SERIAL_SESSION | pkcs11.CKF_RW_SESSION);
    m.C_Login(session, pkcs11.CKU_USER, pin);
    try {
      return work(m, session);
    } finally {
      m.C_Logout(session);
      m.C_CloseSession(session);
    }
  } finally {
    m.C_Finalize();
    m.close();
  }
}

const b64url = (b: Buffer) => b.toString('base64url');

export interface TokenKey {
  id: Buffer;
  /** SubjectPublicKeyInfo DER of the key pair made on the token. */
  spki: Buffer;
  /** The private key's CKA_EXTRACTABLE / CKA_SENSITIVE as the token reports them. */
  extractable: boolean;
  sensitive: boolean;
}

/** Generates a key pair on the token: private key sensitive and non-extractable. */
export function generateKeyOnToken(label: string, kind: 'rsa' | 'ec', keyLabel: string): TokenKey {
  return withUserSession(label, (m, session) => {
    const id = randomBytes(8);
    const common = [
      { type: pkcs11.CKA_TOKEN, value: true },
      { type: pkcs11.CKA_ID, value: id },
      { type: pkcs11.CKA_LABEL, value: keyLabel },
    ];
    const privateTemplate = [
      ...common,
      { type: pkcs11.CKA_PRIVATE, value: true },
      { type: pkcs11.CKA_SIGN, value: true },
      { type: pkcs11.CKA_SENSITIVE, value: true },
      { type: pkcs11.CKA_EXTRACTABLE, value: false },
    ];
    const keys =
      kind === 'rsa'
        ? m.C_GenerateKeyPair(
            session,
            { mechanism: pkcs11.CKM_RSA_PKCS_KEY_PAIR_GEN },
            [...common, { type: pkcs11.CKA_VERIFY, value: true }, { type: pkcs11.CKA_MODULUS_BITS, value: 2048 },
              { type: pkcs11.CKA_PUBLIC_EXPONENT, value: Buffer.from((65537).toString(16).padStart(6, '0'), 'hex') }],
            privateTemplate,
          )
        : m.C_GenerateKeyPair(
            session,
            { mechanism: pkcs11.CKM_EC_KEY_PAIR_GEN },
            [...common, { type: pkcs11.CKA_VERIFY, value: true },
              { type: pkcs11.CKA_EC_PARAMS, value: Buffer.from(new asn1js.ObjectIdentifier({ value: OID.p256 }).toBER()) }],
            privateTemplate,
          );
    let spki: Buffer;
    if (kind === 'rsa') {
      const [n, e] = m.C_GetAttributeValue(session, keys.publicKey, [{ type: pkcs11.CKA_MODULUS }, { type: pkcs11.CKA_PUBLIC_EXPONENT }]);
      spki = createPublicKey({ key: { kty: 'RSA', n: b64url(n.value as Buffer), e: b64url(e.value as Buffer) }, format: 'jwk' }).export({ type: 'spki', format: 'der' });
    } else {
      const [point] = m.C_GetAttributeValue(session, keys.publicKey, [{ type: pkcs11.CKA_EC_POINT }]);
      // CKA_EC_POINT is the DER OCTET STRING around the uncompressed point 04||x||y.
      const raw = Buffer.from((asn1js.fromBER(new Uint8Array(point.value as Buffer)).result as asn1js.OctetString).valueBlock.valueHexView);
      const x = raw.subarray(1, 33);
      const y = raw.subarray(33, 65);
      spki = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64url(x), y: b64url(y) }, format: 'jwk' }).export({ type: 'spki', format: 'der' });
    }
    const [extractable, sensitive] = m.C_GetAttributeValue(session, keys.privateKey, [{ type: pkcs11.CKA_EXTRACTABLE }, { type: pkcs11.CKA_SENSITIVE }]);
    return { id, spki, extractable: (extractable.value as Buffer)[0] !== 0, sensitive: (sensitive.value as Buffer)[0] !== 0 };
  });
}

/** Tries to read the private key value off the token; returns the PKCS#11 error name (expected: CKR_ATTRIBUTE_SENSITIVE). */
export function tryReadPrivateKey(label: string, id: Buffer): string {
  return withUserSession(label, (m, session) => {
    m.C_FindObjectsInit(session, [{ type: pkcs11.CKA_CLASS, value: pkcs11.CKO_PRIVATE_KEY }, { type: pkcs11.CKA_ID, value: id }]);
    const [key] = m.C_FindObjects(session, 1);
    m.C_FindObjectsFinal(session);
    for (const attribute of [pkcs11.CKA_PRIVATE_EXPONENT, pkcs11.CKA_VALUE]) {
      try {
        const [v] = m.C_GetAttributeValue(session, key, [{ type: attribute }]);
        if (v.value && (v.value as Buffer).length > 0) return 'READ';
      } catch (error) {
        if ((error as Error).message.startsWith('CKR_ATTRIBUTE_SENSITIVE')) return 'CKR_ATTRIBUTE_SENSITIVE';
        if (!(error as Error).message.startsWith('CKR_ATTRIBUTE_TYPE_INVALID')) throw error;
      }
    }
    return 'NONE';
  });
}

/**
 * The openssl-made certificate `templatePath` (subject, issuer, dates, key usage as wanted) with
 * its public key replaced by `spki` and re-signed by the test CA. The subject key identifier
 * (a hash of the old key) is dropped. pkijs writes the names back as their original bytes.
 */
export function certifyTokenKey(certs: TestCertificates, templatePath: string, spki: Buffer): Uint8Array<ArrayBuffer> {
  const pem = readFileSync(templatePath, 'utf8');
  const der = Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''), 'base64');
  const cert = Certificate.fromBER(new Uint8Array(der));
  cert.subjectPublicKeyInfo = PublicKeyInfo.fromBER(new Uint8Array(spki));
  cert.extensions = cert.extensions?.filter((e) => e.extnID !== '2.5.29.14');
  const tbs = cert.encodeTBS().toBER();
  const signature = nodeSign('sha256', Buffer.from(tbs), readFileSync(join(certs.dir, 'ca.key')));
  cert.signatureValue = new asn1js.BitString({ valueHex: new Uint8Array(signature) });
  return new Uint8Array(cert.toSchema(true).toBER());
}

/** Stores a certificate on the token (public object) with the CKA_ID of its key. */
export function putCertificate(label: string, der: Uint8Array, id: Buffer, certLabel: string): void {
  const cert = Certificate.fromBER(new Uint8Array(der));
  withUserSession(label, (m, session) => {
    m.C_CreateObject(session, [
      { type: pkcs11.CKA_CLASS, value: pkcs11.CKO_CERTIFICATE },
      { type: pkcs11.CKA_CERTIFICATE_TYPE, value: pkcs11.CKC_X_509 },
      { type: pkcs11.CKA_TOKEN, value: true },
      { type: pkcs11.CKA_PRIVATE, value: false },
      { type: pkcs11.CKA_ID, value: id },
      { type: pkcs11.CKA_LABEL, value: certLabel },
      { type: pkcs11.CKA_SUBJECT, value: Buffer.from(cert.subject.valueBeforeDecode) },
      { type: pkcs11.CKA_VALUE, value: Buffer.from(der) },
    ]);
  });
}

/** Wrong PIN attempts until the token says the PIN is locked (or `max` tries); returns the last error name. */
export function wrongPinAttempts(label: string, times: number): string[] {
  const m = new pkcs11.PKCS11();
  m.load(SOFTHSM_MODULE);
  m.C_Initialize();
  const seen: string[] = [];
  try {
    const slot = m.C_GetSlotList(true).find((s) => m.C_GetTokenInfo(s).label.trim() === label)!;
    const session = m.C_OpenSession(slot, pkcs11.CKF_SERIAL_SESSION);
    for (let i = 0; i < times; i++) {
      try {
        m.C_Login(session, pkcs11.CKU_USER, 'sai-' + i);
        seen.push('CKR_OK');
      } catch (error) {
        seen.push((error as Error).message.split(':')[0]);
      }
    }
    m.C_CloseSession(session);
  } finally {
    m.C_Finalize();
    m.close();
  }
  return seen;
}

/**
 * Locks the user PIN as a hardware token does after too many wrong PINs. SoftHSM2 counts no
 * tries, but it honours CKF_USER_PIN_LOCKED in the token flags it keeps in token.object (a
 * big-endian 8-byte value): this finds the flags the token reports and sets the locked bit.
 */
export function lockUserPin(hsm: SoftHsm, label: string): void {
  const m = new pkcs11.PKCS11();
  m.load(SOFTHSM_MODULE);
  m.C_Initialize();
  let flags: number;
  try {
    const slot = m.C_GetSlotList(true).find((s) => m.C_GetTokenInfo(s).label.trim() === label)!;
    flags = m.C_GetTokenInfo(slot).flags;
  } finally {
    m.C_Finalize();
    m.close();
  }
  const tokensDir = join(hsm.dir, 'tokens');
  for (const uuid of readdirSync(tokensDir)) {
    const file = join(tokensDir, uuid, 'token.object');
    const bytes = readFileSync(file);
    if (!bytes.includes(Buffer.from(label, 'utf8'))) continue;
    const current = Buffer.alloc(8);
    current.writeBigUInt64BE(BigInt(flags));
    const at = bytes.indexOf(current);
    if (at < 0) throw new Error('token flags not found in token.object');
    bytes.writeBigUInt64BE(BigInt(flags | pkcs11.CKF_USER_PIN_LOCKED), at);
    writeFileSync(file, bytes);
    return;
  }
  throw new Error(`no token file for ${label}`);
}

/** A SoftHSM2 token labelled `label` holding an RSA key made on it and the test signer's certificate for that key. */
export function makeSigningToken(certs: TestCertificates, label: string): SoftHsm {
  const hsm = makeSoftHsm();
  initToken(hsm, label);
  const key = generateKeyOnToken(label, 'rsa', 'Khóa ký số');
  putCertificate(label, certifyTokenKey(certs, certs.signerCertPath, key.spki), key.id, 'Chứng thư ký số');
  return hsm;
}
