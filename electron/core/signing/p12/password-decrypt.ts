/**
 * Decrypts the password-protected parts of a .p12: PBES2 (PBKDF2 + AES/3DES, what OpenSSL 3
 * and recent Windows write) and the legacy PKCS#12 schemes (SHA-1 + 3DES or RC2, what
 * `openssl -legacy`, older Windows and many CA tools write).
 */
import { createDecipheriv, createHash, pbkdf2Sync } from 'node:crypto';
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, PBES2Params, PBKDF2Params } from 'pkijs';
import { OID } from '../asn1/oids';
import { children, integerValue, octets } from '../asn1/der';
import type { IterationBudget } from './iteration-budget';
import { PKCS12_KEY_PURPOSE, pkcs12DeriveKey } from './pkcs12-kdf';
import { rc2CbcDecrypt } from './rc2';

/** The password in the two encodings the schemes use. */
export interface P12Password {
  /** PBES2/PBKDF2 takes the password's bytes as typed: UTF-8. */
  utf8: Uint8Array;
  /** The PKCS#12 KDF takes a BMPString (chosen when the MAC was checked). */
  bmp: Uint8Array;
}

export class UnsupportedAlgorithmError extends Error {}

const PRF_HASH: Record<string, string> = {
  [OID.hmacWithSha1]: 'sha1',
  [OID.hmacWithSha224]: 'sha224',
  [OID.hmacWithSha256]: 'sha256',
  [OID.hmacWithSha384]: 'sha384',
  [OID.hmacWithSha512]: 'sha512',
};

const PBES2_CIPHERS: Record<string, { name: string; keyLength: number }> = {
  [OID.aes128Cbc]: { name: 'aes-128-cbc', keyLength: 16 },
  [OID.aes192Cbc]: { name: 'aes-192-cbc', keyLength: 24 },
  [OID.aes256Cbc]: { name: 'aes-256-cbc', keyLength: 32 },
  [OID.desEde3Cbc]: { name: 'des-ede3-cbc', keyLength: 24 },
};

type LegacyCipher = { kind: 'node'; name: string; keyLength: number } | { kind: 'rc2'; keyLength: number; bits: number };
const PKCS12_PBE: Record<string, LegacyCipher> = {
  [OID.pbeSha1Des3Key]: { kind: 'node', name: 'des-ede3-cbc', keyLength: 24 },
  [OID.pbeSha1Des2Key]: { kind: 'node', name: 'des-ede-cbc', keyLength: 16 },
  [OID.pbeSha1Rc2_128]: { kind: 'rc2', keyLength: 16, bits: 128 },
  [OID.pbeSha1Rc2_40]: { kind: 'rc2', keyLength: 5, bits: 40 },
};

function nodeDecrypt(name: string, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const decipher = createDecipheriv(name, key, iv);
  return new Uint8Array(Buffer.concat([decipher.update(data), decipher.final()]));
}

function decryptPbes2(params: asn1js.AsnType, data: Uint8Array, password: P12Password, budget?: IterationBudget): Uint8Array {
  const pbes2 = new PBES2Params({ schema: params });
  if (pbes2.keyDerivationFunc.algorithmId !== OID.pbkdf2) {
    throw new UnsupportedAlgorithmError(`PBES2 KDF ${pbes2.keyDerivationFunc.algorithmId}`);
  }
  const kdf = new PBKDF2Params({ schema: pbes2.keyDerivationFunc.algorithmParams });
  const hash = kdf.prf ? PRF_HASH[kdf.prf.algorithmId] : 'sha1';
  const cipher = PBES2_CIPHERS[pbes2.encryptionScheme.algorithmId];
  if (!hash || !cipher || !(kdf.salt instanceof asn1js.OctetString)) {
    throw new UnsupportedAlgorithmError(`PBES2 ${pbes2.encryptionScheme.algorithmId}`);
  }
  // PBKDF2-params ::= SEQUENCE { salt, iterationCount INTEGER, … }, read from its own bytes.
  const iterations = integerValue(children(pbes2.keyDerivationFunc.algorithmParams as asn1js.AsnType)[1]);
  budget?.spend(iterations, Math.ceil(cipher.keyLength / createHash(hash).digest().length));
  const key = pbkdf2Sync(password.utf8, octets(kdf.salt), iterations, cipher.keyLength, hash);
  const iv = octets(pbes2.encryptionScheme.algorithmParams as asn1js.AsnType);
  return nodeDecrypt(cipher.name, key, iv, data);
}

function decryptPkcs12Pbe(
  cipher: LegacyCipher,
  params: asn1js.AsnType,
  data: Uint8Array,
  password: P12Password,
  budget?: IterationBudget,
): Uint8Array {
  const [saltBlock, iterationsBlock] = children(params);
  if (!saltBlock || !(iterationsBlock instanceof asn1js.Integer)) {
    throw new UnsupportedAlgorithmError('PKCS#12 PBE parameters');
  }
  const salt = octets(saltBlock);
  const iterations = integerValue(iterationsBlock);
  const derive = (purpose: 1 | 2, length: number) =>
    pkcs12DeriveKey('sha1', password.bmp, salt, iterations, purpose, length, budget);
  const key = derive(PKCS12_KEY_PURPOSE.key, cipher.keyLength);
  const iv = derive(PKCS12_KEY_PURPOSE.iv, 8);
  return cipher.kind === 'rc2'
    ? rc2CbcDecrypt(key, cipher.bits, iv, data)
    : nodeDecrypt(cipher.name, key, iv, data);
}

/**
 * Decrypts `data` protected by `algorithm`. Throws UnsupportedAlgorithmError for a scheme we do
 * not know, and any other error for a failed decryption (bad padding: normally a wrong password).
 */
export function decryptWithPassword(
  algorithm: AlgorithmIdentifier,
  data: Uint8Array,
  password: P12Password,
  budget?: IterationBudget,
): Uint8Array {
  const params = algorithm.algorithmParams as asn1js.AsnType;
  if (algorithm.algorithmId === OID.pbes2) return decryptPbes2(params, data, password, budget);
  const legacy = PKCS12_PBE[algorithm.algorithmId];
  if (legacy) return decryptPkcs12Pbe(legacy, params, data, password, budget);
  throw new UnsupportedAlgorithmError(algorithm.algorithmId);
}
