import { AppError } from '../../../shared/errors';
import { displayDate } from '../../../shared/text/dates';
import type { Context } from '../context';

/**
 * A session dated after today has not taken place: nobody can have attended it, and marks
 * are allowance evidence (issue 11). Marking or setting it "held" is refused until its day.
 */
export function assertTookPlace(ctx: Context, session: { date: string }): void {
  if (session.date > ctx.today()) {
    throw new AppError(
      'VALIDATION',
      `Buổi tập huấn ngày ${displayDate(session.date)} chưa diễn ra: chưa thể điểm danh hay ghi "Đã tổ chức". Nếu ngày ghi sai, hãy sửa ngày của buổi tập huấn trước.`,
    );
  }
}
