import { z } from 'zod';
import { bytes, id, op } from './define';

/** A CA certificate in the office's trust store (public certificate only). */
export interface TrustedCa {
  id: string;
  commonName: string;
  /** Full subject, e.g. "CN=…, O=Ban Cơ yếu Chính phủ, C=VN". */
  subject: string;
  serialNumber: string;
  /** SHA-256 of the certificate (upper-case hex with colons), as certificate viewers show it. */
  fingerprint: string;
  notBefore: string;
  notAfter: string;
  /** 'bundled': shipped with the app; 'office': added by the office. */
  source: 'bundled' | 'office';
  addedAt: string;
}

export const trustOperations = {
  'trust.list': op<TrustedCa[]>()(z.object({})),
  /** A CA certificate file (.cer/.crt DER or PEM, .pem, .p7b); returns the certificates added. */
  'trust.add': op<TrustedCa[]>()(z.object({ fileName: z.string().max(255).default('ca.cer'), file: bytes })),
  'trust.remove': op<{ removed: true }>()(z.object({ id })),
};
