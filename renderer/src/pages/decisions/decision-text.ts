import type { TFunction } from 'i18next';
import type { DecisionRow, MemberChange } from '../../../../shared/api';
import { DECISION_KINDS } from '../../../../shared/decisions/content';
import { TEAM_POSITIONS } from '../../../../shared/domain/vocabulary';
import { formatDate } from '../../lib/dates';

/** "07/QĐ-UBND" for an issued decision; '' for a draft (its number is given when issuing). */
export function shortNumber(row: Pick<DecisionRow, 'number' | 'numberText'>): string {
  return row.number === null ? '' : withoutLabel(row.numberText);
}

/** "Số: 07/QĐ-UBND" → "07/QĐ-UBND". */
export const withoutLabel = (numberText: string) => numberText.replace(/^Số:\s*/u, '');

/** The page title: "Quyết định số 07/QĐ-UBND ngày 05/01/2026" or "Dự thảo quyết định thành lập". */
export function decisionHeading(t: TFunction, row: Pick<DecisionRow, 'number' | 'numberText' | 'date' | 'kind' | 'status'>): string {
  return row.status === 'draft' || row.number === null
    ? t('decisions.draftTitle', { kind: DECISION_KINDS[row.kind].toLowerCase() })
    : t('decisions.issuedTitle', { number: shortNumber(row), date: formatDate(row.date) });
}

const position = (p: MemberChange['from']) => (p ? TEAM_POSITIONS[p] : '');

/**
 * A team's changes since its last decision, in the words a chair reads:
 * "Thêm: Lê Văn A (Thành viên)", "Thôi: Trần Thị B (Tổ phó)", "Đổi chức danh: Ngô C (Thành viên → Tổ phó)".
 */
export function changeLines(t: TFunction, changes: MemberChange[]): string[] {
  const of = (kind: MemberChange['change']) => changes.filter((c) => c.change === kind);
  const lines: string[] = [];
  const added = of('added').map((c) => `${c.fullName} (${position(c.to)})`);
  const removed = of('removed').map((c) => `${c.fullName} (${position(c.from)})`);
  const moved = of('position').map((c) => `${c.fullName} (${position(c.from)} → ${position(c.to)})`);
  if (added.length) lines.push(t('decisions.changeAdded', { names: added.join(', ') }));
  if (removed.length) lines.push(t('decisions.changeRemoved', { names: removed.join(', ') }));
  if (moved.length) lines.push(t('decisions.changePosition', { names: moved.join(', ') }));
  return lines;
}
