/** The little of fontkit (pdfkit's font engine, also a direct dependency) that fonts.ts uses. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    familyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(file: string): Font;
}
