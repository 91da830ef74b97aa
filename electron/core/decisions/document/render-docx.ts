/**
 * The decision as an editable Word file (package `docx`), drawn from the same layout model as
 * the PDF. Word details: the header and signature blocks are borderless tables; short rules are
 * empty paragraphs with a bottom border, indented to the rule's length; page numbers sit in a
 * header that the "different first page" setting hides on each section's first page; the annex
 * is its own section whose numbering restarts (ND30: an annex is numbered on its own).
 */
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph,
  Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
  type IBorderOptions, type ISectionOptions,
} from 'docx';
import type { DecisionContent } from '../../../../shared/decisions/content';
import { buildDecisionLayout } from './layout';
import type { Align, Block, CellBlock, ColumnsBlock, DecisionLayout, ParagraphBlock, RuleBlock, TableBlock } from './layout-model';
import type { FontOptions } from './fonts';
import { createMeasurer } from './measure';

/** Points to twentieths of a point (twips), Word's unit for lengths. */
const tw = (pt: number) => Math.round(pt * 20);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

class DocxWriter {
  constructor(private readonly layout: DecisionLayout) {}

  private get font() { return this.layout.fontFamily; }
  private get textWidth() {
    const { width, margins } = this.layout.page;
    return width - margins.left - margins.right;
  }

  paragraph(p: ParagraphBlock, extraBefore = 0): Paragraph {
    const indent = p.firstLineIndent < 0
      ? { left: tw(p.leftIndent), hanging: tw(-p.firstLineIndent) }
      : { left: tw(p.leftIndent), firstLine: tw(p.firstLineIndent) };
    return new Paragraph({
      alignment: ALIGN[p.align],
      indent,
      spacing: {
        before: tw(p.spaceBefore + extraBefore), after: tw(p.spaceAfter),
        line: Math.round(240 * p.lineSpacing), lineRule: LineRuleType.AUTO,
      },
      keepNext: p.keepWithNext || undefined,
      children: p.runs.map((r) => r.lineBreak
        ? new TextRun({ break: 1 })
        : new TextRun({ text: r.text, bold: r.bold || undefined, italics: r.italic || undefined, size: p.size * 2, font: this.font })),
    });
  }

  /** An empty 1 pt paragraph whose bottom border is the rule, indented to the rule's length. */
  rule(r: RuleBlock, containerWidth: number, keepNext = false): Paragraph {
    const side = tw(Math.max(0, (containerWidth - r.width) / 2));
    return new Paragraph({
      indent: { left: side, right: side },
      spacing: { before: tw(r.spaceBefore), after: tw(r.spaceAfter), line: 20, lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(r.thickness * 8)), color: '000000', space: 0 } },
      keepNext: keepNext || undefined,
      children: [new TextRun({ text: '', size: 2, font: this.font })],
    });
  }

  cellContent(blocks: CellBlock[], width: number, extraBefore: number): Paragraph[] {
    return blocks.map((b, i) => {
      const before = i === 0 ? extraBefore : 0;
      if (b.kind === 'paragraph') return this.paragraph(b, before);
      if (b.kind === 'rule') return this.rule({ ...b, spaceBefore: b.spaceBefore + before }, width);
      // The blank for signature and seal: one empty line of exactly that height.
      return new Paragraph({ spacing: { before: tw(before), after: 0, line: tw(b.height), lineRule: LineRuleType.EXACT }, children: [] });
    });
  }

  columns(block: ColumnsBlock): Table {
    return new Table({
      width: { size: tw(block.widths[0] + block.widths[1]), type: WidthType.DXA },
      columnWidths: block.widths.map(tw),
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: block.rows.map((row, r) => new TableRow({
        cantSplit: true,
        children: row.map((cell, i) => new TableCell({
          width: { size: tw(block.widths[i]), type: WidthType.DXA },
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
          children: this.cellContent(cell, block.widths[i], r === 0 ? block.spaceBefore : 0),
        })),
      })),
    });
  }

  table(t: TableBlock): Table {
    const line: IBorderOptions = { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(t.borderWidth * 8)), color: '000000' };
    const cell = (text: string, i: number, bold: boolean) => new TableCell({
      width: { size: tw(t.columns[i].width), type: WidthType.DXA },
      margins: { top: tw(t.padding.y), bottom: tw(t.padding.y), left: tw(t.padding.x), right: tw(t.padding.x) },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [new Paragraph({
        alignment: ALIGN[bold ? 'center' : t.columns[i].align],
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text, bold: bold || undefined, size: t.size * 2, font: this.font })],
      })],
    });
    return new Table({
      width: { size: tw(t.columns.reduce((s, c) => s + c.width, 0)), type: WidthType.DXA },
      columnWidths: t.columns.map((c) => tw(c.width)),
      layout: TableLayoutType.FIXED,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: [
        // tableHeader: Word repeats this row at the top of every page the table runs onto.
        new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.title, i, true)) }),
        ...t.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
      ],
    });
  }

  blocks(blocks: Block[]): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    blocks.forEach((b) => {
      if (b.kind === 'paragraph') out.push(this.paragraph(b));
      else if (b.kind === 'rule') out.push(this.rule(b, this.textWidth));
      else if (b.kind === 'columns') out.push(this.columns(b));
      else {
        out.push(this.table(b));
        // The gap after a table; also keeps two tables apart, or Word would merge them.
        out.push(new Paragraph({ spacing: { before: 0, after: 0, line: tw(b.spaceAfter), lineRule: LineRuleType.EXACT }, children: [] }));
      }
    });
    return out;
  }

  pageNumberHeader(): Header {
    return new Header({
      children: [new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: this.layout.pageNumberSize * 2, font: this.font })],
      })],
    });
  }

  document(): Document {
    const { page, meta } = this.layout;
    const sections: ISectionOptions[] = this.layout.sections.map((section) => ({
      properties: {
        page: {
          size: { width: tw(page.width), height: tw(page.height), orientation: PageOrientation.PORTRAIT },
          margin: {
            top: tw(page.margins.top), bottom: tw(page.margins.bottom), left: tw(page.margins.left), right: tw(page.margins.right),
            header: tw(page.headerDistance), footer: tw(page.headerDistance),
          },
          pageNumbers: section.restartNumbering ? { start: 1 } : undefined,
        },
        // Different first page: its (empty) header hides the number on page 1 (ND30).
        titlePage: true,
      },
      headers: { first: new Header({ children: [new Paragraph({ children: [] })] }), default: this.pageNumberHeader() },
      children: this.blocks(section.blocks),
    }));
    return new Document({
      creator: 'TCNS - Tổ công nghệ số cộng đồng',
      title: meta.title,
      subject: meta.subject,
      keywords: meta.keywords,
      description: meta.subject,
      styles: {
        default: {
          document: {
            run: { font: this.font, size: 28, language: { value: 'vi-VN' } },
            paragraph: { spacing: { before: 0, after: 0, line: 240 } },
          },
        },
      },
      sections,
    });
  }
}

/** Fonts only measure here (balanced titles, rule lengths); Word shows Times New Roman. */
export type RenderDocxOptions = FontOptions;

/** Renders an already built layout. */
export async function renderLayoutDocx(layout: DecisionLayout): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(new DocxWriter(layout).document());
  return new Uint8Array(buffer);
}

/** The decision as an editable .docx (Word), same layout as the PDF. */
export async function renderDecisionDocx(content: DecisionContent, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  return renderLayoutDocx(buildDecisionLayout(content, createMeasurer(options)));
}
