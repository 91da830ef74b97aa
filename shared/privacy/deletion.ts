/**
 * What deleting a person's data does, in the words the officer reads before confirming — the
 * same lines in the app's dialog and in `people delete` on the command line. Pure.
 */
export interface DeletionImpact {
  id: string;
  fullName: string;
  version: number;
  /** Seats in teams, past and present; `currentSeats` of them still held. */
  memberships: number;
  currentSeats: number;
  /** Rows on training attendance lists (invited or attended) and sessions they trained. */
  attendances: number;
  /** Issued decisions that name them, e.g. "Số: 05/QĐ-UBND ngày 15/01/2026". */
  issuedDecisions: string[];
  erased: boolean;
}

export const ERASED_PERSON_NAME = 'Người đã xóa thông tin';

export function deletionExplanation(i: DeletionImpact): string[] {
  const lines = [
    `Xóa thông tin cá nhân của ${i.fullName} theo yêu cầu (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025):`,
    '• Họ tên, ngày sinh, năm sinh, giới tính, số điện thoại, số CCCD, đơn vị công tác, chức vụ và ghi chú bị xóa hẳn, kể cả trong nhật ký thay đổi.',
    `• ${i.memberships} lần tham gia tổ${i.currentSeats ? ` (đang giữ ${i.currentSeats} vị trí)` : ''} và ${i.attendances} lượt tập huấn được giữ lại dưới tên "${ERASED_PERSON_NAME}", để số liệu và báo cáo đã gửi vẫn đúng.`,
  ];
  if (i.currentSeats) lines.push('• Tổ vẫn tính vị trí này cho đến khi có quyết định kiện toàn.');
  lines.push(
    i.issuedDecisions.length
      ? `• ${i.issuedDecisions.length} quyết định đã ban hành có tên người này (${i.issuedDecisions.join('; ')}) là văn bản hành chính nên được giữ nguyên như khi ban hành.`
      : '• Không có quyết định đã ban hành nào có tên người này.',
    '• Các bản sao lưu làm trước khi xóa vẫn còn thông tin cho đến khi được thay thế theo vòng lưu giữ.',
    'Không thể hoàn tác. Nên xuất "Dữ liệu cá nhân" (PDF) trao cho người yêu cầu trước khi xóa.',
  );
  return lines;
}
