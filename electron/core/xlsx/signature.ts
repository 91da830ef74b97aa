import { RECIPIENTS_HEAD, recipientLines, SIGN_AND_SEAL_HINT, SIGN_HINT, SIZES } from '../documents/nd30';
import { cellStyle } from './styles';
import type { SheetCursor } from './cursor';
import { headerSplit } from './admin-header';

export interface SignatureBlock {
  /** Middle column titles, e.g. ["NGƯỜI LẬP BIỂU"]; the preparer's name under the space. */
  left: string[];
  leftName: string | null;
  /** Right column: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]; the signer's name under the space. */
  right: string[];
  rightName: string | null;
  /** "Nơi nhận" entries without "- " and ";", e.g. ["Như trên", "Lưu: VT"]; printed on the left. */
  recipients?: string[];
}

const SIGNING_SPACE_ROWS = 3;
const ROW = { title: 19, hint: 18, space: 20, name: 20 };

/** Rows of the block: titles, hint, room to sign, names; the Nơi nhận list may run longer. */
function rowCount(block: Pick<SignatureBlock, 'left' | 'right' | 'recipients'>): number {
  const titles = Math.max(block.left.length, block.right.length);
  const signing = titles + 1 + SIGNING_SPACE_ROWS + 1;
  return Math.max(signing, block.recipients?.length ? block.recipients.length + 1 : 0);
}

/** Points the block takes on paper: keep this much free after the last table. */
export function signatureBlockHeight(block: Pick<SignatureBlock, 'left' | 'right' | 'recipients'>): number {
  return 12 + rowCount(block) * ROW.space;
}

/**
 * The ND30 sign-off under the last table (documents/nd30.ts): "Nơi nhận:" bold italic on the
 * left, level with the titles, its lines below in 11 pt; the preparer in the middle; the signer
 * on the right under the Quốc hiệu — titles bold upper case, a hint in italics, room for the
 * signature and seal, then the names in bold. Without recipients the preparer takes the left.
 */
export function writeSignatureBlock(cursor: SheetCursor, block: SignatureBlock): void {
  const split = headerSplit(cursor.widths);
  const last = cursor.columnCount;
  // Printed with U+2010 HYPHEN, the same dash on paper: a cell starting with "-" is what
  // spreadsheets and CSV readers take for a formula (safe-cell.ts), and no cell of ours may.
  const recipients = block.recipients?.length ? recipientLines(block.recipients).map((l) => l.replace(/^-/u, '\u2010')) : null;
  // Zones (first column, last column): Nơi nhận | preparer | signer.
  let preparer: [number, number] = [1, split];
  const signer: [number, number] = [split + 1, last];
  if (recipients) {
    const rightWidth = cursor.width(split + 1, last);
    let mid = split + 1;
    while (mid < last - 1 && cursor.width(split + 1, mid) < rightWidth * 0.45) mid++;
    preparer = [split + 1, mid];
    signer[0] = mid + 1;
  }
  const title = cellStyle({ size: SIZES.signerTitle - 1, bold: true, horizontal: 'center', wrap: false });
  const hint = cellStyle({ size: 12, italic: true, horizontal: 'center', wrap: false });
  const head = cellStyle({ size: SIZES.recipientsHead, bold: true, italic: true, horizontal: 'left', wrap: false });
  const line = cellStyle({ size: SIZES.recipient, horizontal: 'left', wrap: false });
  const titles = Math.max(block.left.length, block.right.length);
  cursor.keepTogether(signatureBlockHeight(block));
  cursor.blank(12);
  for (let k = 0; k < rowCount(block); k++) {
    const nameRow = titles + 1 + SIGNING_SPACE_ROWS;
    const r = cursor.add([], k < titles ? ROW.title : k === titles ? ROW.hint : ROW.space);
    if (recipients) {
      const text = k === 0 ? RECIPIENTS_HEAD : recipients[k - 1];
      if (text) cursor.put(r, 1, split, text, k === 0 ? head : line);
    }
    const both = (left: string | null | undefined, right: string | null | undefined, style: typeof title) => {
      if (left) cursor.put(r, preparer[0], preparer[1], left, style);
      if (right) cursor.put(r, signer[0], signer[1], right, style);
    };
    if (k < titles) both(block.left[k], block.right[k], title);
    else if (k === titles) both(block.left.length ? SIGN_HINT : null, SIGN_AND_SEAL_HINT, hint);
    else if (k === nameRow) both(block.leftName, block.rightName, title);
  }
}
