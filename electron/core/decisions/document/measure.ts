/**
 * Text widths from the fonts the PDF embeds (fonts.ts): Times New Roman, or Liberation Serif with
 * the same advance widths, so one measurer serves the PDF and the DOCX (rule lengths, balanced
 * title lines).
 */
import PDFDocument from 'pdfkit';
import { readFileSync } from 'node:fs';
import { fontPaths, styleOf, type FontOptions, type FontPaths, type FontStyle } from './fonts';

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
}

export interface TextMeasurer {
  /** Advance width in points. */
  width(text: string, style: TextStyle, size: number): number;
}

const FONT_NAMES: Record<FontStyle, string> = {
  regular: 'Serif',
  bold: 'Serif-Bold',
  italic: 'Serif-Italic',
  boldItalic: 'Serif-BoldItalic',
};

/** Registers the four faces on a pdfkit document under stable names; returns the name lookup. */
export function registerFonts(doc: PDFKit.PDFDocument, paths: FontPaths): (style: TextStyle) => string {
  for (const style of Object.keys(FONT_NAMES) as FontStyle[]) {
    doc.registerFont(FONT_NAMES[style], readFileSync(paths[style]));
  }
  return (s) => FONT_NAMES[styleOf(s.bold, s.italic)];
}

/** A measurer backed by a throwaway pdfkit document that is never written out. */
export function createMeasurer(options: FontOptions = {}): TextMeasurer {
  const doc = new PDFDocument({ autoFirstPage: false });
  const fontName = registerFonts(doc, fontPaths(options));
  const cache = new Map<string, number>();
  return {
    width(text, style, size) {
      const key = `${fontName(style)}|${size}|${text}`;
      let w = cache.get(key);
      if (w === undefined) {
        w = doc.font(fontName(style)).fontSize(size).widthOfString(text);
        cache.set(key, w);
      }
      return w;
    },
  };
}
