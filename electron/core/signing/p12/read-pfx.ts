/**
 * Reads a PKCS#12 (.p12/.pfx) file: checks its MAC with the password, decrypts its bags and
 * returns the private key(s) (PKCS#8 DER) and the certificates exactly as stored.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, EncryptedData, PFX } from 'pkijs';
import { children, encodedBytes, integerValue, octets, oidOf, parseAsn1 } from '../asn1/der';
import { DIGEST_BY_OID, OID } from '../asn1/oids';
import { bmpPassword, PKCS12_KEY_PURPOSE, pkcs12DeriveKey } from './pkcs12-kdf';
import { IterationBudget } from './iteration-budget';
import { decryptWithPassword, type P12Password, UnsupportedAlgorithmError } from './password-decrypt';
import { PfxError } from './pfx-error';

export interface PfxContents {
  privateKeys: Uint8Array[];
  certificates: Uint8Array[];
}

export { PfxError };

const safeContentsBag = '1.2.840.113549.1.12.10.1.6';

/**
 * Finds the password encoding whose MAC matches. Keyboards send Vietnamese as NFC or NFD, so both
 * forms of the typed password are tried.
 */
function checkMac(pfx: PFX, macIterations: number, authSafe: Uint8Array, password: string, budget: IterationBudget): P12Password {
  const candidates = [...new Set([password, password.normalize('NFC'), password.normalize('NFD')])];
  const mac = pfx.macData;
  if (!mac) {
    return { utf8: new TextEncoder().encode(password), bmp: bmpPassword(password) };
  }
  const hash = DIGEST_BY_OID[mac.mac.digestAlgorithm.algorithmId];
  if (!hash) throw new PfxError('unsupported', `MAC ${mac.mac.digestAlgorithm.algorithmId}`);
  const expected = octets(mac.mac.digest);
  const salt = octets(mac.macSalt);
  for (const candidate of candidates) {
    // An empty password is written by some tools as just the terminator, by others as nothing.
    const encodings = candidate === '' ? [bmpPassword(''), new Uint8Array()] : [bmpPassword(candidate)];
    for (const bmp of encodings) {
      const key = pkcs12DeriveKey(hash, bmp, salt, macIterations, PKCS12_KEY_PURPOSE.mac, expected.length, budget);
      const actual = createHmac(hash, key).update(authSafe).digest();
      if (actual.length === expected.length && timingSafeEqual(actual, expected)) {
        return { utf8: new TextEncoder().encode(candidate), bmp };
      }
    }
  }
  throw new PfxError('wrong-password');
}

function decrypt(algorithm: AlgorithmIdentifier, data: Uint8Array, password: P12Password, budget: IterationBudget): Uint8Array {
  try {
    return decryptWithPassword(algorithm, data, password, budget);
  } catch (error) {
    if (error instanceof PfxError) throw error;
    if (error instanceof UnsupportedAlgorithmError) throw new PfxError('unsupported', error.message);
    throw new PfxError('wrong-password'); // bad padding after decryption
  }
}

function readSafeContents(bytes: Uint8Array, password: P12Password, out: PfxContents, budget: IterationBudget, depth = 0): void {
  if (depth > 4) throw new PfxError('not-p12', 'SafeContents nested too deep');
  const safeContents = parseAsn1(bytes);
  if (!(safeContents instanceof asn1js.Sequence)) throw new PfxError('not-p12', 'SafeContents');
  for (const bag of children(safeContents)) {
    const [idBlock, wrapped] = children(bag);
    const value = wrapped ? children(wrapped)[0] : undefined;
    if (!value) continue;
    switch (oidOf(idBlock)) {
      case OID.keyBag:
        out.privateKeys.push(encodedBytes(value));
        break;
      case OID.pkcs8ShroudedKeyBag: {
        const [algorithm, encrypted] = children(value);
        const id = new AlgorithmIdentifier({ schema: algorithm });
        out.privateKeys.push(decrypt(id, octets(encrypted), password, budget));
        break;
      }
      case OID.certBag: {
        const [certId, certValue] = children(value);
        const certOctets = certValue ? children(certValue)[0] : undefined;
        if (oidOf(certId) === OID.x509Certificate && certOctets) {
          out.certificates.push(octets(certOctets));
        }
        break;
      }
      case safeContentsBag:
        readSafeContents(encodedBytes(value), password, out, budget, depth + 1);
        break;
      default:
        break; // CRL and secret bags are of no use for signing
    }
  }
}

export function readPfx(p12: Uint8Array, password: string): PfxContents {
  const parsed = parseAsn1(p12);
  let pfx: PFX;
  try {
    if (!parsed) throw new Error('not DER');
    pfx = new PFX({ schema: parsed });
  } catch {
    throw new PfxError('not-p12');
  }
  if (pfx.authSafe.contentType !== OID.data) {
    throw new PfxError('unsupported', `authSafe ${pfx.authSafe.contentType}`);
  }
  const authSafeBytes = octets(pfx.authSafe.content as asn1js.AsnType);
  const budget = new IterationBudget();
  // MacData ::= SEQUENCE { mac, macSalt, iterations INTEGER DEFAULT 1 }, read from its own bytes.
  const macData = children(parsed)[2];
  const macIterations = macData ? (children(macData)[2] ? integerValue(children(macData)[2]) : 1) : 1;
  const pass = checkMac(pfx, macIterations, authSafeBytes, password, budget);
  const out: PfxContents = { privateKeys: [], certificates: [] };
  try {
    const authSafe = parseAsn1(authSafeBytes);
    if (!(authSafe instanceof asn1js.Sequence)) throw new PfxError('not-p12', 'AuthenticatedSafe');
    for (const contentInfo of children(authSafe)) {
      const [typeBlock, explicit] = children(contentInfo);
      const content = explicit ? children(explicit)[0] : undefined;
      if (!content) continue;
      const type = oidOf(typeBlock);
      if (type === OID.data) {
        readSafeContents(octets(content), pass, out, budget);
      } else if (type === OID.encryptedData) {
        const info = new EncryptedData({ schema: content }).encryptedContentInfo;
        if (!info.encryptedContent) continue;
        const plain = decrypt(info.contentEncryptionAlgorithm, octets(info.encryptedContent), pass, budget);
        readSafeContents(plain, pass, out, budget);
      } else {
        throw new PfxError('unsupported', `content ${type}`);
      }
    }
  } finally {
    pass.utf8.fill(0);
    pass.bmp.fill(0);
  }
  return out;
}
