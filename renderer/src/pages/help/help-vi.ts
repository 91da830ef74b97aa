/**
 * Hướng dẫn: one page per screen (what it is for, the steps, the keyboard shortcuts), opened
 * with F1 from that screen. Kept beside the page rather than in vi.ts because it is prose;
 * an English text can follow with the same keys.
 */
export interface HelpTopic {
  title: string;
  purpose: string;
  steps: string[];
  keys: [string, string][];
}

const DIALOG_KEYS: [string, string][] = [
  ['Enter', 'Lưu hộp thoại đang mở (khi con trỏ ở một ô nhập)'],
  ['Esc', 'Đóng hộp thoại; nếu có thay đổi chưa lưu, hỏi trước — bấm Esc lần nữa để đóng'],
  ['Tab / Shift+Tab', 'Sang ô sau / ô trước'],
];
const GRID_KEYS: [string, string][] = [
  ['↑ ↓', 'Chọn dòng trong bảng'],
  ['Enter', 'Mở dòng đang chọn'],
];

export const HELP: Record<string, HelpTopic> = {
  overview: {
    title: 'Tổng quan',
    purpose: 'Xem nhanh tình hình của xã: thôn, tổ dân phố đã có tổ hay chưa, thành phần và độ tuổi thành viên, tập huấn, kết quả hoạt động so với chỉ tiêu và những việc cần xử lý.',
    steps: [
      'Bấm vào một cột của biểu đồ để mở danh sách phía sau nó (ví dụ cột "Đoàn thanh niên" mở danh sách thành viên là đoàn viên).',
      'Bấm tên một tổ trong khung "Cần xử lý" để mở trang của tổ đó.',
      'Bấm "In" để in trên một trang A4 khổ ngang; "Xuất ảnh PNG" hoặc "Xuất PDF" để gửi hay chiếu trong cuộc họp.',
    ],
    keys: [['F1', 'Mở hướng dẫn của màn hình đang xem']],
  },
  commune: {
    title: 'Xã/phường',
    purpose: 'Thông tin của UBND xã/phường dùng trên quyết định và báo cáo: tên, tỉnh, Chủ tịch, Phó Chủ tịch, bộ quy định của tỉnh về thành phần tổ.',
    steps: ['Điền các ô, chọn bộ quy định của tỉnh.', 'Bấm "Lưu". Rời trang khi chưa lưu, phần mềm sẽ hỏi lại.'],
    keys: [['F1', 'Mở hướng dẫn']],
  },
  villages: {
    title: 'Thôn – Tổ dân phố',
    purpose: 'Danh mục thôn, bản, tổ dân phố, ấp, khu phố của xã với số hộ, số nhân khẩu; ghi nhận sáp nhập.',
    steps: [
      'Bấm "Thêm thôn/tổ dân phố", nhập tên, loại, số hộ rồi Enter.',
      'Khi thôn sáp nhập, bấm "Đổi tình trạng" và chọn thôn nhận sáp nhập; lịch sử vẫn giữ.',
    ],
    keys: [...GRID_KEYS, ...DIALOG_KEYS],
  },
  teams: {
    title: 'Tổ công nghệ số',
    purpose: 'Các tổ cấp thôn và cấp xã, thành viên, chức danh và cảnh báo theo quy định của tỉnh.',
    steps: [
      'Mở một tổ, bấm "Thêm thành viên": con trỏ ở sẵn ô tìm; người ở địa bàn của tổ hiện sẵn — đánh dấu nhiều người rồi bấm "Thêm … người vào tổ".',
      'Người chưa có trong danh sách: chọn thẻ "Người mới", thôn của tổ đã chọn sẵn; bấm "Lưu và thêm người khác" để nhập tiếp.',
      'Xem cảnh báo quy định ở đầu trang tổ; mỗi cảnh báo ghi rõ văn bản làm căn cứ.',
    ],
    keys: [...GRID_KEYS, ...DIALOG_KEYS],
  },
  people: {
    title: 'Thành viên',
    purpose: 'Toàn bộ danh sách người trong sổ của xã, kể cả hàng trăm nghìn người: lọc theo thôn, tổ, thành phần, giới tính, độ tuổi; sắp xếp theo thứ tự tiếng Việt.',
    steps: [
      'Chọn bộ lọc ở hàng trên bảng; số người khớp hiện ngay dưới tiêu đề.',
      'Bấm tiêu đề cột để sắp xếp; kéo thanh cuộn hoặc bấm Ctrl+End để tới người cuối danh sách.',
      'Gõ vào ô "Tìm nhanh" để tìm theo tên, số điện thoại, đơn vị (không cần dấu).',
    ],
    keys: [['Ctrl+Home / Ctrl+End', 'Về đầu / tới cuối danh sách'], ...GRID_KEYS, ...DIALOG_KEYS],
  },
  decisions: {
    title: 'Quyết định',
    purpose: 'Dự thảo, ban hành, ký số quyết định thành lập, kiện toàn, giải thể tổ đúng thể thức Nghị định 30/2020/NĐ-CP.',
    steps: [
      'Bấm "Dự thảo quyết định mới", chọn loại và các tổ.',
      'Sửa căn cứ, điều khoản, nơi nhận; bấm "Lưu dự thảo". Rời trang khi còn thay đổi chưa lưu, phần mềm sẽ hỏi lại.',
      'Bấm "Ban hành" để lấy số và ngày; sau đó tải DOCX/PDF hoặc ký số.',
    ],
    keys: DIALOG_KEYS,
  },
  imports: {
    title: 'Nhập từ Excel',
    purpose: 'Nhập danh sách thành viên từ tệp Excel hoặc CSV cũ (kể cả phông TCVN3, VNI), xem trước lỗi rồi mới ghi.',
    steps: ['Chọn tệp, kiểm tra các cột được nhận ra.', 'Xem trước: dòng lỗi ghi rõ lý do; sửa tệp nếu cần.', 'Bấm ghi: tất cả hoặc không dòng nào.'],
    keys: DIALOG_KEYS,
  },
  trainings: {
    title: 'Tập huấn',
    purpose: 'Các buổi tập huấn, danh sách mời, điểm danh (làm căn cứ chi bồi dưỡng) và phiếu ký tên.',
    steps: [
      'Tạo buổi tập huấn, mời theo tổ, theo thôn hoặc từng người.',
      'Mở "Điểm danh" vào ngày tập huấn: gõ vài chữ của tên rồi Enter. Buổi chưa tới ngày thì chưa điểm danh được.',
      'Ctrl+G ghi chú lý do vắng, đến muộn; ghi chú không tự đổi điểm danh.',
    ],
    keys: [
      ['Enter', 'Có mặt (người đang chọn)'], ['Ctrl+M', 'Đến muộn'], ['Ctrl+P', 'Vắng có phép'], ['Ctrl+K', 'Vắng'],
      ['Ctrl+G', 'Ghi chú'], ['Ctrl+Z', 'Hoàn tác lần điểm danh vừa rồi'], ['↑ ↓', 'Chọn người'], ['Esc', 'Xóa ô tìm'],
    ],
  },
  reports: {
    title: 'Báo cáo',
    purpose: 'Nhập kết quả hoạt động của các tổ theo kỳ, đặt chỉ tiêu và lập báo cáo Excel gửi tỉnh.',
    steps: ['Chọn kỳ báo cáo.', 'Gõ kết quả vào bảng như bảng tính; mỗi dòng tự lưu.', 'Bấm "Lập báo cáo" để tải tệp Excel.'],
    keys: [['Tab / Shift+Tab', 'Sang ô phải / trái'], ['Enter, ↑ ↓', 'Sang dòng dưới / trên'], ...DIALOG_KEYS],
  },
};
