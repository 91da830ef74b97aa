/**
 * Builds the one layout model of a decision (Nghị định 30/2020/NĐ-CP) from its frozen content.
 * Both renderers draw this model; sizes and gaps come from layout-style.ts.
 */
import {
  annexReference,
  annexTitle,
  authorityLine,
  decisionContentSchema,
  decisionNumberText,
  formatDecisionDate,
  formatDecisionNumber,
  hasMemberAnnex,
  signatureTitles,
  type DecisionContent,
} from '../../../../shared/decisions/content';
import { AppError } from '../../../../shared/errors';
import type { Block, CellBlock, ColumnsBlock, DecisionLayout, LayoutSection, ParagraphBlock, RuleBlock, TableBlock } from './layout-model';
import { ANNEX, BODY, FONT_FAMILY, HEADER, HEADING, MM, PAGE, PAGE_NUMBER_SIZE, RULE, SIGNATURE, TEXT_WIDTH } from './layout-style';
import { MOTTO, NATION, punctuate, RECIPIENTS_HEAD, recipientLines } from '../../documents/nd30';
import type { TextMeasurer } from './measure';
import { balancedLines, keepTogether, linesToRuns, type StyledRun } from './text-wrap';

export * from './layout-model';

export function para(role: string, runs: StyledRun[], size: number, opts: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return {
    kind: 'paragraph', role, runs, size, align: 'left', leftIndent: 0, firstLineIndent: 0,
    spaceBefore: 0, spaceAfter: 0, lineSpacing: 1, keepWithNext: false, ...opts,
  };
}

export function rule(role: string, width: number, spaceAfter = 0, spaceBefore: number = RULE.gapAbove): RuleBlock {
  return { kind: 'rule', role, width, thickness: RULE.thickness, spaceBefore, spaceAfter };
}


/**
 * The ND30 header of every PDF and DOCX the app issues (documents/nd30.ts): the issuing body on
 * the left, upper case, the parent body regular and the body itself bold, with a short rule under
 * it; the Quốc hiệu and the Tiêu ngữ with a rule as long as it on the right; below them the number
 * line (if any) and the place and date in italics. Long names wrap inside their column.
 */
export function administrativeHeader(
  m: TextMeasurer,
  issuer: { parent: string | null; nameLines: string[] },
  numberText: string | null,
  placeDateText: string,
): ColumnsBlock {
  const left: CellBlock[] = [];
  if (issuer.parent) left.push(para('parentBody', [{ text: issuer.parent }], HEADER.parentSize, { align: 'center' }));
  // A name too long for the column (a joint header, a company) breaks between words only.
  const names = issuer.nameLines.map((line) => centredTitle(m, 'issuingBody', line, { bold: true, size: HEADER.bodySize, maxWidth: HEADER.leftWidth }));
  for (const name of names) left.push(name.block);
  const widest = Math.max(...names.map((n) => n.widest));
  left.push(rule('issuingBodyRule', RULE.bodyFraction * Math.min(widest, HEADER.leftWidth)));
  const right: CellBlock[] = [
    para('nation', [{ text: NATION, bold: true }], HEADER.nationSize, { align: 'center' }),
    para('motto', [{ text: MOTTO, bold: true }], HEADER.mottoSize, { align: 'center' }),
    rule('mottoRule', m.width(MOTTO, { bold: true }, HEADER.mottoSize)),
  ];
  const gap = { align: 'center' as const, spaceBefore: HEADER.secondRowGap };
  const numberLine = numberText ? [para('number', [{ text: numberText }], HEADER.numberSize, gap)] : [];
  const dateLine = para('date', [{ text: placeDateText, italic: true }], HEADER.dateSize, gap);
  return {
    kind: 'columns', role: 'header', widths: [HEADER.leftWidth, TEXT_WIDTH - HEADER.leftWidth],
    rows: [[left, right], [numberLine, [dateLine]]], spaceBefore: 0, spaceAfter: 0,
  };
}

/**
 * A centred title wrapped into lines of similar length, with explicit breaks (so Word and the PDF
 * break it alike), only between words: never inside a word, a name or a date (text-wrap.ts).
 */
