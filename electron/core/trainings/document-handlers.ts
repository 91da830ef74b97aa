import type { FileResult } from '../../../shared/api/define';
import type { Context } from '../context';
import { requireCommune } from '../commune/handlers';
import type { Handlers } from '../dispatch';
import { renderAllowanceWorkbook } from './document/allowance-workbook';
import { buildSheetModel } from './document/sheet-model';
import { renderSheetPdf } from './document/sheet-pdf';
import { attendanceDays } from './history';
import { getSession } from './sessions';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function sheet(ctx: Context, input: { id: string; kind: 'sign_in' | 'attendance'; blankRows: number }): Promise<FileResult> {
  const commune = requireCommune(ctx);
  const session = getSession(ctx, input.id);
  const bytes = await renderSheetPdf(buildSheetModel(commune, session, input.kind, input.blankRows), new Date(ctx.now()));
  // ASCII names survive every file system, e-mail client and Zalo upload.
  const prefix = input.kind === 'sign_in' ? 'Danh-sach-ky-ten' : 'Diem-danh';
  return { fileName: `${prefix}-tap-huan-${session.date}.pdf`, mimeType: 'application/pdf', bytes };
}

export const documentHandlers: Pick<Handlers, 'trainings.sheet' | 'trainings.allowanceWorkbook'> = {
  'trainings.sheet': (input, ctx) => sheet(ctx, input),
  'trainings.allowanceWorkbook': async (input, ctx) => {
    const commune = requireCommune(ctx);
    const bytes = await renderAllowanceWorkbook(commune, attendanceDays(ctx, input), ctx.today());
    return { fileName: `Ngay-tham-du-tap-huan-${input.from}-den-${input.to}.xlsx`, mimeType: XLSX, bytes };
  },
};
