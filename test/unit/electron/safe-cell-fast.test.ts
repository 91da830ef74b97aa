import { describe, expect, it } from 'vitest';
import { cleanCellText, MAX_CELL_TEXT, safeText } from '../../../electron/core/xlsx/safe-cell';

/** The full cleaning, as cleanCellText did it for every cell before its fast path (issue 12). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
const fullClean = (text: string) => text.normalize('NFC').replace(NOT_XML, '').slice(0, MAX_CELL_TEXT);

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const FAST = [...range(0x20, 0x7e), ...range(0xa0, 0x24f), ...range(0x1e00, 0x1eff)];

describe('cleanCellText fast path (issue 12)', () => {
  it('every character it passes untouched is NFC-stable, alone and after any other', () => {
    for (const c of FAST) {
      expect(c.normalize('NFC'), c.codePointAt(0)!.toString(16)).toBe(c);
      expect(cleanCellText(c)).toBe(fullClean(c));
    }
    for (const a of FAST.filter((_, i) => i % 7 === 0)) for (const b of FAST.filter((_, i) => i % 5 === 0)) expect(cleanCellText(a + b)).toBe(fullClean(a + b));
  });

  it('gives the full cleaning\'s result on names, decomposed text, controls, surrogates and long text', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    const pool = [...FAST, '\u0301', '\u0323', '\u0309', 'e\u0302\u0301', '\u0000', '\u0008', '\t', '\n', '\r', '\u001f', '\ud83d\ude00', '\ud800', '\udc00', '\ufffe', '\u212b', '\u1f71', '=', '+', '-', '@'];
    const samples = ['Nguyễn Thị Hồng', 'Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng', 'Thôn 9', '=HYPERLINK("x")', ' -1', 'x'.repeat(MAX_CELL_TEXT + 5), `${'ồ'.repeat(MAX_CELL_TEXT)}a`];
    for (let i = 0; i < 20_000; i++) samples.push(Array.from({ length: 1 + (next() % 12) }, () => pool[next() % pool.length]).join(''));
    for (const s of samples) {
      expect(cleanCellText(s)).toBe(fullClean(s));
      expect(safeText(s).startsWith("'") || safeText(s) === fullClean(s)).toBe(true);
    }
  });
});