export function centredTitle(
  m: TextMeasurer,
  role: string,
  text: string,
  o: { bold?: boolean; italic?: boolean; size: number; maxWidth: number; names?: string[] },
  opts: Partial<ParagraphBlock> = {},
): { block: ParagraphBlock; widest: number } {
  const lines = balancedLines([{ text: keepTogether(text, o.names), bold: o.bold, italic: o.italic }], o.size, m, o.maxWidth);
  const block = para(role, linesToRuns(lines), o.size, { align: 'center', ...opts });
  return { block, widest: Math.max(...lines.map((l) => l.width)) };
}

/**
 * Names a title line must not break inside: the commune, the province, the villages and what
 * follows "Tổ công nghệ số cộng đồng" in a team's name ("thôn An Lạc").
 */
function namesOf(c: DecisionContent): string[] {
  const teamPlaces = c.teams.map((t) => t.name.replace(/^tổ công nghệ số cộng đồng\s+/iu, ''));
  return [c.communeName, c.provinceName, ...c.teams.flatMap((t) => t.villages), ...teamPlaces];
}

class LayoutBuilder {
  private names: string[] = [];

  constructor(private readonly m: TextMeasurer) {}

  forContent(c: DecisionContent): this {
    this.names = namesOf(c);
    return this;
  }

  centred(role: string, text: string, style: { bold?: boolean; italic?: boolean }, size: number, maxWidth: number, opts: Partial<ParagraphBlock> = {}) {
    return centredTitle(this.m, role, text, { ...style, size, maxWidth, names: this.names }, opts);
  }

  header(c: DecisionContent): ColumnsBlock {
    return administrativeHeader(this.m, c.issuingBody, formatDecisionNumber(c.number, c.symbol), formatDecisionDate(c.placeName, c.date, c.year));
  }

  heading(c: DecisionContent): Block[] {
    const title = this.centred('title', c.title, { bold: true }, HEADING.titleSize, TEXT_WIDTH * 0.9);
    const authority = this.centred('authority', authorityLine(c), { bold: true }, HEADING.authoritySize, TEXT_WIDTH, {
      spaceAfter: HEADING.authoritySpaceAfter,
    });
    return [
      para('kind', [{ text: 'QUYẾT ĐỊNH', bold: true }], HEADING.kindSize, { align: 'center', spaceBefore: HEADING.kindSpaceBefore, keepWithNext: true }),
      { ...title.block, keepWithNext: true },
      rule('titleRule', RULE.titleFraction * title.widest, HEADING.titleRuleAfter, RULE.titleGapAbove),
      authority.block,
    ];
  }

  body(c: DecisionContent): Block[] {
    const justified = {
      align: 'justify' as const, firstLineIndent: BODY.firstLineIndent, spaceAfter: BODY.paragraphGap, lineSpacing: BODY.lineSpacing,
    };
    const blocks: Block[] = [];
    for (const line of punctuate(c.canCu, ';')) blocks.push(para('canCu', [{ text: line, italic: true }], BODY.size, justified));
    blocks.push(para('deNghi', [{ text: punctuate([c.deNghi])[0], italic: true }], BODY.size, justified));
    blocks.push(para('decides', [{ text: 'QUYẾT ĐỊNH:', bold: true }], HEADING.decidesSize, {
      align: 'center', spaceBefore: HEADING.decidesSpaceBefore, spaceAfter: HEADING.decidesSpaceAfter, keepWithNext: true,
    }));
    for (const article of c.articles) {
      article.paragraphs.forEach((text, i) => {
        const runs: StyledRun[] = i === 0 ? [{ text: article.label, bold: true }, { text: ` ${text}` }] : [{ text }];
        blocks.push(para(i === 0 ? 'article' : 'articleParagraph', runs, BODY.size, justified));
      });
    }
    // The signature never stands alone on a page: the last paragraph goes along with it.
    const last = blocks[blocks.length - 1];
    if (last.kind === 'paragraph') last.keepWithNext = true;
    return blocks;
  }

