/**
 * Greedy line breaking of styled runs, shared by the PDF renderer (to place every word) and the
 * layout (to balance the lines of centred titles, which then get explicit breaks so Word and the
 * PDF wrap them identically). Breaks only at ASCII spaces: non-breaking spaces stay put.
 */
import type { TextMeasurer, TextStyle } from './measure';

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

type Token = { kind: 'word'; pieces: LinePiece[]; width: number } | { kind: 'space'; piece: LinePiece } | { kind: 'break' };

function tokenize(runs: StyledRun[], size: number, m: TextMeasurer): Token[] {
  const tokens: Token[] = [];
  let word: LinePiece[] | null = null;
  const flush = () => {
    if (word) tokens.push({ kind: 'word', pieces: word, width: word.reduce((s, p) => s + p.width, 0) });
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
      const piece = { ...style, text: part, width: m.width(part, style, size), isSpace: part.startsWith(' ') };
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

  for (const token of tokenize(runs, size, m)) {
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
