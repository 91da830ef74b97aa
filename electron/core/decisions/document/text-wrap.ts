/**
 * Greedy line breaking of styled runs, shared by the PDF renderer (to place every word) and the
 * layout (to balance the lines of centred titles, which then get explicit breaks so Word and the
 * PDF wrap them identically). Breaks only at ASCII spaces: non-breaking spaces stay put, and so
 * does GLUE, which keepTogether() puts between the syllables of a Vietnamese word ("công nghệ"),
 * of a name ("Hòa Bình") and inside a date, so a title never reads "CÔNG / NGHỆ". A glued phrase
 * wider than the line is broken at its glue first, and only then inside a syllable.
 */
import type { TextMeasurer, TextStyle } from './measure';

/** A space that does not break (a private-use character; printed and measured as a space). */
export const GLUE = '\uE000';
const GLUE_RE = /\uE000/gu;

/**
 * Words of more than one syllable that titles, annex headings and report headings use. Vietnamese
 * writes every syllable apart, so a line may break only between words, not between the syllables
 * of one (test/unit/documents/keep-together.test.ts).
 */
const WORDS = [
  'tổ dân phố', 'công nghệ', 'cộng đồng', 'thành viên', 'danh sách', 'quyết định', 'ủy ban', 'nhân dân', 'chủ tịch',
  'thành lập', 'kiện toàn', 'giải thể', 'địa bàn', 'đính chính', 'thu hồi', 'bãi bỏ', 'bổ sung', 'thay thế', 'ban hành',
  'kèm theo', 'tập huấn', 'bồi dưỡng', 'kỹ năng', 'điểm danh', 'ký tên', 'tham dự', 'báo cáo', 'kết quả', 'hoạt động',
  'chuyển đổi', 'thực hiện', 'chỉ tiêu', 'nhiệm vụ', 'quy chế', 'việc làm', 'đơn vị', 'tổ chức', 'hướng dẫn', 'người dân',
  'hộ gia đình', 'dịch vụ', 'trực tuyến', 'thanh toán', 'thương mại', 'điện tử', 'kế hoạch', 'lũy kế', 'tổng hợp',
  'thành phố', 'thị trấn', 'về việc', 'công tác', 'chức vụ', 'chức danh', 'điện thoại', 'ghi chú', 'trên địa bàn', 'nghị quyết', 'thường vụ', 'quốc hội',
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The text with GLUE instead of the spaces a line must not break at: inside the words above and
 * the given names ("xã Hòa Bình", "thôn An Lạc"; any case), inside runs of capitalised syllables
 * ("Hòa Bình"), inside a date ("ngày 05 tháng 01 năm 2026", "ngày … tháng … năm 2026") and
 * between "số" and the number after it.
 */
export function keepTogether(text: string, names: string[] = []): string {
  let out = text.normalize('NFC');
  const glue = (m: string) => m.replace(/ +/gu, GLUE);
  const phrases = [...names.map((n) => n.normalize('NFC').trim()).filter((n) => n.includes(' ')), ...WORDS]
    .sort((a, b) => b.length - a.length);
  for (const phrase of phrases) {
    const pattern = phrase.split(/\s+/u).map(escapeRe).join(' +');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu'), glue);
  }
  out = out
    .replace(/\p{Lu}\p{Ll}+(?: +\p{Lu}\p{Ll}+)+/gu, glue)
    .replace(/ngày +(?:\d{1,2}|…|\.{2,}) +tháng +(?:\d{1,2}|…|\.{2,}) +năm +(?:\d{4}|…|\.{2,})/giu, glue)
    .replace(/(?<![\p{L}])(số) +(?=\S*\d)/giu, `$1${GLUE}`);
  return out;
}

export interface StyledRun extends TextStyle {
  text: string;
  /** A forced line break (Word's <w:br/>); its text is ignored. */
  lineBreak?: boolean;
}

export interface LinePiece extends TextStyle {
  text: string;
  width: number;
  isSpace: boolean;
}

export interface WrappedLine {
  pieces: LinePiece[];
  /** Natural width without trailing spaces. */
  width: number;
  /** Room the line had (paragraph width minus indents). */
  available: number;
  /** Offset from the paragraph's left edge (left indent, plus first-line indent on line 1). */
  indent: number;
  /** Last line of the paragraph or before a forced break: never justified. */
  endsParagraph: boolean;
}

export interface WrapBox {
  width: number;
  leftIndent?: number;
  /** Negative for a hanging indent. */
  firstLineIndent?: number;
}

type WordToken = { kind: 'word'; pieces: LinePiece[]; width: number; glued: boolean };
type Token = WordToken | { kind: 'space'; piece: LinePiece } | { kind: 'break' };

/** A glued phrase as separate words again, for when it is wider than a whole line. */
function unglue(token: WordToken, size: number, m: TextMeasurer): Token[] {
  const runs = token.pieces.map((p) => ({ text: p.text.replace(GLUE_RE, ' '), bold: p.bold, italic: p.italic }));
  return tokenize(runs, size, m, false);
}

function tokenize(runs: StyledRun[], size: number, m: TextMeasurer, keepGlue = true): Token[] {
  const tokens: Token[] = [];
  let word: LinePiece[] | null = null;
  const flush = () => {
    if (word) {
      const glued = word.some((p) => p.text.includes(GLUE));
      if (glued && keepGlue) word = word.map((p) => ({ ...p, text: p.text.replace(GLUE_RE, ' ') }));
      tokens.push({ kind: 'word', pieces: word, width: word.reduce((s, p) => s + p.width, 0), glued });
    }
    word = null;
  };
  for (const run of runs) {
    if (run.lineBreak) {
      flush();
      tokens.push({ kind: 'break' });
      continue;
    }
    const style = { bold: run.bold, italic: run.italic };
    for (const part of run.text.normalize('NFC').split(/( +)/u)) {
      if (!part) continue;
      const piece = { ...style, text: part, width: m.width(part.replace(GLUE_RE, ' '), style, size), isSpace: part.startsWith(' ') };
      if (piece.isSpace) {
        flush();
        tokens.push({ kind: 'space', piece });
      } else {
        (word ??= []).push(piece);
      }
    }
  }
  flush();
  return tokens;
}

/** Splits a word wider than the line by characters (long numbers, URLs). */
function splitLongWord(pieces: LinePiece[], room: number, size: number, m: TextMeasurer): LinePiece[][] {
  const chunks: LinePiece[][] = [];
  let current: LinePiece[] = [];
  let used = 0;
  for (const p of pieces) {
    for (const ch of Array.from(p.text)) {
      const w = m.width(ch, p, size);
      if (used + w > room && used > 0) {
        chunks.push(current);
        current = [];
        used = 0;
      }
      const last = current[current.length - 1];
      if (last && last.bold === p.bold && last.italic === p.italic) {
        last.text += ch;
        last.width += w;
      } else current.push({ bold: p.bold, italic: p.italic, text: ch, width: w, isSpace: false });
      used += w;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export function wrapRuns(runs: StyledRun[], size: number, m: TextMeasurer, box: WrapBox): WrappedLine[] {
  const left = box.leftIndent ?? 0;
  const first = box.firstLineIndent ?? 0;
  const lines: WrappedLine[] = [];
  let pieces: LinePiece[] = [];
  let width = 0;
  let pendingSpace: LinePiece | null = null;

  const lineIndent = () => (lines.length === 0 ? left + first : left);
  const room = () => box.width - lineIndent();
  const finish = (endsParagraph: boolean) => {
    lines.push({ pieces, width, available: room(), indent: lineIndent(), endsParagraph });
    pieces = [];
    width = 0;
    pendingSpace = null;
  };

  const queue = tokenize(runs, size, m);
  for (let t = 0; t < queue.length; t++) {
    const token = queue[t];
    if (token.kind === 'break') {
      finish(true);
      continue;
    }
    if (token.kind === 'space') {
      if (pieces.length) pendingSpace = token.piece;
      continue;
    }
    const spaceWidth = pendingSpace ? pendingSpace.width : 0;
    if (pieces.length && width + spaceWidth + token.width > room()) finish(false);
    if (!pieces.length && token.width > room() && token.glued) {
      queue.splice(t + 1, 0, ...unglue(token, size, m)); // too long to keep whole: break between its words
      continue;
    }
    if (!pieces.length && token.width > room()) {
      const chunks = splitLongWord(token.pieces, room(), size, m);
      chunks.forEach((chunk, i) => {
        pieces = chunk;
        width = chunk.reduce((s, p) => s + p.width, 0);
        if (i < chunks.length - 1) finish(false);
      });
      continue;
    }
    if (pieces.length && pendingSpace) {
      pieces.push(pendingSpace);
      width += pendingSpace.width;
    }
    pendingSpace = null;
    pieces.push(...token.pieces.map((p) => ({ ...p })));
    width += token.width;
  }
  if (pieces.length || lines.length === 0) finish(true);
  else lines[lines.length - 1].endsParagraph = true;
  return lines;
}

/**
 * The narrowest width that keeps the same number of lines: centred titles then wrap into lines
 * of similar length instead of one long line and a short tail.
 */
export function balancedLines(runs: StyledRun[], size: number, m: TextMeasurer, maxWidth: number): WrappedLine[] {
  const natural = wrapRuns(runs, size, m, { width: maxWidth });
  if (natural.length <= 1) return natural;
  let lo = maxWidth / natural.length;
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapRuns(runs, size, m, { width: mid }).length > natural.length) lo = mid;
    else hi = mid;
  }
  return wrapRuns(runs, size, m, { width: hi });
}

/** Turns wrapped lines back into runs with explicit breaks between them. */
export function linesToRuns(lines: WrappedLine[]): StyledRun[] {
  const runs: StyledRun[] = [];
  lines.forEach((line, i) => {
    if (i > 0) runs.push({ text: '', lineBreak: true });
    for (const p of line.pieces) {
      const last = runs[runs.length - 1];
      if (last && !last.lineBreak && last.bold === p.bold && last.italic === p.italic) last.text += p.text;
      else runs.push({ text: p.text, bold: p.bold, italic: p.italic });
    }
  });
  return runs;
}
