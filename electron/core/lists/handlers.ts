import type { FileResult } from '../../../shared/api';
import { BACKGROUND_ROLES, GENDERS, TEAM_POSITIONS, VILLAGE_KINDS, VILLAGE_STATUSES } from '../../../shared/domain/vocabulary';
import { TRAINING_STATUSES } from '../../../shared/api/trainings';
import { displayDate } from '../../../shared/text/dates';
import { AppError } from '../../../shared/errors';
import { getCommune } from '../commune/handlers';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { listPeople } from '../people/list';
import { getTeam } from '../teams/repository';
import { listSessions } from '../trainings/sessions';
import { listVillages } from '../villages/repository';
import { writeListWorkbook, type ListCell } from './list-workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The people list is read in pages so a province's register is never one array of rows. */
const PAGE = 500;

function* peopleRows(ctx: Context, filter: Parameters<typeof listPeople>[1]['filter']): Generator<ListCell[]> {
  let n = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = listPeople(ctx.db, { filter, sort: { column: 'fullName', dir: 'asc' }, limit: PAGE, offset }, ctx.today());
    for (const p of page.rows) {
      yield [++n, p.fullName, p.gender ? GENDERS[p.gender] : '', p.birthYear, p.phone, BACKGROUND_ROLES[p.backgroundRole], p.villageName,
        p.teams.map((m) => (m.position === 'thanh_vien' ? m.teamName : `${m.teamName} (${TEAM_POSITIONS[m.position]})`)).join('; ')];
    }
    if (page.rows.length < PAGE) return;
  }
}

async function exportList(ctx: Context, input: Parameters<Handlers['lists.exportXlsx']>[0]): Promise<FileResult> {
  const commune = getCommune(ctx);
  if (!commune) throw new AppError('VALIDATION', 'Chưa có thông tin xã/phường: hãy nhập trước khi xuất danh sách.');
  const base = { commune, today: ctx.today() };
  const file = (fileName: string, bytes: Uint8Array): FileResult => ({ fileName: `${fileName}-${ctx.today()}.xlsx`, mimeType: XLSX, bytes });
  switch (input.list) {
    case 'people': {
      const bytes = await writeListWorkbook({
        ...base, sheetName: 'Danh sách', title: 'DANH SÁCH NGƯỜI THAM GIA', orientation: 'landscape',
        subtitle: Object.keys(input.filter).length ? '(theo bộ lọc đang chọn)' : undefined,
        columns: [
          { header: 'STT', width: 6, align: 'center' }, { header: 'Họ và tên', width: 26 }, { header: 'Giới tính', width: 9, align: 'center' },
          { header: 'Năm sinh', width: 9, align: 'center' }, { header: 'Điện thoại', width: 13 }, { header: 'Thành phần', width: 24 },
          { header: 'Thôn/TDP', width: 16 }, { header: 'Tổ tham gia', width: 36 },
        ],
        rows: peopleRows(ctx, input.filter),
      });
      return file('danh-sach-nguoi', bytes);
    }
    case 'teamMembers': {
      const team = getTeam(ctx, input.teamId);
      const bytes = await writeListWorkbook({
        ...base, sheetName: 'Thành viên', title: `DANH SÁCH THÀNH VIÊN ${team.name.toUpperCase()}`, orientation: 'landscape',
        subtitle: `Có ${team.members.length} thành viên`,
        columns: [
          { header: 'STT', width: 6, align: 'center' }, { header: 'Họ và tên', width: 26 }, { header: 'Chức danh trong tổ', width: 14 },
          { header: 'Thành phần', width: 24 }, { header: 'Đơn vị, chức vụ', width: 34 }, { header: 'Điện thoại', width: 13 },
          { header: 'Từ ngày', width: 12, align: 'center' },
        ],
        rows: team.members.map((m, i) => [i + 1, m.fullName, TEAM_POSITIONS[m.position], BACKGROUND_ROLES[m.backgroundRole],
          [m.jobTitle, m.organisation].filter(Boolean).join(', '), m.phone, displayDate(m.startDate)]),
      });
      return file('thanh-vien-to', bytes);
    }
    case 'villages': {
      const villages = listVillages(ctx.db, true);
      const bytes = await writeListWorkbook({
        ...base, sheetName: 'Thôn, tổ dân phố', title: 'DANH MỤC THÔN, TỔ DÂN PHỐ', orientation: 'portrait',
        columns: [
          { header: 'STT', width: 6, align: 'center' }, { header: 'Tên', width: 24 }, { header: 'Loại', width: 13 },
          { header: 'Số hộ', width: 9, align: 'right' }, { header: 'Số nhân khẩu', width: 11, align: 'right' },
          { header: 'Số tổ', width: 7, align: 'center' }, { header: 'Tình trạng', width: 16 },
        ],
        rows: villages.map((v, i) => [i + 1, v.name, VILLAGE_KINDS[v.kind], v.households, v.population, v.teamCount, VILLAGE_STATUSES[v.status]]),
      });
      return file('danh-muc-thon', bytes);
    }
    case 'trainings': {
      const sessions = listSessions(ctx, {});
      const bytes = await writeListWorkbook({
        ...base, sheetName: 'Tập huấn', title: 'DANH SÁCH CÁC BUỔI TẬP HUẤN', orientation: 'landscape',
        columns: [
          { header: 'STT', width: 6, align: 'center' }, { header: 'Ngày', width: 12, align: 'center' }, { header: 'Nội dung', width: 44 },
          { header: 'Địa điểm', width: 24 }, { header: 'Số được mời', width: 10, align: 'right' },
          { header: 'Số tham dự', width: 10, align: 'right' }, { header: 'Tình trạng', width: 14 },
        ],
        rows: sessions.map((s, i) => [i + 1, displayDate(s.date), s.title, s.place, s.summary.invited, s.summary.attended, TRAINING_STATUSES[s.status]]),
      });
      return file('danh-sach-tap-huan', bytes);
    }
  }
}

export const listHandlers: Pick<Handlers, 'lists.exportXlsx'> = {
  'lists.exportXlsx': (input, ctx) => exportList(ctx, input),
};
