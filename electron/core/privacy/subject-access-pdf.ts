import PDFDocument from 'pdfkit';
import { fontPaths } from '../decisions/document/fonts';
import type { SubjectAccess } from './subject-access';

/** A4, ND30 margins (top/bottom 20 mm, left 30 mm, right 15 mm), in points. */
const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const WIDTH = 595.28 - MARGINS.left - MARGINS.right;

/**
 * The subject-access copy as a PDF: plain flowing text in Liberation Serif (full Vietnamese
 * coverage, resources/fonts), each section a heading and one line per record.
 */
export function renderSubjectAccessPdf(data: SubjectAccess): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4', margins: MARGINS, bufferPages: true,
    info: { Title: `Dữ liệu cá nhân - ${data.person[0][1]}`, Creator: 'TCNS' },
  });
  const fonts = fontPaths();
  doc.registerFont('serif', fonts.regular);
  doc.registerFont('serif-bold', fonts.bold);
  doc.registerFont('serif-italic', fonts.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const line = (text: string, font = 'serif', size = 13, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.font(font).fontSize(size).text(text.normalize('NFC'), { width: WIDTH, lineGap: 2, ...options });
  const heading = (text: string) => {
    doc.moveDown(0.6);
    line(text, 'serif-bold', 13);
    doc.moveDown(0.2);
  };
  const none = (list: unknown[], text: string) => {
    if (list.length === 0) line(text, 'serif-italic', 12);
  };

  line(data.commune.toUpperCase(), 'serif-bold', 12, { align: 'left' });
  doc.moveDown(0.8);
  line('DỮ LIỆU CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ', 'serif-bold', 14, { align: 'center' });
  line(`(cung cấp theo yêu cầu của chủ thể dữ liệu, ngày ${data.madeOn})`, 'serif-italic', 13, { align: 'center' });
  line('Căn cứ Nghị định số 13/2023/NĐ-CP và Luật Bảo vệ dữ liệu cá nhân năm 2025.', 'serif-italic', 12, { align: 'center' });

  heading('1. Thông tin cá nhân');
  for (const [label, value] of data.person) {
    doc.font('serif-bold').fontSize(13).text(`${label}: `, { continued: true, width: WIDTH, lineGap: 2 });
    doc.font('serif').text(value ? value.normalize('NFC') : '—');
  }

  heading('2. Tham gia Tổ công nghệ số cộng đồng');
  none(data.memberships, 'Không tham gia tổ nào.');
  data.memberships.forEach((m, i) =>
    line(`${i + 1}. ${m.team} — ${m.position}, từ ${m.from}${m.to ? ` đến ${m.to}` : ' (hiện nay)'}${m.reason ? `; lý do: ${m.reason}` : ''}`),
  );

  heading('3. Tập huấn');
  none(data.trainings, 'Chưa có buổi tập huấn nào.');
  data.trainings.forEach((t, i) =>
    line(`${i + 1}. ${t.date} — ${t.title} (${t.role}${t.mark ? `; ${t.mark}` : ''}${t.note ? `; ${t.note}` : ''})`),
  );

  heading('4. Quyết định đã ban hành có tên');
  none(data.decisions, 'Không có quyết định nào.');
  data.decisions.forEach((d, i) =>
    line(`${i + 1}. Quyết định số ${d.number || '…'} ngày ${d.date} (${d.kind}): ${d.title} — ${d.team}${d.position ? `, ${d.position}` : ''}`),
  );

  heading('5. Lịch sử thay đổi dữ liệu');
  none(data.history, 'Không có ghi nhận nào.');
  data.history.forEach((h, i) => line(`${i + 1}. ${h.at} — ${h.action} (${h.actor})`));

  doc.moveDown(0.8);
  line(
    'Quyết định đã ban hành là văn bản hành chính, được lưu giữ nguyên trạng theo quy định về lưu trữ; ' +
      'các thông tin khác có thể được sửa hoặc xóa theo yêu cầu của chủ thể dữ liệu.',
    'serif-italic', 12, { align: 'justify' },
  );
  doc.end();
  return done;
}
