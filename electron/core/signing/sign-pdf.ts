/**
 * Signs a PDF (a decision made by pdfkit, or any PDF with classic xref tables) with a CAdES
 * detached signature (SubFilter ETSI.CAdES.detached): adds the signature field as an incremental
 * update, then lets @signpdf/signpdf compute the /ByteRange and fill /Contents with the CMS
 * that our pkijs builder makes.
 */
import { SignPdf } from '@signpdf/signpdf';
import { Signer as SignPdfSigner, SUBFILTER_ETSI_CADES_DETACHED, SignPdfError } from '@signpdf/utils';
import { AppError } from '../../../shared/errors';
import { buildCadesDetachedSignature } from './cms/build-cades';
import { addSignatureField, PageNotFoundError } from './pdf/add-signature-field';
import { PdfSyntaxError } from './pdf/pdf-syntax';
import { XrefStreamError } from './pdf/xref';
import type { Signer } from './signer';
import { assertCertificateCanSign } from './signing-certificate-checks';

export interface SignPdfOptions {
  /** Written as /M and as the CMS signingTime attribute. */
  signingTime: Date;
  reason?: string;
  location?: string;
  contactInfo?: string;
  /** /Name of the signature dictionary; defaults to nothing (viewers show the certificate's name). */
  name?: string;
  /**
   * Rectangle (PDF points, origin bottom left) of the signature block the renderer drew, on page
   * `pageIndex` (0-based). Omitted: an invisible signature.
   */
  widget?: { pageIndex: number; rect: [number, number, number, number] };
}

/** The bridge @signpdf/signpdf calls with the bytes covered by the byte range. */
class CadesSigner extends SignPdfSigner {
  constructor(private readonly signer: Signer) {
    super();
  }

  override async sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
    if (!signingTime) throw new Error('signingTime is required');
    return Buffer.from(await buildCadesDetachedSignature(content, this.signer, signingTime));
  }
}

/** Room for the CMS: the certificates, the signature and the attributes, with a margin. */
function reservedLength(signer: Signer): number {
  const certificates = signer.certificateChain.reduce((n, c) => n + c.length, 0);
  return Math.max(8192, Math.ceil((certificates + 4096) / 1024) * 1024);
}

export async function signPdf(
  pdf: Uint8Array,
  signer: Signer,
  opts: SignPdfOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number.isNaN(opts.signingTime.getTime())) {
    throw new AppError('VALIDATION', 'Thời điểm ký không hợp lệ.');
  }
  assertCertificateCanSign(signer.certificateChain[0], opts.signingTime);
  let prepared: Uint8Array;
  try {
    prepared = addSignatureField(pdf, {
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      signingTime: opts.signingTime,
      signatureLength: reservedLength(signer),
      reason: opts.reason,
      location: opts.location,
      contactInfo: opts.contactInfo,
      name: opts.name,
      appName: 'TCNS',
      widget: opts.widget,
    });
  } catch (error) {
    if (error instanceof PageNotFoundError) {
      throw new AppError('VALIDATION', `Tệp PDF không có trang ${(opts.widget?.pageIndex ?? 0) + 1} để đặt chữ ký.`);
    }
    if (error instanceof XrefStreamError) {
      throw new AppError('VALIDATION', 'Tệp PDF dùng cấu trúc nén (xref stream) chưa được hỗ trợ khi ký.', {
        detail: error.message,
      });
    }
    if (error instanceof PdfSyntaxError) {
      throw new AppError('VALIDATION', 'Tệp PDF bị hỏng hoặc không đọc được cấu trúc nên không ký được.', {
        detail: error.message,
      });
    }
    throw error;
  }
  try {
    const signed = await new SignPdf().sign(Buffer.from(prepared), new CadesSigner(signer), opts.signingTime);
    return new Uint8Array(signed);
  } catch (error) {
    if (error instanceof SignPdfError) {
      throw new AppError('INTERNAL', 'Không đặt được chữ ký số vào tệp PDF.', { detail: error.message });
    }
    throw error;
  }
}
