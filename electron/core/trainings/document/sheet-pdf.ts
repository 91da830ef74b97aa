/**
 * The training sheets as PDF, laid out with the decision's ND30 document engine
 * (decisions/document: layout model, PDF flow, fonts) and the ND30 kit (documents/nd30.ts): the
 * same administrative header, page size and margins, page numbers from the second page, tables
 * whose header repeats on every page, and titles that break only between words.
 */
import {
  administrativeHeader, centredTitle, createMeasurer, para, renderDocumentPdf,
  type Block, type ColumnsBlock, type DocumentLayout, type FontOptions, type TableBlock,
} from '../../decisions/document';
import { FONT_FAMILY, PAGE, PAGE_NUMBER_SIZE, TEXT_WIDTH } from '../../decisions/document/layout-style';
import type { SheetModel } from './sheet-model';

const SIZE = { title: 14, subtitle: 13, info: 12, table: 12, footer: 12, signature: 12 } as const;

function table(model: SheetModel): TableBlock {
  const total = model.columns.reduce((n, c) => n + c.width, 0);
  return {
    kind: 'table', role: 'invitees', size: SIZE.table, padding: { x: 4, y: 4 }, borderWidth: 0.6, spaceAfter: 10,
    minRowHeight: model.minRowHeight,
    columns: model.columns.map((c) => ({ title: c.header, width: (c.width * TEXT_WIDTH) / total, align: c.align })),
    rows: model.rows,
  };
}

/** Side by side: who prepared the list and who signs for the organiser, with their hints. */
function signatures(model: SheetModel): ColumnsBlock {
  const width = TEXT_WIDTH / model.signatures.length;
  const cells = model.signatures.map((s) => [
    para('signerTitle', [{ text: s.title, bold: true }], SIZE.signature, { align: 'center' }),
    para('signerHint', [{ text: s.hint, italic: true }], SIZE.signature, { align: 'center' }),
  ]);
  return {
    kind: 'columns', role: 'signature', widths: [width, TEXT_WIDTH - width],
    rows: [[cells[0] ?? [], cells[1] ?? []]], spaceBefore: 10, spaceAfter: 0,
  };
}

export function sheetLayout(model: SheetModel, createdAt: Date, m: ReturnType<typeof createMeasurer>): DocumentLayout {
  const title = centredTitle(m, 'title', model.title, { bold: true, size: SIZE.title, maxWidth: TEXT_WIDTH }, { spaceBefore: 14, keepWithNext: true });
  const subtitle = centredTitle(m, 'subtitle', model.subtitle, { bold: true, size: SIZE.subtitle, maxWidth: TEXT_WIDTH * 0.9 }, { spaceAfter: 8, keepWithNext: true });
  const blocks: Block[] = [
    administrativeHeader(m, { parent: null, nameLines: model.authority }, null, model.placeDate),
    title.block,
    subtitle.block,
    ...model.info.map(([label, value]) =>
      para('info', [{ text: `${label}: `, bold: true }, { text: value }], SIZE.info, { spaceAfter: 2 })),
    para('gap', [{ text: '' }], 4),
    table(model),
    // The signatures never stand alone on a page: the footer lines go along with them.
    ...model.footer.map((line) => para('footer', [{ text: line, italic: true }], SIZE.footer, { align: 'justify', spaceAfter: 4, keepWithNext: true })),
    signatures(model),
  ];
  return {
    page: { width: PAGE.width, height: PAGE.height, margins: { ...PAGE.margins }, headerDistance: PAGE.headerDistance },
    fontFamily: FONT_FAMILY,
    pageNumberSize: PAGE_NUMBER_SIZE,
    sections: [{ role: 'decision', restartNumbering: true, blocks }],
    meta: { title: `${model.title} - ${model.subtitle}`, author: model.authority.join(' '), subject: model.subtitle, keywords: 'Tập huấn', creationDate: createdAt },
  };
}

/** Renders the sheet as A4 PDF bytes with the fonts of fonts.ts embedded. */
export async function renderSheetPdf(model: SheetModel, createdAt: Date, fonts: FontOptions = {}): Promise<Uint8Array> {
  const m = createMeasurer(fonts);
  return (await renderDocumentPdf(sheetLayout(model, createdAt, m), m, fonts)).bytes;
}

