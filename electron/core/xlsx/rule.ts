import { createMeasurer, type TextMeasurer } from '../decisions/document/measure';
import { cellStyle } from './styles';

/**
 * A sheet has no lines to draw and the streaming writer no shapes, so an ND30 short rule (under
 * the issuing body, the motto, the trích yếu) is a row of its own holding a run of underscores:
 * Times New Roman's underscore is a thin bar the width of its advance, so the run is one line,
 * centred in its merged cells, of a length measured here, in Excel and LibreOffice alike, and it
 * stands apart from the letters above (unlike an underline, which crosses the descenders).
 */
export const RULE_ROW_HEIGHT = 7;
const RULE_SIZE = 8;

let measurer: TextMeasurer | null = null;
const measure = () => (measurer ??= createMeasurer());

/** Width in points of `text` in Times New Roman (Liberation Serif has the same advance widths). */
export function textWidth(text: string, size: number, bold = false): number {
  return measure().width(text, { bold }, size);
}

/** The underscores of a rule `width` points long. */
export function ruleText(width: number): string {
  const one = measure().width('_', {}, RULE_SIZE);
  return '_'.repeat(Math.max(1, Math.round(width / one)));
}

/** Style of a rule cell: small, centred, at the bottom of its short row. */
export const RULE_STYLE = cellStyle({ size: RULE_SIZE, horizontal: 'center', vertical: 'bottom', wrap: false });
