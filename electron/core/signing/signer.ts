/**
 * What PDF signing needs from whoever holds the private key: a .p12 file today, a USB token
 * (PKCS#11) later. The key never leaves the signer; only the data to sign goes in.
 *
 * A token signer plugs in by implementing this interface (its chain read from the token, `sign`
 * asking the token, PIN handled when it is opened) and passing it to
 * decisions/signing.ts signIssuedDecision(); signPdf() checks any signer's certificate for
 * validity and key usage (signing-certificate-checks.ts), so no signer can skip those checks.
 */

/** Signature schemes the CMS builder knows how to label. Both use SHA-256 as the digest. */
export type SignatureScheme = 'RSASSA-PKCS1-v1_5-SHA256' | 'ECDSA-SHA256';

export interface Signer {
  /**
   * The signer's certificate first, then its issuers (as far as the holder knows them), each in
   * DER exactly as issued. Never re-encode these bytes: a re-encoded Vietnamese name no longer
   * matches the issuer's signature or the issuer/serial that identifies the signer.
   */
  readonly certificateChain: readonly Uint8Array[];
  readonly scheme: SignatureScheme;
  /**
   * Signs `data` (hashing included). Returns the signature as CMS carries it: the raw RSA
   * signature, or a DER `Ecdsa-Sig-Value` for ECDSA.
   */
  sign(data: Uint8Array): Promise<Uint8Array>;
}
