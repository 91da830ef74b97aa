/**
 * Blanks left for someone to fill in: "…", "...", "[...]", "xxx", "ngày … tháng", "số …/".
 * A decision that still has one must not get a number (issue 8 §1): once issued, its text is a
 * legal act and can only be changed by another decision.
 */

const PATTERNS: { re: RegExp; what: string }[] = [
  { re: /\u2026/u, what: '"…"' },
  { re: /\.\s?\.\s?\./u, what: '"..."' },
  { re: /[[({<]\s*(?:\.|\u2026|_|x|X|\s)*\s*[\])}>]/u, what: 'ô trống trong ngoặc' },
  { re: /(?:^|[^\p{L}])[xX]{3,}(?:[^\p{L}]|$)/u, what: '"xxx"' },
  { re: /_{3,}/u, what: 'dấu gạch chờ điền' },
  // "ngày   tháng   năm" or "ngày /  /" with no digits between: a date never filled in.
  { re: /ngày[\s\u00a0]+tháng/iu, what: 'ngày chưa điền' },
  { re: /tháng[\s\u00a0]+năm(?![\s\u00a0]+\d)/iu, what: 'tháng, năm chưa điền' },
  // "số /NQ-UBTVQH15": a document number left blank before its symbol.
  { re: /\b[sS]ố[\s\u00a0:]*\/[\p{Lu}]/u, what: 'số văn bản chưa điền' },
];

/** The kind of blank a line still contains, or null when the line is complete. */
export function placeholderIn(line: string): string | null {
  for (const p of PATTERNS) if (p.re.test(line)) return p.what;
  return null;
}

export interface PlaceholderFinding {
  /** Where, as the officer sees it in the editor: "Căn cứ, dòng 2", "Điều 3, đoạn 1". */
  where: string;
  /** What kind of blank: '"…"', 'ngày chưa điền'. */
  what: string;
  text: string;
}

export interface FillableTexts {
  title: string;
  signerName: string;
  canCu: string[];
  deNghi: string;
  articles: { label: string; paragraphs: string[] }[];
  recipients: string[];
}

/** Every line of a draft's editable text that still has a blank, in reading order. */
export function findPlaceholders(d: FillableTexts): PlaceholderFinding[] {
  const found: PlaceholderFinding[] = [];
  const check = (where: string, text: string) => {
    const what = placeholderIn(text);
    if (what) found.push({ where, what, text });
  };
  check('Trích yếu', d.title);
  d.canCu.forEach((line, i) => check(`Căn cứ, dòng ${i + 1}`, line));
  check('Theo đề nghị của', d.deNghi);
  for (const a of d.articles) {
    const label = a.label.replace(/\.$/u, '');
    check(`Tên ${label}`, a.label);
    a.paragraphs.forEach((p, i) => check(`${label}, đoạn ${i + 1}`, p));
  }
  d.recipients.forEach((line, i) => check(`Nơi nhận, dòng ${i + 1}`, line));
  check('Họ tên người ký', d.signerName);
  return found;
}

const shorten = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** "Dự thảo còn chỗ chưa điền, chưa thể ban hành. Hãy điền: …" — one line per finding. */
export function placeholderMessage(found: PlaceholderFinding[]): string {
  const lines = found.map((f) => `- ${f.where} (${f.what}): "${shorten(f.text)}"`);
  return `Dự thảo còn ${found.length} chỗ chưa điền nên chưa thể ban hành. Hãy điền đầy đủ rồi ban hành lại:\n${lines.join('\n')}`;
}
