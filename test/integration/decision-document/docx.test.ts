import { beforeAll, describe, expect, it } from 'vitest';
import { renderDecisionDocx } from '../../../electron/core/decisions/document';
import { fixtureDecision } from '../../fixtures/decision-content';
import { paragraphs, rows, tables, type XmlParagraph } from './docx-xml';
import { libreofficeToPdf, OUT, pdfText, run, squash, toPng, unzipText, writeOut } from './tools';

const ANNEX_COLUMNS = ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Chức danh trong Tổ', 'Số điện thoại', 'Ghi chú'];

describe('decision DOCX', () => {
  let file: string;
  let xml: string;
  let paras: XmlParagraph[];
  const exact = (text: string) => {
    const p = paras.find((q) => q.text === text);
    if (!p) throw new Error(`no paragraph "${text}"`);
    return p;
  };
  const containing = (text: string) => {
    const p = paras.find((q) => q.text.includes(text));
    if (!p) throw new Error(`no paragraph containing "${text}"`);
    return p;
  };
  /** Every text run of the paragraph has this look. */
  const look = (p: XmlParagraph) => ({
    bold: p.runs.every((r) => r.bold), italic: p.runs.every((r) => r.italic), sizes: [...new Set(p.runs.map((r) => r.size))],
  });

  beforeAll(async () => {
    file = writeOut('decision.docx', await renderDecisionDocx(fixtureDecision));
    xml = unzipText(file, 'word/document.xml');
    paras = paragraphs(xml);
  });

  it('sets A4 portrait with ND30 margins in both sections (decision and annex)', () => {
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/gu)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      expect(s).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u); // 20/15/20/30 mm
      expect(s).toContain('<w:titlePg/>'); // different first page: no number on page 1
      expect(s).toContain('<w:pgNumType w:start="1"/>'); // the annex is numbered on its own
    }
  });

  it('puts the page number only in the default header, not the first-page one', () => {
    const rels = unzipText(file, 'word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1]
      ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(rels)?.[1];
    const refs = [...xml.matchAll(/<w:headerReference w:type="(default|first)" r:id="(rId\d+)"\/>/gu)];
    expect(refs).toHaveLength(4);
    for (const [, type, id] of refs) {
      const header = unzipText(file, `word/${target(id)}`);
      const hasPage = /PAGE/u.test(header);
      expect(hasPage, `${type} header`).toBe(type === 'default');
      if (type === 'default') {
        expect(header).toContain('<w:jc w:val="center"/>');
        expect(header).toContain('<w:sz w:val="28"/>');
      }
    }
  });

  it('uses Times New Roman throughout', () => {
    expect(unzipText(file, 'word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman"/u);
    const fonts = new Set(paras.flatMap((p) => p.runs.map((r) => r.font)));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('lays out the header: issuing body left, Quốc hiệu right, in a borderless two-column table', () => {
    const header = tables(xml)[0];
    expect(header.match(/<w:gridCol /gu)).toHaveLength(2);
    expect(header).toContain('<w:insideV w:val="none"');
    for (const text of ['ỦY BAN NHÂN DÂN', 'XÃ HÒA BÌNH']) {
      expect(look(exact(text))).toEqual({ bold: true, italic: false, sizes: [26] });
      expect(exact(text).align).toBe('center');
    }
    expect(look(exact('Số: 07/QĐ-UBND'))).toEqual({ bold: false, italic: false, sizes: [26] });
    expect(look(exact('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual({ bold: true, italic: false, sizes: [26] });
    expect(look(exact('Độc lập - Tự do - Hạnh phúc'))).toEqual({ bold: true, italic: false, sizes: [28] });
    expect(look(exact('Hòa Bình, ngày 05 tháng 01 năm 2026'))).toEqual({ bold: false, italic: true, sizes: [28] });
    // Rules under the issuing body and the motto, inside the header table.
    expect([...header.matchAll(/<w:pBdr>/gu)]).toHaveLength(2);
  });

  it('writes the name of the kind, trích yếu with its rule, and the authority line bold and centred', () => {
    const kind = exact('QUYẾT ĐỊNH');
    expect(look(kind)).toEqual({ bold: true, italic: false, sizes: [28] });
    expect(kind.align).toBe('center');
    const title = containing('Về việc thành lập');
    expect(title.text).toBe('Về việc thành lập Tổ công nghệ số cộng đồngcác thôn trên địa bàn xã Hòa Bình');
    expect(title.xml).toContain('<w:br/>'); // balanced lines, the same break as in the PDF
    expect(look(title)).toEqual({ bold: true, italic: false, sizes: [28] });
    const next = paras[paras.indexOf(title) + 1];
    expect(next.hasBottomBorder).toBe(true);
    expect(look(exact('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA BÌNH'))).toEqual({ bold: true, italic: false, sizes: [28] });
    expect(paras.filter((p) => p.hasBottomBorder)).toHaveLength(4); // body, motto, title, annex
  });

  it('writes căn cứ in italic, justified, indented 1.27 cm, ";" between and "." after the proposal', () => {
    const canCu = paras.filter((p) => p.text.startsWith('Căn cứ '));
    expect(canCu).toHaveLength(fixtureDecision.canCu.length);
    for (const p of canCu) {
      expect(look(p)).toEqual({ bold: false, italic: true, sizes: [28] });
      expect(p.align).toBe('both');
      expect(p.firstLine).toBe(720);
      expect(p.spacingAfter).toBeGreaterThanOrEqual(120); // ≥ 6 pt
      expect(p.text.endsWith(';')).toBe(true);
    }
    const deNghi = exact('Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.');
    expect(look(deNghi).italic).toBe(true);
  });

  it('writes each article with a bold label followed by regular text', () => {
    expect(look(exact('QUYẾT ĐỊNH:'))).toEqual({ bold: true, italic: false, sizes: [28] });
    for (const label of ['Điều 1.', 'Điều 2.', 'Điều 3.']) {
      const p = paras.find((q) => q.text.startsWith(label))!;
      expect(p.runs[0]).toMatchObject({ text: label, bold: true, italic: false, size: 28 });
      expect(p.runs[1]).toMatchObject({ bold: false, italic: false, size: 28 });
      expect(p.align).toBe('both');
      expect(p.firstLine).toBe(720);
    }
    expect(exact('1. Tổ công nghệ số cộng đồng thôn An Lạc;').firstLine).toBe(720);
  });

  it('puts Nơi nhận (bold italic 12, recipients 11) beside the signature block', () => {
    const signature = tables(xml)[1];
    expect(signature).toContain('Nơi nhận:');
    expect(signature).toContain('Nguyễn Văn Ánh');
    expect(look(exact('Nơi nhận:'))).toEqual({ bold: true, italic: true, sizes: [24] });
    const recipients = paras.filter((p) => p.text.startsWith('- '));
    expect(recipients.map((p) => p.text)).toEqual([
      '- Như Điều 3;', '- Sở Khoa học và Công nghệ tỉnh Quảng Trị (để báo cáo);', '- Thường trực Đảng ủy xã;',
      '- Thường trực HĐND xã;', '- Chủ tịch, các Phó Chủ tịch UBND xã;', '- Lưu: VT, VHXH.',
    ]);
    for (const p of recipients) expect(look(p)).toEqual({ bold: false, italic: false, sizes: [22] });
    expect(look(exact('CHỦ TỊCH'))).toEqual({ bold: true, italic: false, sizes: [28] });
    expect(look(exact('Nguyễn Văn Ánh'))).toEqual({ bold: true, italic: false, sizes: [28] });
    // The blank for signature and seal: one exact-height empty line between title and name.
    expect(signature).toMatch(/<w:spacing [^>]*w:line="(\d{4})" w:lineRule="exact"\/>/u);
  });

  it('adds the member list as a new section with one table per team and a repeating header row', () => {
    const title = exact('DANH SÁCH THÀNH VIÊN CÁC TỔ CÔNG NGHỆSỐ CỘNG ĐỒNG TRÊN ĐỊA BÀN XÃ HÒA BÌNH');
    expect(look(title)).toEqual({ bold: true, italic: false, sizes: [28] });
    const reference = containing('(Kèm theo Quyết định số 07/QĐ-UBND');
    expect(look(reference)).toEqual({ bold: false, italic: true, sizes: [28] });
    // The annex starts after the first section break.
    expect(xml.indexOf('DANH SÁCH THÀNH VIÊN')).toBeGreaterThan(xml.indexOf('</w:sectPr>'));

    const members = tables(xml).slice(2);
    expect(members).toHaveLength(2);
    members.forEach((table, t) => {
      const [head, ...body] = rows(table);
      expect(head).toContain('<w:tblHeader/>');
      const cells = paragraphs(head);
      expect(cells.map((c) => c.text)).toEqual(ANNEX_COLUMNS);
      for (const c of cells) expect(look(c)).toMatchObject({ bold: true, sizes: [24] });
      expect(body).toHaveLength(fixtureDecision.teams[t].members.length);
      const first = paragraphs(body[0]).map((c) => c.text);
      const m = fixtureDecision.teams[t].members[0];
      expect(first).toEqual(['1', m.fullName, m.workplace, m.positionLabel, m.phone ?? '', m.note ?? '']);
      expect(table).toContain('<w:insideH w:val="single"');
    });
  });

  it('reads correctly after LibreOffice converts it to PDF', () => {
    const pdf = libreofficeToPdf(file, `${OUT}/libreoffice`);
    toPng(pdf, 'decision-docx-lo');
    expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/u);
    const text = squash(pdfText(pdf)).replace(/\s+/gu, ' ');
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 07/QĐ-UBND',
      'Hòa Bình, ngày 05 tháng 01 năm 2026', 'QUYẾT ĐỊNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA BÌNH', 'Điều 1.',
      'Nơi nhận:', 'Nguyễn Văn Ánh', 'DANH SÁCH THÀNH VIÊN', 'Họ và tên', 'Huỳnh Thị Mỹ Duyên', 'Hoàng Văn Ưng',
    ]) expect(text, part).toContain(part);
    const pages = Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', [pdf]))![1]);
    const firstLine = (n: number) => pdfText(pdf, { first: n, last: n }).split('\n').find((l) => l.trim())!.trim();
    expect(firstLine(1)).toMatch(/^ỦY BAN NHÂN DÂN/u);
    expect(firstLine(2)).toBe('2');
    expect(firstLine(pages)).toMatch(/^DANH SÁCH/u);
    expect(run('pdffonts', [pdf])).toMatch(/LiberationSerif|TimesNewRoman/u);
  });
});
