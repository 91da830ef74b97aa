import { Badge, Link } from '@fluentui/react-components';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { DecisionRow } from '../../../../shared/api';
import { DECISION_STATUSES } from '../../../../shared/api/decisions';
import { DECISION_KINDS } from '../../../../shared/decisions/content';
import { compareVietnamese } from '../../../../shared/text/vietnamese';
import { CellBox } from '../../components/grid/CellBox';
import { formatDate } from '../../lib/dates';
import { shortTeamName } from '../../lib/team-names';
import { shortNumber } from './decision-text';
import { StandingBadge } from './legal/DecisionStanding';

export const DECISION_STATUS_COLOR = { draft: 'informative', issued: 'success', signed: 'brand' } as const;

export function StatusBadge({ status }: { status: DecisionRow['status'] }) {
  return <Badge appearance="tint" color={DECISION_STATUS_COLOR[status]}>{DECISION_STATUSES[status]}</Badge>;
}

function NumberCell({ data, t }: ICellRendererParams<DecisionRow> & { t: TFunction }) {
  if (!data) return null;
  return <Link href={`#/decisions/${data.id}`}>{shortNumber(data) || t('decisions.noNumber')}</Link>;
}

function StatusCell({ data }: ICellRendererParams<DecisionRow>) {
  return data ? <CellBox><StatusBadge status={data.status} /></CellBox> : null;
}

const teamsText = (row: DecisionRow) => row.teams.map((x) => shortTeamName(x.name)).join(', ');

/** "Thôn Nam, Thôn Bắc → 07/QĐ-UBND": the parts each later decision replaced (issue 8 §2). */
const replacedText = (row: DecisionRow) => {
  const byDecision = new Map<string, string[]>();
  for (const part of row.teams) {
    if (part.replacedBy) byDecision.set(part.replacedBy.numberText, [...(byDecision.get(part.replacedBy.numberText) ?? []), shortTeamName(part.name)]);
  }
  return [
    ...[...byDecision].map(([number, teams]) => `${teams.join(', ')} → ${number}`),
    ...row.amendedBy.map((a) => `${DECISION_KINDS[a.kind]} → ${a.numberText}`),
  ].join('; ');
};

function StandingCell({ data }: ICellRendererParams<DecisionRow>) {
  if (!data?.standing) return null;
  const replaced = replacedText(data);
  return (
    <CellBox>
      <span style={{ flexShrink: 0 }}><StandingBadge standing={data.standing} /></span>
      {replaced && <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{replaced}</span>}
    </CellBox>
  );
}

/** Year then number: "05/QĐ-UBND" of 2026 after "12/QĐ-UBND" of 2025; drafts (no number) on top. */
const byYearAndNumber = (_a: unknown, _b: unknown, a?: { data?: DecisionRow }, b?: { data?: DecisionRow }) => {
  const key = (r?: DecisionRow) => (r ? (r.number === null ? Number.MAX_SAFE_INTEGER : r.year * 100000 + r.number) : 0);
  return key(a?.data) - key(b?.data);
};

export function decisionColumns(t: TFunction): ColDef<DecisionRow>[] {
  return [
    {
      colId: 'number', headerName: t('decisions.number'), width: 110, sort: 'desc',
      valueGetter: (p) => (p.data ? shortNumber(p.data) : ''), comparator: byYearAndNumber,
      cellRenderer: NumberCell, cellRendererParams: { t },
    },
    { field: 'date', headerName: t('decisions.date'), width: 100, valueFormatter: (p) => formatDate(p.value) },
    { field: 'kind', headerName: t('decisions.kind'), width: 100, valueFormatter: (p) => (p.data ? DECISION_KINDS[p.data.kind] : '') },
    { field: 'title', headerName: t('decisions.trichYeu'), flex: 2.2, minWidth: 170, tooltipField: 'title', comparator: compareVietnamese },
    {
      colId: 'teams', headerName: t('decisions.teams'), flex: 1.2, minWidth: 100, comparator: compareVietnamese,
      valueGetter: (p) => (p.data ? teamsText(p.data) : ''), tooltipValueGetter: (p) => p.data?.teams.map((x) => x.name).join('\n'),
    },
    { field: 'status', headerName: t('decisions.status'), width: 115, cellRenderer: StatusCell },
    {
      colId: 'standing', headerName: t('legal.standing'), flex: 1.6, minWidth: 280, cellRenderer: StandingCell,
      valueGetter: (p) => (p.data?.standing ? `${p.data.standing} ${replacedText(p.data)}` : ''),
      tooltipValueGetter: (p) => (p.data ? replacedText(p.data) : ''),
    },
    { field: 'signerName', headerName: t('decisions.signer'), width: 120 },
  ];
}
