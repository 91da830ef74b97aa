import type ExcelJS from 'exceljs';
import { fillPlaceholders, type SheetLayout } from '../../../../shared/reports/layout';
import { communeIssuer } from '../../documents/nd30';
import {
  a4Sheet, printableRowHeight, repeatRows, RULE_ROW_HEIGHT, RULE_STYLE, ruleText, SheetCursor, signatureBlockHeight, textWidth,
  writeAdministrativeHeader, writeSignatureBlock,
} from '../../xlsx';
import type { ReportModel } from '../data/model';
import type { Source } from '../data/source';
import { REPORT_STYLES } from './cell-styles';
import { physicalColumns, sheetWidths } from './columns';
import type { FigureRecorder } from './embedded-data';
import { writeTable } from './table';

/** Default Nơi nhận of a report sent to the "Kính gửi" body (ND30: "Như trên" names it). */
const RECIPIENTS = ['Như trên', 'Lưu: VT'];

/**
 * Title lines: bold title, bold subtitle (the trích yếu) with the ND30 short rule under it, a
 * third of its width, italic note, and on the first sheet "Kính gửi".
 */
function writeTitle(cursor: SheetCursor, sheet: SheetLayout, model: ReportModel): void {
  const fill = (text: string) => fillPlaceholders(text, model.meta.placeholders);
  const last = cursor.columnCount;
  cursor.addSpan(1, last, fill(sheet.title), REPORT_STYLES.title);
  const reference = sheet.header === 'annex' && sheet.subtitle?.startsWith('(');
  if (sheet.subtitle) cursor.addSpan(1, last, fill(sheet.subtitle), reference ? REPORT_STYLES.note : REPORT_STYLES.subtitle);
  const ruled = reference || !sheet.subtitle ? sheet.title : sheet.subtitle;
  const rule = cursor.add([], RULE_ROW_HEIGHT);
  cursor.put(rule, 1, last, ruleText(textWidth(fill(ruled), 13, true) / 3), RULE_STYLE);
  if (sheet.note) cursor.addSpan(1, last, fill(sheet.note), REPORT_STYLES.note);
  if (sheet.header === 'administrative') {
    cursor.blank(6);
    cursor.addSpan(1, last, `Kính gửi: ${fill(model.meta.layout.recipient)}.`, REPORT_STYLES.recipient);
  }
  cursor.blank(10);
}

/** Writes one sheet of the layout and commits it; returns the rows of data written. */
export async function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout, model: ReportModel, recorder?: FigureRecorder): Promise<number> {
  const tables = sheet.tables.map((t) => ({ layout: t, columns: physicalColumns(t, model.indicators) }));
  const widths = sheetWidths(tables.map((t) => t.columns));
  const cursor = new SheetCursor(workbook.addWorksheet(sheet.name, a4Sheet(sheet.orientation)), widths, printableRowHeight(sheet.orientation, widths));
  const { commune } = model.meta;
  if (sheet.header === 'administrative') {
    writeAdministrativeHeader(cursor, {
      issuer: communeIssuer(commune.kind, commune.name),
      numberLine: `Số: ${model.meta.numberText}`,
      placeDate: model.meta.placeholders.placeDate,
    });
  }
  writeTitle(cursor, sheet, model);
  const { signature } = model.meta.layout;
  const recipients = model.meta.layout.recipients ?? RECIPIENTS;
  const signatureHeight = sheet.signature ? signatureBlockHeight({ ...signature, recipients }) : 0;
  let rows = 0;
  for (const [i, t] of tables.entries()) {
    if (i > 0) cursor.blank(10);
    const keepWithNext = i === tables.length - 1 && signatureHeight ? signatureHeight : undefined;
    const written = await writeTable(cursor, t.layout, t.columns, model.sources[t.layout.source] as Source<object>, {
      keepWithNext, repeatHeader: tables.length > 1,
      record: recorder?.table(sheet.name, i, t.layout.source, t.layout.heading, t.columns),
    });
    rows += written.rows;
    // A sheet that is one long table repeats its header on every printed page.
    if (tables.length === 1) repeatRows(cursor.sheet, written.first, written.last);
  }
  if (sheet.signature) {
    writeSignatureBlock(cursor, {
      left: signature.left, leftName: model.meta.preparedBy, right: signature.right, rightName: commune.chairName, recipients,
    });
  }
  cursor.flush();
  cursor.sheet.commit();
  return rows;
}