  signature(c: DecisionContent): ColumnsBlock {
    const dash = this.m.width('- ', {}, SIGNATURE.recipientSize);
    // Lowered so that "Nơi nhận:" (12 pt) sits on the baseline of the first title line (14 pt).
    const baselineShift = 0.891 * (SIGNATURE.titleSize - SIGNATURE.recipientsHeadSize);
    const left: CellBlock[] = [
      para('recipientsHead', [{ text: RECIPIENTS_HEAD, bold: true, italic: true }], SIGNATURE.recipientsHeadSize, { spaceBefore: baselineShift }),
      ...recipientLines(c.recipients).map((r) =>
        para('recipient', [{ text: r }], SIGNATURE.recipientSize, { leftIndent: dash, firstLineIndent: -dash })),
    ];
    const right: CellBlock[] = [
      ...signatureTitles(c).map((t) => para('signerTitle', [{ text: t, bold: true }], SIGNATURE.titleSize, { align: 'center' })),
      { kind: 'signatureSpace', height: SIGNATURE.space },
      para('signerName', [{ text: c.signer.fullName, bold: true }], SIGNATURE.nameSize, { align: 'center' }),
    ];
    return {
      kind: 'columns', role: 'signature', widths: [SIGNATURE.leftWidth, TEXT_WIDTH - SIGNATURE.leftWidth],
      rows: [[left, right]], spaceBefore: SIGNATURE.spaceBefore, spaceAfter: 0,
    };
  }

  annex(c: DecisionContent): Block[] {
    const title = this.centred('annexTitle', annexTitle(c), { bold: true }, ANNEX.titleSize, TEXT_WIDTH * 0.9, { keepWithNext: true });
    const reference = this.centred('annexReference', annexReference(c), { italic: true }, ANNEX.referenceSize, TEXT_WIDTH * 0.9, { keepWithNext: true });
    const blocks: Block[] = [title.block, reference.block, rule('annexRule', RULE.titleFraction * title.widest, ANNEX.ruleAfter, RULE.titleGapAbove)];
    const columns = ANNEX.columns.map((col) => ({ title: col.title, width: col.mm * MM, align: col.align }));
    c.teams.forEach((team, t) => {
      if (c.teams.length > 1) {
        blocks.push(para('teamHeading', [{ text: `${t + 1}. ${team.name}`, bold: true }], ANNEX.teamHeadingSize, {
          spaceBefore: t === 0 ? 0 : ANNEX.teamHeadingSpaceBefore, spaceAfter: 6, keepWithNext: true,
        }));
      }
      const table: TableBlock = {
        kind: 'table', role: 'members', columns, size: ANNEX.tableSize, padding: ANNEX.tablePadding,
        borderWidth: ANNEX.borderWidth, spaceAfter: ANNEX.tableSpaceAfter,
        rows: team.members.map((mb, i) => [String(i + 1), mb.fullName, mb.workplace, mb.positionLabel, mb.phone ?? '', mb.note ?? '']),
      };
      blocks.push(table);
    });
    return blocks;
  }
}

function creationDate(c: DecisionContent): Date {
  if (!c.date) return new Date(Date.UTC(c.year, 0, 1));
  const [y, m, d] = c.date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The decision laid out per ND30; throws VALIDATION when the content is incomplete. */
export function buildDecisionLayout(content: DecisionContent, measure: TextMeasurer): DecisionLayout {
  const parsed = decisionContentSchema.safeParse(content);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'Nội dung quyết định chưa đầy đủ, chưa thể in.', parsed.error.issues);
  }
  const c = parsed.data;
  const b = new LayoutBuilder(measure).forContent(c);
  const sections: LayoutSection[] = [
    { role: 'decision', restartNumbering: true, blocks: [b.header(c), ...b.heading(c), ...b.body(c), b.signature(c)] },
  ];
  if (hasMemberAnnex(c)) sections.push({ role: 'annex', restartNumbering: true, blocks: b.annex(c) });
  const number = decisionNumberText(c.number, c.symbol).replace(/\u00a0/gu, '');
  return {
    page: { width: PAGE.width, height: PAGE.height, margins: { ...PAGE.margins }, headerDistance: PAGE.headerDistance },
    fontFamily: FONT_FAMILY,
    pageNumberSize: PAGE_NUMBER_SIZE,
    sections,
    meta: {
      title: `Quyết định số ${number} - ${c.title}`,
      author: `Ủy ban nhân dân ${c.communeName}`,
      subject: c.title,
      keywords: 'Tổ công nghệ số cộng đồng',
      creationDate: creationDate(c),
    },
  };
}
