import { cellStyle } from './styles';
import type { SheetCursor } from './cursor';
import { headerSplit } from './admin-header';

export interface SignatureBlock {
  /** Left column titles, e.g. ["NGƯỜI LẬP BIỂU"]; the preparer's name under the space. */
  left: string[];
  leftName: string | null;
  /** Right column: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]; the signer's name under the space. */
  right: string[];
  rightName: string | null;
}

const SIGNING_SPACE_ROWS = 3;

/** Points the block takes on paper: keep this much free after the last table. */
export function signatureBlockHeight(block: Pick<SignatureBlock, 'left' | 'right'>): number {
  return 12 + Math.max(block.left.length, block.right.length) * 19 + 18 + SIGNING_SPACE_ROWS * 20 + 20;
}

/**
 * The sign-off under the last table: titles bold upper case, a hint in italics, room for the
 * signature and seal, then the names in bold. Left and right as in the administrative header.
 */
export function writeSignatureBlock(cursor: SheetCursor, block: SignatureBlock): void {
  const split = headerSplit(cursor.widths);
  const last = cursor.columnCount;
  const title = cellStyle({ size: 13, bold: true, horizontal: 'center', wrap: false });
  const hint = cellStyle({ size: 12, italic: true, horizontal: 'center', wrap: false });
  const titles = Math.max(block.left.length, block.right.length);
  cursor.keepTogether(signatureBlockHeight(block));
  cursor.blank(12);
  for (let i = 0; i < titles; i++) {
    const r = cursor.add([], 19);
    if (block.left[i]) cursor.put(r, 1, split, block.left[i], title);
    if (block.right[i]) cursor.put(r, split + 1, last, block.right[i], title);
  }
  const r = cursor.add([], 18);
  cursor.put(r, 1, split, '(Ký, ghi rõ họ tên)', hint);
  cursor.put(r, split + 1, last, '(Ký tên, đóng dấu)', hint);
  for (let i = 0; i < SIGNING_SPACE_ROWS; i++) cursor.blank(20);
  const names = cursor.add([], 20);
  if (block.leftName) cursor.put(names, 1, split, block.leftName, title);
  if (block.rightName) cursor.put(names, split + 1, last, block.rightName, title);
}
