/**
 * Shared toolkit for the workbooks TCNS hands out (reports now, other exports later):
 * administrative header, signature block, Times New Roman styles and borders, A4 print setup,
 * a row cursor for the streaming writer, and formula-injection-safe cell values.
 */
export { writeAdministrativeHeader, headerSplit, type AdministrativeHeader } from './admin-header';
export { SheetCursor, type CellSpec, type CellValue } from './cursor';
export { a4Sheet, PAGE_NUMBER_SIZE, printableRowHeight, repeatRows } from './page';
export { RULE_ROW_HEIGHT, RULE_STYLE, ruleText, textWidth } from './rule';
export { cleanCellText, excelDate, looksLikeFormula, safeNumber, safeText, MAX_CELL_TEXT } from './safe-cell';
export { signatureBlockHeight, writeSignatureBlock, type SignatureBlock } from './signature';
export { breathe, createStreamingWorkbook, memorySink } from './streaming';
export { align, BORDER_ALL, cellStyle, font, FONT_NAME, NUMBER_FORMATS, wrappedHeight } from './styles';
