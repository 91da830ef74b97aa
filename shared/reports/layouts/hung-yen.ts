import type { ReportLayout } from '../layout';

/**
 * An example of a province's own form (DOMAIN.md §4: "provinces issue their own forms"), modelled
 * on the numbered "Biểu" sheets such forms use: numbered columns, members grouped under their team
 * with gender and workplace, results without the trainings sheet. It exists to show that a form
 * is added as data; the column set is illustrative, not copied from an official document.
 */
export const hungYenLayout: ReportLayout = {
  id: 'hung-yen',
  name: 'Mẫu biểu theo tỉnh (Hưng Yên, ví dụ)',
  description: 'Biểu 01 tổng hợp, Biểu 02 danh sách theo tổ, Biểu 03 kết quả; cột đánh số (1), (2), (3)…',
  symbol: 'BC-UBND',
  recipient: 'Sở Khoa học và Công nghệ tỉnh {province}',
  signature: { left: ['NGƯỜI TỔNG HỢP'], right: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] },
  sheets: [
    {
      name: 'Biểu 01-TH',
      header: 'administrative',
      title: 'BÁO CÁO THỐNG KÊ',
      subtitle: 'Tình hình tổ chức, hoạt động của Tổ công nghệ số cộng đồng {period}',
      note: '(Kỳ báo cáo {range})',
      orientation: 'portrait',
      signature: true,
      tables: [
        {
          source: 'teamsByLevel',
          heading: '1. Số lượng Tổ và thành viên',
          columnNumbers: true,
          columns: [
            { key: 'stt', label: 'TT', width: 5, type: 'index' },
            { key: 'label', label: 'Nội dung', width: 30, type: 'text' },
            { key: 'established', label: 'Số Tổ', width: 11, type: 'integer' },
            { key: 'members', label: 'Số thành viên', width: 11, type: 'integer' },
            { key: 'leaders', label: 'Số Tổ có Tổ trưởng', width: 11, type: 'integer' },
          ],
          total: { label: 'Cộng', at: 'label' },
        },
        {
          source: 'villageCoverage',
          heading: '2. Mức độ bao phủ địa bàn',
          columnNumbers: true,
          columns: [
            { key: 'stt', label: 'TT', width: 5, type: 'index' },
            { key: 'label', label: 'Nội dung', width: 30, type: 'text' },
            { key: 'villages', label: 'Tổng số', width: 11, type: 'integer' },
            { key: 'covered', label: 'Đã có Tổ', width: 11, type: 'integer' },
            { key: 'coverage', label: 'Tỷ lệ (%)', width: 11, type: 'percent' },
          ],
          total: { label: 'Cộng', at: 'label' },
        },
        {
          source: 'indicators',
          heading: '3. Kết quả thực hiện chỉ tiêu',
          columnNumbers: true,
          columns: [
            { key: 'stt', label: 'TT', width: 5, type: 'index' },
            { key: 'label', label: 'Chỉ tiêu', width: 30, type: 'text' },
            { key: 'unit', label: 'ĐVT', width: 11, type: 'text' },
            { key: 'target', label: 'Kế hoạch', width: 11, type: 'integer' },
            { key: 'result', label: 'Thực hiện', width: 11, type: 'integer' },
            { key: 'rate', label: 'Tỷ lệ (%)', width: 11, type: 'percent' },
          ],
        },
      ],
    },
    {
      name: 'Biểu 02-DS',
      header: 'annex',
      title: 'DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG',
      subtitle: '(Kèm theo Báo cáo số {number} ngày {date})',
      orientation: 'portrait',
      tables: [
        {
          source: 'members',
          groupByTeam: true,
          columnNumbers: true,
          columns: [
            { key: 'stt', label: 'TT', width: 5, type: 'index' },
            { key: 'fullName', label: 'Họ và tên', width: 24, type: 'text' },
            { key: 'gender', label: 'Giới tính', width: 8, type: 'text' },
            { key: 'birthYear', label: 'Năm sinh', width: 8, type: 'year' },
            { key: 'organisation', label: 'Chức vụ, đơn vị công tác', width: 26, type: 'text' },
            { key: 'position', label: 'Chức danh trong Tổ', width: 12, type: 'text' },
            { key: 'phone', label: 'Điện thoại', width: 12, type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'Biểu 03-KQ',
      header: 'annex',
      title: 'KẾT QUẢ HOẠT ĐỘNG THEO TỔ {PERIOD}',
      orientation: 'landscape',
      tables: [
        {
          source: 'results',
          columnNumbers: true,
          columns: [
            { key: 'stt', label: 'TT', width: 5, type: 'index' },
            { key: 'team', label: 'Tổ công nghệ số cộng đồng', width: 34, type: 'text' },
            { key: 'indicators', label: 'Kết quả', width: 13, type: 'integer' },
          ],
          total: { label: 'Cộng', at: 'team' },
        },
      ],
    },
  ],
};
