import PDFDocument from 'pdfkit';
import type { FileResult } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { Context } from '../context';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MM = 72 / 25.4;

/** Width and height from the PNG's IHDR chunk (bytes 16–23), read before pdfkit sees the file. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  if (png.length < 24 || !PNG_SIGNATURE.every((b, i) => png[i] === b)) {
    throw new AppError('VALIDATION', 'Tệp ảnh tổng quan không phải PNG.');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The overview as drawn on screen (a PNG the renderer made of the page), placed on one A4
 * landscape page for a meeting. The picture is the screen's own, so the PDF and the screen
 * cannot disagree.
 */
export function overviewPdf(ctx: Context, png: Uint8Array): Promise<FileResult> {
  const { width, height } = pngSize(png);
  // A 1366-wide screen at 2× is under 3000 px; larger is not an overview screenshot.
  if (width > 6000 || height > 6000) throw new AppError('VALIDATION', 'Ảnh tổng quan quá lớn (tối đa 6000 × 6000 điểm ảnh).');
  const doc = new PDFDocument({
    size: 'A4', layout: 'landscape', margin: 0,
    info: { Title: 'Tổng quan Tổ công nghệ số cộng đồng', Creator: 'TCNS', CreationDate: new Date(ctx.now()) },
  });
  const margin = 8 * MM;
  doc.image(Buffer.from(png), margin, margin, {
    fit: [doc.page.width - 2 * margin, doc.page.height - 2 * margin], align: 'center',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<FileResult>((resolve, reject) => {
    doc.on('end', () => resolve({ fileName: `tong-quan-${ctx.today()}.pdf`, mimeType: 'application/pdf', bytes: new Uint8Array(Buffer.concat(chunks)) }));
    doc.on('error', reject);
  });
  doc.end();
  return done;
}
