/**
 * Draws the layout model onto pdfkit pages: our own line breaking (so a bold "Điều 1." and the
 * regular text after it justify together), page breaks with keep-with-next, borderless column
 * blocks kept whole, and tables that repeat their header row on each new page.
 */
import type { Block, CellBlock, ColumnsBlock, DecisionLayout, ParagraphBlock, RuleBlock, TableBlock } from './layout-model';
import type { TextMeasurer, TextStyle } from './measure';
import { keepTogether, wrapRuns, type StyledRun, type WrappedLine } from './text-wrap';

export interface PageInfo {
  section: number;
  /** Page number within its section (ND30: annex pages are numbered on their own). */
  number: number;
}

export interface SignatureBox {
  pageIndex: number;
  x: number;
  top: number;
  width: number;
  height: number;
}

/** A table cell's text; a header cell breaks only between words ("Chức vụ, đơn vị / công tác"). */
const cellRuns = (text: string, header: boolean): StyledRun[] => [{ text: header ? keepTogether(text) : text, bold: header }];

/** Liberation Serif / Times New Roman: (ascender − descender + line gap) per em. */
const LINE_FACTOR = (891.11328125 + 216.30859375 + 42.48046875) / 1000;

export class PdfFlow {
  readonly pages: PageInfo[] = [];
  signature: SignatureBox | null = null;
  private y = 0;
  private section = 0;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly layout: DecisionLayout,
    private readonly fontName: (s: TextStyle) => string,
    private readonly m: TextMeasurer,
  ) {}

  private get top() { return this.layout.page.margins.top; }
  private get bottom() { return this.layout.page.height - this.layout.page.margins.bottom; }
  private get left() { return this.layout.page.margins.left; }
  private get textWidth() {
    const { width, margins } = this.layout.page;
    return width - margins.left - margins.right;
  }

  startSection(index: number, restartNumbering: boolean): void {
    const previous = this.pages[this.pages.length - 1];
    this.section = index;
    this.addPage(restartNumbering || !previous ? 1 : previous.number + 1);
  }

  private addPage(number: number): void {
    this.doc.addPage({ size: [this.layout.page.width, this.layout.page.height], margin: 0 });
    this.pages.push({ section: this.section, number });
    this.y = this.top;
  }

  private newPage(): void {
    this.addPage(this.pages[this.pages.length - 1].number + 1);
  }

  private atPageTop(): boolean { return this.y <= this.top + 0.01; }

  private ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && !this.atPageTop()) this.newPage();
  }

  // ---- measuring -------------------------------------------------------------------------

  lineHeight(p: Pick<ParagraphBlock, 'size' | 'lineSpacing'>): number {
    return p.size * LINE_FACTOR * p.lineSpacing;
  }

  wrap(p: ParagraphBlock, width: number): WrappedLine[] {
    return wrapRuns(p.runs, p.size, this.m, { width, leftIndent: p.leftIndent, firstLineIndent: p.firstLineIndent });
  }

  cellBlockHeight(b: CellBlock, width: number): number {
    if (b.kind === 'signatureSpace') return b.height;
    if (b.kind === 'rule') return b.spaceBefore + b.thickness + b.spaceAfter;
    return b.spaceBefore + this.wrap(b, width).length * this.lineHeight(b) + b.spaceAfter;
  }

  private columnsHeight(block: ColumnsBlock): number {
    return block.spaceBefore + block.spaceAfter + block.rows.reduce((sum, row) =>
      sum + Math.max(...row.map((cell, i) => cell.reduce((h, b) => h + this.cellBlockHeight(b, block.widths[i]), 0))), 0);
  }

  private tableRowHeight(t: TableBlock, cells: string[], bold: boolean): number {
    const lh = this.lineHeight({ size: t.size, lineSpacing: 1 });
    const lines = cells.map((text, i) =>
      wrapRuns(cellRuns(text, bold), t.size, this.m, { width: t.columns[i].width - 2 * t.padding.x }).length);
    return Math.max(bold ? 0 : t.minRowHeight ?? 0, Math.max(...lines) * lh + 2 * t.padding.y);
  }

  /** Least room a block needs at the bottom of a page to start there. */
  private minHeight(b: Block): number {
    switch (b.kind) {
      case 'paragraph': {
        const lines = Math.min(2, this.wrap(b, this.textWidth).length);
        return b.spaceBefore + lines * this.lineHeight(b);
      }
      case 'rule': return b.spaceBefore + b.thickness + b.spaceAfter;
      case 'columns': return this.columnsHeight(b);
      case 'table': {
        const header = this.tableRowHeight(b, b.columns.map((c) => c.title), true);
        return header + (b.rows[0] ? this.tableRowHeight(b, b.rows[0], false) : 0);
      }
    }
  }

  // ---- drawing ---------------------------------------------------------------------------

  private drawLine(line: WrappedLine, p: Pick<ParagraphBlock, 'size' | 'align'>, x: number, top: number): void {
    const slack = line.available - line.width;
    let cursor = x + line.indent;
    let extraPerSpace = 0;
    if (p.align === 'center') cursor += slack / 2;
    else if (p.align === 'right') cursor += slack;
    else if (p.align === 'justify' && !line.endsParagraph) {
      const spaces = line.pieces.filter((q) => q.isSpace).length;
      if (spaces > 0) extraPerSpace = slack / spaces;
    }
    // Consecutive pieces of one style are drawn as one string unless spaces must stretch.
    let pending: { text: string; style: TextStyle; x: number } | null = null;
    const flush = () => {
      if (pending) {
        this.doc.font(this.fontName(pending.style)).fontSize(p.size).text(pending.text, pending.x, top, { lineBreak: false });
      }
      pending = null;
    };
    for (const piece of line.pieces) {
      const sameStyle = pending && pending.style.bold === piece.bold && pending.style.italic === piece.italic;
      if (piece.isSpace && extraPerSpace > 0) {
        flush();
      } else if (sameStyle && pending) {
        pending.text += piece.text;
      } else {
        flush();
        pending = { text: piece.text, style: { bold: piece.bold, italic: piece.italic }, x: cursor };
      }
      cursor += piece.width + (piece.isSpace ? extraPerSpace : 0);
    }
    flush();
  }

  /** A paragraph inside a fixed box (cells): no page breaks. Returns the new y. */
  private drawParagraphAt(p: ParagraphBlock, x: number, width: number, y: number): number {
    let top = y + p.spaceBefore;
    for (const line of this.wrap(p, width)) {
      this.drawLine(line, p, x, top);
      top += this.lineHeight(p);
    }
    return top + p.spaceAfter;
  }

  private drawRuleAt(r: RuleBlock, x: number, width: number, y: number): number {
    const lineY = y + r.spaceBefore + r.thickness / 2;
    const x0 = x + (width - r.width) / 2;
    this.doc.save().lineWidth(r.thickness).strokeColor('black')
      .moveTo(x0, lineY).lineTo(x0 + r.width, lineY).stroke().restore();
    return y + r.spaceBefore + r.thickness + r.spaceAfter;
  }

  private flowParagraph(p: ParagraphBlock): void {
    const lines = this.wrap(p, this.textWidth);
    const lh = this.lineHeight(p);
    const before = this.atPageTop() ? 0 : p.spaceBefore;
    // No orphan: a paragraph of several lines starts where at least two of them fit.
    this.ensure(before + Math.min(2, lines.length) * lh);
    this.y += this.atPageTop() ? 0 : before;
    lines.forEach((line, i) => {
      const remaining = lines.length - i;
      // No widow: never leave a paragraph's last line alone on the next page.
      if (this.y + lh > this.bottom || (remaining === 2 && lines.length > 2 && this.y + 2 * lh > this.bottom)) this.newPage();
      this.drawLine(line, p, this.left, this.y);
      this.y += lh;
    });
    this.y += p.spaceAfter;
  }

  private flowColumns(block: ColumnsBlock): void {
    this.ensure(this.columnsHeight(block));
    this.y += this.atPageTop() ? 0 : block.spaceBefore;
    for (const row of block.rows) {
      let rowBottom = this.y;
      let x = this.left;
      row.forEach((cell, i) => {
        const width = block.widths[i];
        let y = this.y;
        for (const b of cell) {
          if (b.kind === 'paragraph') y = this.drawParagraphAt(b, x, width, y);
          else if (b.kind === 'rule') y = this.drawRuleAt(b, x, width, y);
          else {
            this.signature = { pageIndex: this.pages.length - 1, x, top: y, width, height: b.height };
            y += b.height;
          }
        }
        rowBottom = Math.max(rowBottom, y);
        x += width;
      });
      this.y = rowBottom;
    }
    this.y += block.spaceAfter;
  }

  private drawTableRow(t: TableBlock, cells: string[], bold: boolean, height: number): void {
    const lh = this.lineHeight({ size: t.size, lineSpacing: 1 });
    let x = this.left;
    t.columns.forEach((col, i) => {
      const inner = col.width - 2 * t.padding.x;
      const lines = wrapRuns(cellRuns(cells[i], bold), t.size, this.m, { width: inner });
      // Vertically centred, as the DOCX cells are.
      let top = this.y + (height - lines.length * lh) / 2;
      for (const line of lines) {
        this.drawLine(line, { size: t.size, align: bold ? 'center' : col.align }, x + t.padding.x, top);
        top += lh;
      }
      this.doc.save().lineWidth(t.borderWidth).strokeColor('black').rect(x, this.y, col.width, height).stroke().restore();
      x += col.width;
    });
    this.y += height;
  }

  private flowTable(t: TableBlock): void {
    const header = t.columns.map((c) => c.title);
    const headerHeight = this.tableRowHeight(t, header, true);
    this.ensure(this.minHeight(t));
    this.drawTableRow(t, header, true, headerHeight);
    for (const row of t.rows) {
      const h = this.tableRowHeight(t, row, false);
      if (this.y + h > this.bottom) {
        this.newPage();
        this.drawTableRow(t, header, true, headerHeight);
      }
      this.drawTableRow(t, row, false, h);
    }
    this.y += t.spaceAfter;
  }

  flow(blocks: Block[]): void {
    blocks.forEach((block, i) => {
      // Keep-with-next: a heading moves to the next page together with what follows it.
      let need = 0;
      for (let j = i; j < blocks.length; j++) {
        const b = blocks[j];
        const keeps = b.kind === 'paragraph' && b.keepWithNext;
        need += keeps && b.kind === 'paragraph'
          ? b.spaceBefore + this.wrap(b, this.textWidth).length * this.lineHeight(b) + b.spaceAfter
          : this.minHeight(b);
        if (!keeps) break;
      }
      if (block.kind === 'paragraph' && block.keepWithNext) this.ensure(need);
      if (block.kind === 'paragraph') this.flowParagraph(block);
      else if (block.kind === 'rule') this.y = this.drawRuleAt(block, this.left, this.textWidth, this.y);
      else if (block.kind === 'columns') this.flowColumns(block);
      else this.flowTable(block);
    });
  }
}
