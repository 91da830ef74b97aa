/** A small decision-like PDF made by pdfkit (as the decision renderer does), with Vietnamese text. */
import PDFDocument from 'pdfkit';

export const FONT = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';
export const FONT_BOLD = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf';

/** Where the visible signature block is drawn on the last page (PDF user space, origin bottom left). */
export const SIGNATURE_RECT: [number, number, number, number] = [330, 250, 540, 360];

export async function makeSamplePdf(pages = 1): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Quyết định thành lập Tổ công nghệ số cộng đồng' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('serif', FONT);
  doc.registerFont('serif-bold', FONT_BOLD);
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc.font('serif-bold').fontSize(14).text('QUYẾT ĐỊNH', { align: 'center' });
    doc.text('Về việc thành lập Tổ công nghệ số cộng đồng xã Hòa Bình', { align: 'center' });
    doc.moveDown();
    doc.font('serif').fontSize(13).text(
      `Điều 1. Thành lập Tổ công nghệ số cộng đồng thôn Đông Hưng gồm các ông (bà) có tên tại danh sách kèm theo. (Trang ${p + 1})`,
      { align: 'justify' },
    );
  }
  // The signature block, drawn into the page content as the decision renderer will do.
  const [x1, y1, x2, y2] = SIGNATURE_RECT;
  const top = doc.page.height - y2;
  doc.font('serif-bold').fontSize(13).text('TM. ỦY BAN NHÂN DÂN', x1, top, { width: x2 - x1, align: 'center' });
  doc.text('CHỦ TỊCH', { width: x2 - x1, align: 'center' });
  doc.font('serif').fontSize(11).fillColor('#1f3fbf').text('Đã ký số', x1, top + 45, { width: x2 - x1, align: 'center' });
  doc.fillColor('black').font('serif-bold').fontSize(13).text('Nguyễn Văn Ánh', x1, doc.page.height - y1 - 18, { width: x2 - x1, align: 'center' });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
