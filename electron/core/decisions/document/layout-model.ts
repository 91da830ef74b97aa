/**
 * The decision as laid out on paper, independent of the output format. Built once from the
 * content (layout.ts) and drawn by render-docx.ts and render-pdf.ts. All lengths in points.
 */
import type { StyledRun } from './text-wrap';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphBlock {
  kind: 'paragraph';
  /** What the paragraph is, for tests and debugging: 'title', 'canCu', 'article' … */
  role: string;
  runs: StyledRun[];
  size: number;
  align: Align;
  leftIndent: number;
  /** Negative = hanging indent. */
  firstLineIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Multiple of a single line (1 = single). */
  lineSpacing: number;
  keepWithNext: boolean;
}

/** A short horizontal rule centred in its container (under the issuing body, motto, title). */
export interface RuleBlock {
  kind: 'rule';
  role: string;
  width: number;
  thickness: number;
  spaceBefore: number;
  spaceAfter: number;
}

/** Blank room for the handwritten or digital signature and the seal. */
export interface SignatureSpaceBlock {
  kind: 'signatureSpace';
  height: number;
}

export type CellBlock = ParagraphBlock | RuleBlock | SignatureSpaceBlock;

/** Borderless two-column table: the header (issuing body | Quốc hiệu) and the signature block. */
export interface ColumnsBlock {
  kind: 'columns';
  role: 'header' | 'signature';
  widths: [number, number];
  rows: [CellBlock[], CellBlock[]][];
  spaceBefore: number;
  spaceAfter: number;
}

export interface TableColumn {
  title: string;
  width: number;
  align: Align;
}

/** Bordered table whose header row repeats on every page (the member list). */
export interface TableBlock {
  kind: 'table';
  role: string;
  columns: TableColumn[];
  rows: string[][];
  size: number;
  padding: { x: number; y: number };
  borderWidth: number;
  spaceAfter: number;
  /** Least height of a body row (room to sign on a sign-in sheet); PDF only. */
  minRowHeight?: number;
}

export type Block = ParagraphBlock | RuleBlock | ColumnsBlock | TableBlock;

export interface LayoutSection {
  role: 'decision' | 'annex';
  blocks: Block[];
  /** ND30: page numbers are not shown on a section's first page; an annex is numbered on its own. */
  restartNumbering: boolean;
}

/** Any document drawn by the PDF flow: a decision, a training sheet. */
export type DocumentLayout = DecisionLayout;

export interface DecisionLayout {
  page: {
    width: number;
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
    /** Distance from the top edge to the page-number line. */
    headerDistance: number;
  };
  fontFamily: string;
  pageNumberSize: number;
  sections: LayoutSection[];
  meta: { title: string; author: string; subject: string; keywords: string; creationDate: Date };
}
