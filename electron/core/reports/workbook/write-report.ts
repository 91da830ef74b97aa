import type { Writable } from 'node:stream';
import { fillPlaceholders } from '../../../../shared/reports/layout';
import { createStreamingWorkbook } from '../../xlsx';
import type { ReportModel } from '../data/model';
import { writeSheet } from './sheet';

/**
 * Writes the report workbook to `stream` with the streaming writer: sheets in layout order,
 * each committed before the next, the member list team by team. Resolves when the zip is
 * complete. Sheets marked "when: trainings" are left out when no training was held.
 */
export async function writeReport(model: ReportModel, stream: Writable): Promise<{ sheets: string[]; rows: number }> {
  const { layout } = model.meta;
  const workbook = createStreamingWorkbook(stream, {
    title: fillPlaceholders('Báo cáo kết quả hoạt động Tổ công nghệ số cộng đồng {period}', model.meta.placeholders),
  });
  const sheets: string[] = [];
  let rows = 0;
  for (const sheet of layout.sheets) {
    if (sheet.when === 'trainings' && !model.hasTrainings) continue;
    rows += await writeSheet(workbook, sheet, model);
    sheets.push(sheet.name);
  }
  await workbook.commit();
  return { sheets, rows };
}
