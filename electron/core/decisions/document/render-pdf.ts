/**
 * The decision as PDF (pdfkit; Times New Roman where installed, else the bundled Liberation Serif 2). Returns the bytes and where the
 * signature goes — the blank between the signer's title and name — so the signing step can put
 * its visible signature there. The same content always gives the same bytes: fixed dates from
 * the decision, pdfkit's file ID derived from them, deterministic font subset tags.
 */
import PDFDocument from 'pdfkit';
import type { DecisionContent } from '../../../../shared/decisions/content';
import { fontPaths, type FontOptions } from './fonts';
import { buildDecisionLayout, type DecisionLayout, type DocumentLayout } from './layout';
import { createMeasurer, registerFonts, type TextMeasurer } from './measure';
import { PdfFlow, type SignatureBox } from './pdf-flow';

export interface VisibleSignature {
  /** e.g. "Ký bởi: Nguyễn Văn Ánh", "Cơ quan: UBND xã Hòa Bình", "Thời gian: 05/01/2026 09:30". */
  lines: string[];
  /** The signer's handwritten signature, blue on transparent. */
  signatureImagePng?: Uint8Array;
  /** The organisation's seal, red on transparent; drawn first, over the left part of the area. */
  sealImagePng?: Uint8Array;
}

export interface RenderPdfOptions extends FontOptions {
  visibleSignature?: VisibleSignature;
}

export interface SignatureArea {
  pageIndex: number;
  /** [x1, y1, x2, y2] in PDF user space (points, origin bottom-left). */
  rect: [number, number, number, number];
}

export interface RenderedPdf {
  bytes: Uint8Array;
  signatureArea: SignatureArea;
  pageCount: number;
}

/** Signature text colour: a digital signature's visible image is blue (DOMAIN.md §3). */
const SIGNATURE_BLUE = '#0000FF';
const SIGNATURE_TEXT_SIZE = 9;

function drawVisibleSignature(doc: PDFKit.PDFDocument, box: SignatureBox, sig: VisibleSignature, font: string): void {
  const { x, top, width, height } = box;
  const pad = 4;
  // Without a seal: signature image centred, text centred under it. With a seal: the seal on the
  // left, over the left third of the signature image (ND30), and the text beside the seal.
  let text = { x, width, align: 'center' as 'center' | 'left' };
  let image = { x: x + width * 0.2, width: width * 0.6, align: 'center' as 'center' | undefined };
  if (sig.sealImagePng) {
    const size = Math.min(height, width * 0.4);
    const sealX = x + pad;
    doc.image(Buffer.from(sig.sealImagePng), sealX, top + (height - size) / 2, { fit: [size, size] });
    text = { x: sealX + size + pad, width: x + width - (sealX + size + pad), align: 'left' };
    image = { x: sealX + (size * 2) / 3, width: x + width - (sealX + (size * 2) / 3) - pad, align: undefined }; // left
  }
  const lines = sig.lines.map((l) => l.normalize('NFC'));
  doc.font(font).fontSize(SIGNATURE_TEXT_SIZE);
  const widest = Math.max(0, ...lines.map((l) => doc.widthOfString(l)));
  const size = widest > text.width ? Math.max(6, (SIGNATURE_TEXT_SIZE * text.width) / widest) : SIGNATURE_TEXT_SIZE;
  const lineHeight = size * 1.2;
  const textHeight = lines.length * lineHeight;
  if (sig.signatureImagePng) {
    const imageHeight = Math.max(height - textHeight - pad, height * 0.4);
    doc.image(Buffer.from(sig.signatureImagePng), image.x, top, {
      fit: [image.width, imageHeight], align: image.align, valign: 'center',
    });
  }
  const textTop = sig.signatureImagePng ? top + height - textHeight : top + (height - textHeight) / 2;
  doc.save().fillColor(SIGNATURE_BLUE).font(font).fontSize(size);
  lines.forEach((line, i) => {
    doc.text(line, text.x, textTop + i * lineHeight, { width: text.width, align: text.align, lineBreak: false });
  });
  doc.restore();
}

function drawPageNumbers(doc: PDFKit.PDFDocument, layout: DecisionLayout, flow: PdfFlow, font: string): void {
  const { margins, width, headerDistance } = layout.page;
  flow.pages.forEach((page, index) => {
    if (page.number === 1) return; // ND30: no number on a (section's) first page
    doc.switchToPage(index);
    doc.font(font).fontSize(layout.pageNumberSize).fillColor('black')
      .text(String(page.number), margins.left, headerDistance, { width: width - margins.left - margins.right, align: 'center', lineBreak: false });
  });
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/**
 * Draws any document layout (decision, training sheet) as PDF: the fonts of fonts.ts, pages with
 * ND30 numbering, and, for a decision, the visible signature. Returns the flow for the caller.
 */
export async function renderDocumentPdf(
  layout: DocumentLayout,
  measure: TextMeasurer,
  options: RenderPdfOptions = {},
): Promise<{ bytes: Uint8Array; pageCount: number; signature: SignatureBox | null }> {
  const { meta } = layout;
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords,
      Creator: 'TCNS - Tổ công nghệ số cộng đồng',
      Producer: 'TCNS (PDFKit)',
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
    },
  });
  const done = collect(doc);
  const fontName = registerFonts(doc, fontPaths(options));
  const flow = new PdfFlow(doc, layout, fontName, measure);
  layout.sections.forEach((section, i) => {
    flow.startSection(i, section.restartNumbering);
    flow.flow(section.blocks);
  });
  const box = flow.signature;
  if (box && options.visibleSignature) {
    doc.switchToPage(box.pageIndex);
    drawVisibleSignature(doc, box, options.visibleSignature, fontName({}));
  }
  drawPageNumbers(doc, layout, flow, fontName({}));
  const pageCount = flow.pages.length;
  doc.end();
  return { bytes: await done, pageCount, signature: box };
}

/** Renders an already built decision layout (lets callers reuse one measurer). */
export async function renderLayoutPdf(
  layout: DecisionLayout,
  measure: TextMeasurer,
  options: RenderPdfOptions = {},
): Promise<RenderedPdf> {
  const { bytes, pageCount, signature: box } = await renderDocumentPdf(layout, measure, options);
  if (!box) throw new Error('Bố cục quyết định thiếu vùng chữ ký.');
  const h = layout.page.height;
  return {
    bytes,
    pageCount,
    signatureArea: { pageIndex: box.pageIndex, rect: [box.x, h - (box.top + box.height), box.x + box.width, h - box.top] },
  };
}

/** The decision as a PDF ready to be signed. */
export async function renderDecisionPdf(content: DecisionContent, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  const measure = createMeasurer(options);
  return renderLayoutPdf(buildDecisionLayout(content, measure), measure, options);
}
