import PDFDocument from 'pdfkit';
import { fontPaths } from '../../decisions/document/fonts';
import type { SheetModel } from './sheet-model';

/** A4 with the ND30 margins (top/bottom 20 mm, left 30 mm, right 15 mm), in points. */
const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89, top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const PAD = 4;
const TABLE_SIZE = 12;

type Font = 'serif' | 'serif-bold' | 'serif-italic' | 'serif-bolditalic';

class SheetWriter {
  readonly doc: PDFKit.PDFDocument;
  y = PAGE.top;
  pageCount = 1;

  constructor(private readonly model: SheetModel, createdAt: Date) {
    this.doc = new PDFDocument({
      size: 'A4', margins: { top: PAGE.top, bottom: 0, left: PAGE.left, right: PAGE.right }, bufferPages: true,
      info: { Title: `${model.title} - ${model.subtitle}`, Creator: 'TCNS', CreationDate: createdAt },
    });
    const fonts = fontPaths(); // one resolver for every PDF the app makes
    this.doc.registerFont('serif', fonts.regular);
    this.doc.registerFont('serif-bold', fonts.bold);
    this.doc.registerFont('serif-italic', fonts.italic);
    this.doc.registerFont('serif-bolditalic', fonts.boldItalic);
  }

  /** Text in a box, advancing nothing; returns its height. */
  text(s: string, x: number, y: number, width: number, font: Font, size: number, align: 'left' | 'center' | 'justify' = 'center'): number {
    this.doc.font(font).fontSize(size).fillColor('black').text(s.normalize('NFC'), x, y, { width, align, lineGap: 1 });
    return this.doc.heightOfString(s.normalize('NFC'), { width, lineGap: 1 });
  }

  height(s: string, width: number, font: Font, size: number): number {
    return this.doc.font(font).fontSize(size).heightOfString(s.normalize('NFC'), { width, lineGap: 1 });
  }

  rule(x1: number, x2: number, y: number): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.6).strokeColor('black').stroke();
  }

  /** Issuing body left, Quốc hiệu right (ND30), then place and date in italics under the motto. */
  header(): void {
    const leftW = 175;
    const rightX = PAGE.left + leftW;
    const rightW = CONTENT_WIDTH - leftW + PAGE.right / 2;
    const top = this.y;
    let y = top;
    for (const line of this.model.authority) y += this.text(line, PAGE.left, y, leftW, 'serif-bold', 12);
    const widest = Math.max(...this.model.authority.map((l) => this.doc.font('serif-bold').fontSize(12).widthOfString(l)));
    const cx = PAGE.left + leftW / 2;
    this.rule(cx - widest / 6, cx + widest / 6, y + 2); // a short rule, a third of the name's width

    let ry = top + this.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, rightW, 'serif-bold', 12);
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    ry += this.text(motto, rightX, ry, rightW, 'serif-bold', 13);
    const mottoWidth = this.doc.font('serif-bold').fontSize(13).widthOfString(motto);
    const rcx = rightX + rightW / 2;
    this.rule(rcx - mottoWidth / 2, rcx + mottoWidth / 2, ry + 2);
    ry += 8;
    ry += this.text(this.model.placeDate, rightX, ry, rightW, 'serif-italic', 13);
    this.y = Math.max(y, ry) + 14;
  }

  titleBlock(): void {
    this.y += this.text(this.model.title, PAGE.left, this.y, CONTENT_WIDTH, 'serif-bold', 14);
    this.y += this.text(this.model.subtitle, PAGE.left, this.y, CONTENT_WIDTH, 'serif-bold', 13) + 8;
    for (const [label, value] of this.model.info) {
      const line = `${label}: ${value}`;
      this.doc.font('serif-bold').fontSize(12).text(`${label}: `, PAGE.left, this.y, { width: CONTENT_WIDTH, continued: true, lineGap: 1 });
      this.doc.font('serif').text(value.normalize('NFC'), { lineGap: 1 });
      this.y += this.height(line, CONTENT_WIDTH, 'serif', 12) + 2;
    }
    this.y += 8;
  }

  private widths(): number[] {
    const total = this.model.columns.reduce((n, c) => n + c.width, 0);
    return this.model.columns.map((c) => (c.width * CONTENT_WIDTH) / total);
  }

  private row(cells: string[], font: Font, minHeight: number, headerRow: boolean): void {
    const widths = this.widths();
    // Measured once per cell: measuring dominates the time of a 500-row list.
    const heights = cells.map((c, i) => (c ? this.height(c, widths[i] - 2 * PAD, font, TABLE_SIZE) : 0));
    const height = Math.max(minHeight, ...heights.map((h) => h + 2 * PAD));
    if (this.y + height > PAGE.height - PAGE.bottom) {
      this.newPage();
      if (!headerRow) this.tableHeader();
    }
    let x = PAGE.left;
    cells.forEach((cell, i) => {
      this.doc.rect(x, this.y, widths[i], height).lineWidth(0.6).strokeColor('black').stroke();
      const align = headerRow ? 'center' : this.model.columns[i].align;
      if (cell) {
        this.doc.font(font).fontSize(TABLE_SIZE).fillColor('black')
          .text(cell.normalize('NFC'), x + PAD, this.y + (height - heights[i]) / 2, { width: widths[i] - 2 * PAD, align, lineGap: 1 });
      }
      x += widths[i];
    });
    this.y += height;
  }

  /** Repeated at the top of every page the table runs onto. */
  tableHeader(): void {
    this.row(this.model.columns.map((c) => c.header), 'serif-bold', 22, true);
  }

  table(): void {
    this.tableHeader();
    for (const cells of this.model.rows) this.row(cells, 'serif', this.model.minRowHeight, false);
    this.y += 10;
  }

  newPage(): void {
    this.doc.addPage();
    this.pageCount++;
    this.y = PAGE.top;
  }

  footer(): void {
    for (const line of this.model.footer) {
      if (this.y + 40 > PAGE.height - PAGE.bottom) this.newPage();
      this.y += this.text(line, PAGE.left, this.y, CONTENT_WIDTH, 'serif-italic', 12, 'justify') + 4;
    }
    // The signature block stays in one piece.
    if (this.y + 110 > PAGE.height - PAGE.bottom) this.newPage();
    this.y += 10;
    const colW = CONTENT_WIDTH / this.model.signatures.length;
    this.model.signatures.forEach((s, i) => {
      const x = PAGE.left + i * colW;
      const h = this.text(s.title, x, this.y, colW, 'serif-bold', 12);
      this.text(s.hint, x, this.y + h, colW, 'serif-italic', 12);
    });
  }

  /** ND30: page numbers centred in the top margin, none on the first page. */
  pageNumbers(): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.doc.font('serif').fontSize(12).text(String(i + 1), PAGE.left, PAGE.top / 2, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
    }
  }
}

/** Renders the sheet as A4 PDF bytes with embedded Liberation Serif. */
export function renderSheetPdf(model: SheetModel, createdAt: Date): Promise<Uint8Array> {
  const w = new SheetWriter(model, createdAt);
  const chunks: Buffer[] = [];
  w.doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    w.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    w.doc.on('error', reject);
  });
  w.header();
  w.titleBlock();
  w.table();
  w.footer();
  w.pageNumbers();
  w.doc.end();
  return done;
}
