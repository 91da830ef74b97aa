/** Decision documents: one ND30 layout, rendered to DOCX (editable) and PDF (to be signed). */
export { administrativeHeader, buildDecisionLayout, centredTitle, para, rule } from './layout';
export type * from './layout-model';
export { renderDecisionDocx, renderLayoutDocx, type RenderDocxOptions } from './render-docx';
export {
  renderDecisionPdf,
  renderDocumentPdf,
  renderLayoutPdf,
  type RenderedPdf,
  type RenderPdfOptions,
  type SignatureArea,
  type VisibleSignature,
} from './render-pdf';
export { createMeasurer, type TextMeasurer } from './measure';
export { fontPaths, resolveFonts, resolveFontsDir, FONT_FILES, TIMES_FILE_SETS, type FontOptions, type ResolvedFonts } from './fonts';
