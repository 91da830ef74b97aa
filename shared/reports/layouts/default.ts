import type { ReportLayout } from '../layout';

/**
 * The app's own form, following DOMAIN.md §4: a summary sheet with the administrative header and
 * the sign-off, then the member list, trainings (when any were held) and results by team.
 */
export const defaultLayout: ReportLayout = {
  id: 'mac-dinh',
  name: 'Mẫu chung',
  description: 'Tổng hợp, danh sách tổ và thành viên, tập huấn, kết quả hoạt động theo tổ.',
  symbol: 'BC-UBND',
  recipient: 'Sở Khoa học và Công nghệ tỉnh {province}',
  signature: { left: ['NGƯỜI LẬP BIỂU'], right: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] },
  sheets: [
    {
      name: 'Tổng hợp',
      header: 'administrative',
      title: 'BÁO CÁO',
      subtitle: 'Kết quả hoạt động của Tổ công nghệ số cộng đồng {period}',
      note: '(Số liệu {range})',
      orientation: 'landscape',
      signature: true,
      tables: [
        {
          source: 'teamsByLevel',
          heading: 'I. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG',
          columns: [
            { key: 'stt', label: 'STT', width: 6, type: 'index' },
            { key: 'label', label: 'Cấp tổ', width: 34, type: 'text' },
            { key: 'established', label: 'Số tổ đã thành lập', width: 12, type: 'integer' },
            { key: 'draft', label: 'Số tổ đang thành lập', width: 12, type: 'integer' },
            { key: 'members', label: 'Số thành viên', width: 12, type: 'integer' },
            { key: 'avgMembers', label: 'Bình quân thành viên/tổ', width: 12, type: 'decimal' },
          ],
          total: { label: 'Tổng cộng', at: 'label' },
        },
        {
          source: 'membersByRole',
          heading: 'II. THÀNH VIÊN THEO THÀNH PHẦN',
          columns: [
            { key: 'stt', label: 'STT', width: 6, type: 'index' },
            { key: 'label', label: 'Thành phần', width: 34, type: 'text' },
            { key: 'members', label: 'Số thành viên', width: 12, type: 'integer' },
            { key: 'share', label: 'Tỷ lệ (%)', width: 12, type: 'percent' },
          ],
          total: { label: 'Tổng cộng', at: 'label' },
        },
        {
          source: 'villageCoverage',
          heading: 'III. THÔN, TỔ DÂN PHỐ CÓ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG',
          columns: [
            { key: 'stt', label: 'STT', width: 6, type: 'index' },
            { key: 'label', label: 'Loại địa bàn', width: 34, type: 'text' },
            { key: 'villages', label: 'Tổng số', width: 12, type: 'integer' },
            { key: 'covered', label: 'Đã có Tổ', width: 12, type: 'integer' },
            { key: 'uncovered', label: 'Chưa có Tổ', width: 12, type: 'integer' },
            { key: 'coverage', label: 'Tỷ lệ bao phủ (%)', width: 12, type: 'percent' },
          ],
          total: { label: 'Tổng cộng', at: 'label' },
        },
        {
          source: 'trainingTotals',
          heading: 'IV. TẬP HUẤN, BỒI DƯỠNG KỸ NĂNG SỐ',
          columns: [
            { key: 'stt', label: 'STT', width: 6, type: 'index' },
            { key: 'label', label: 'Hình thức', width: 34, type: 'text' },
            { key: 'sessions', label: 'Số buổi', width: 12, type: 'integer' },
            { key: 'attendances', label: 'Lượt người tham dự', width: 12, type: 'integer' },
            { key: 'people', label: 'Số người được tập huấn', width: 12, type: 'integer' },
            { key: 'members', label: 'Trong đó: thành viên Tổ', width: 12, type: 'integer' },
          ],
          total: { label: 'Tổng cộng', at: 'label' },
        },
        {
          source: 'indicators',
          heading: 'V. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
          columns: [
            { key: 'stt', label: 'STT', width: 6, type: 'index' },
            { key: 'label', label: 'Chỉ tiêu', width: 34, type: 'text' },
            { key: 'unit', label: 'Đơn vị tính', width: 11, type: 'text' },
            { key: 'result', label: 'Kết quả', width: 12, type: 'integer', group: 'Trong kỳ báo cáo' },
            { key: 'target', label: 'Kế hoạch', width: 12, type: 'integer', group: 'Trong kỳ báo cáo' },
            { key: 'rate', label: 'Tỷ lệ đạt (%)', width: 12, type: 'percent', group: 'Trong kỳ báo cáo' },
            { key: 'cumulative', label: 'Kết quả', width: 12, type: 'integer', group: 'Lũy kế từ đầu năm' },
            { key: 'yearTarget', label: 'Kế hoạch năm', width: 12, type: 'integer', group: 'Lũy kế từ đầu năm' },
            { key: 'yearRate', label: 'Tỷ lệ đạt (%)', width: 12, type: 'percent', group: 'Lũy kế từ đầu năm' },
          ],
        },
      ],
    },
    {
      name: 'Danh sách tổ và thành viên',
      header: 'annex',
      title: 'DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG VÀ THÀNH VIÊN',
      subtitle: '(Kèm theo Báo cáo số {number} ngày {date} của Ủy ban nhân dân {commune})',
      orientation: 'landscape',
      tables: [
        {
          source: 'members',
          columns: [
            { key: 'stt', label: 'STT', width: 6, type: 'index' },
            { key: 'fullName', label: 'Họ và tên', width: 26, type: 'text' },
            { key: 'birthYear', label: 'Năm sinh', width: 9, type: 'year' },
            { key: 'phone', label: 'Số điện thoại', width: 14, type: 'text' },
            { key: 'role', label: 'Thành phần', width: 30, type: 'text' },
            { key: 'position', label: 'Chức danh trong Tổ', width: 13, type: 'text' },
            { key: 'team', label: 'Tổ', width: 34, type: 'text' },
            { key: 'village', label: 'Thôn', width: 18, type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'Tập huấn',
      header: 'annex',
      when: 'trainings',
      title: 'CÁC BUỔI TẬP HUẤN, BỒI DƯỠNG KỸ NĂNG SỐ {PERIOD}',
      subtitle: '(Kèm theo Báo cáo số {number} ngày {date} của Ủy ban nhân dân {commune})',
      orientation: 'landscape',
      tables: [
        {
          source: 'trainings',
          columns: [
            { key: 'stt', label: 'STT', width: 6, type: 'index' },
            { key: 'date', label: 'Ngày', width: 12, type: 'date' },
            { key: 'title', label: 'Nội dung', width: 40, type: 'text' },
            { key: 'format', label: 'Hình thức', width: 11, type: 'text' },
            { key: 'place', label: 'Địa điểm', width: 22, type: 'text' },
            { key: 'organiser', label: 'Đơn vị tổ chức', width: 22, type: 'text' },
            { key: 'invited', label: 'Số người được mời', width: 11, type: 'integer' },
            { key: 'attended', label: 'Số người tham dự', width: 11, type: 'integer' },
            { key: 'rate', label: 'Tỷ lệ tham dự (%)', width: 11, type: 'percent' },
          ],
          total: { label: 'Tổng cộng', at: 'title' },
        },
      ],
    },
    {
      name: 'Kết quả hoạt động',
      header: 'annex',
      title: 'KẾT QUẢ HOẠT ĐỘNG CỦA CÁC TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG {PERIOD}',
      subtitle: '(Kèm theo Báo cáo số {number} ngày {date} của Ủy ban nhân dân {commune})',
      orientation: 'landscape',
      tables: [
        {
          source: 'results',
          columns: [
            { key: 'stt', label: 'STT', width: 6, type: 'index' },
            { key: 'team', label: 'Tên tổ', width: 34, type: 'text' },
            { key: 'village', label: 'Thôn, tổ dân phố', width: 16, type: 'text' },
            { key: 'members', label: 'Số thành viên', width: 10, type: 'integer' },
            { key: 'indicators', label: 'Kết quả thực hiện trong kỳ', width: 14, type: 'integer' },
            { key: 'note', label: 'Ghi chú', width: 16, type: 'text' },
          ],
          total: { label: 'Tổng cộng', at: 'team' },
        },
      ],
    },
  ],
};
