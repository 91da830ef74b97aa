import { z } from 'zod';
import { bytes, id, op, type FileResult } from './define';

/** A certificate found on a USB token (PKCS#11 CKO_CERTIFICATE), judged for signing now. */
export interface TokenCertificate {
  /** CKA_ID in hex: pairs the certificate with its private key on the token. */
  id: string;
  label: string;
  subject: string;
  commonName: string | null;
  organisation: string | null;
  issuer: string;
  issuerCommonName: string | null;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** RFC 5280 names, e.g. ["digitalSignature", "nonRepudiation"]; null: no keyUsage extension. */
  keyUsage: string[] | null;
  /** Why this certificate cannot sign now (expired, not yet valid, not for signing), or null. */
  problem: string | null;
}

export interface TokenSummary {
  slotId: string;
  label: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  /** The token's own PIN state (PKCS#11 CK_TOKEN_INFO flags). */
  pinCountLow: boolean;
  pinFinalTry: boolean;
  pinLocked: boolean;
  certificates: TokenCertificate[];
}

/** The per-PC setting: where the vendor's PKCS#11 module is (never in the commune's database). */
export interface TokenModuleSetting {
  modulePath: string | null;
  /** Usual install locations of Vietnamese CA tokens' modules on Windows, and whether each exists here. */
  candidates: { vendor: string; path: string; exists: boolean }[];
}

export interface TokenList {
  modulePath: string;
  tokens: TokenSummary[];
}

const modulePath = z.string().trim().min(1, 'Chưa chọn thư viện PKCS#11 của USB token.').max(1000, 'Đường dẫn thư viện quá dài.');
const pin = z.string().min(1, 'Hãy nhập mã PIN của USB token.').max(64, 'Mã PIN dài quá 64 ký tự.');

export const tokenOperations = {
  'token.getModule': op<TokenModuleSetting>()(z.object({})),
  'token.setModule': op<TokenModuleSetting>()(z.object({ modulePath })),
  /** Tokens plugged into this PC (the server's PC in serve mode) and their certificates. */
  'token.list': op<TokenList>()(z.object({ modulePath: modulePath.optional() })),
  /** Signs the issued decision on the token; the PIN is used for this signing only, never stored. */
  'decisions.signWithToken': op<FileResult>()(
    z.object({
      id,
      modulePath: modulePath.optional(),
      tokenSerial: z.string().max(64).optional(),
      tokenLabel: z.string().max(64).optional(),
      certificateId: z.string().regex(/^[0-9a-f]*$/u, 'Mã chứng thư không hợp lệ.').max(256).optional(),
      /** A piece of the certificate's subject (CLI --cert); certificateId is what the UI sends. */
      certSubject: z.string().max(200).optional(),
      pin,
      signatureImagePng: bytes.optional(),
      sealImagePng: bytes.optional(),
    }),
  ),
};

/** RFC 5280 key usage names as the office reads them. */
export const KEY_USAGE_VI: Record<string, string> = {
  digitalSignature: 'ký số',
  nonRepudiation: 'chống chối bỏ',
  keyEncipherment: 'mã hóa khóa',
  dataEncipherment: 'mã hóa dữ liệu',
  keyAgreement: 'thỏa thuận khóa',
  keyCertSign: 'ký chứng thư',
  cRLSign: 'ký danh sách thu hồi',
  encipherOnly: 'chỉ mã hóa',
  decipherOnly: 'chỉ giải mã',
};

export const keyUsageText = (usage: string[] | null): string =>
  usage === null ? 'không giới hạn' : usage.map((u) => KEY_USAGE_VI[u] ?? u).join(', ');
