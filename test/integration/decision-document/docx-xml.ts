/** A small reader of WordprocessingML paragraphs and runs for the DOCX tests. */

export interface XmlRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Half-points (28 = 14 pt). */
  size: number | null;
  font: string | null;
}

export interface XmlParagraph {
  xml: string;
  text: string;
  runs: XmlRun[];
  align: string | null;
  firstLine: number | null;
  spacingAfter: number | null;
  hasBottomBorder: boolean;
}

const decode = (s: string) =>
  s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

const attr = (xml: string, re: RegExp) => {
  const m = re.exec(xml);
  return m ? m[1] : null;
};

function run(xml: string): XmlRun {
  const texts = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => decode(m[1]));
  const size = attr(xml, /<w:sz w:val="(\d+)"/u);
  return {
    text: texts.join(''),
    bold: /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/u.test(xml),
    italic: /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/u.test(xml),
    size: size === null ? null : Number(size),
    font: attr(xml, /<w:rFonts w:ascii="([^"]+)"/u),
  };
}

export function paragraphs(documentXml: string): XmlParagraph[] {
  return [...documentXml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/gu)].map((m) => {
    const xml = m[0];
    const runs = [...xml.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/gu)].map((r) => run(r[1])).filter((r) => r.text !== '');
    const firstLine = attr(xml, /<w:ind [^>]*w:firstLine="(\d+)"/u);
    const after = attr(xml, /<w:spacing [^>]*w:after="(\d+)"/u);
    return {
      xml,
      text: runs.map((r) => r.text).join(''),
      runs,
      align: attr(xml, /<w:jc w:val="([a-z]+)"/u),
      firstLine: firstLine === null ? null : Number(firstLine),
      spacingAfter: after === null ? null : Number(after),
      hasBottomBorder: /<w:pBdr>[\s\S]*?<w:bottom w:val="single"/u.test(xml),
    };
  });
}

export function tables(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/gu)].map((m) => m[0]);
}

export function rows(tableXml: string): string[] {
  return [...tableXml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/gu)].map((m) => m[0]);
}
