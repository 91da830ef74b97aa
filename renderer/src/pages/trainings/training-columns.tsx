import { Badge, Link } from '@fluentui/react-components';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { TRAINING_FORMATS, TRAINING_STATUSES, type TrainingSessionRow } from '../../../../shared/api/trainings';
import { compareVietnamese } from '../../../../shared/text/vietnamese';
import { CellBox } from '../../components/grid/CellBox';
import { formatDate } from '../../lib/dates';
import { formatRate, hasMarks } from './format';

export const SESSION_STATUS_COLOR = { planned: 'informative', held: 'success', cancelled: 'subtle' } as const;

function TitleCell({ data }: ICellRendererParams<TrainingSessionRow>) {
  return data ? <Link href={`#/trainings/${data.id}`}>{data.title}</Link> : null;
}

function StatusCell({ data }: ICellRendererParams<TrainingSessionRow>) {
  if (!data) return null;
  return <CellBox><Badge appearance="tint" color={SESSION_STATUS_COLOR[data.status]}>{TRAINING_STATUSES[data.status]}</Badge></CellBox>;
}

/** "28 / 23": invited / attended; walk-ins who came are added apart ("+2 tự do"). */
function turnout(t: TFunction, r: TrainingSessionRow): string {
  const s = r.summary;
  if (!hasMarks(s)) return `${s.invited} / —`;
  const walkInsCame = s.attended - s.present - s.late;
  const base = `${s.invited} / ${s.present + s.late}`;
  return walkInsCame > 0 ? `${base} ${t('trainings.walkInsCame', { count: walkInsCame })}` : base;
}

export function trainingColumns(t: TFunction): ColDef<TrainingSessionRow>[] {
  return [
    {
      field: 'date', headerName: t('trainings.date'), width: 112, sort: 'desc',
      valueFormatter: (p) => formatDate(p.value), tooltipValueGetter: (p) => p.data && [p.data.startTime, p.data.endTime].filter(Boolean).join('–'),
    },
    { field: 'title', headerName: t('trainings.sessionTitle'), flex: 2.4, minWidth: 220, comparator: compareVietnamese, cellRenderer: TitleCell, tooltipField: 'title' },
    {
      colId: 'topics', headerName: t('trainings.topics'), flex: 1.4, minWidth: 140, comparator: compareVietnamese,
      valueGetter: (p) => p.data?.topics.map((x) => x.name).join('; ') ?? '', tooltipValueGetter: (p) => p.value,
    },
    { field: 'place', headerName: t('trainings.place'), flex: 1, minWidth: 120, comparator: compareVietnamese, tooltipField: 'place' },
    { field: 'format', headerName: t('trainings.format'), width: 108, valueFormatter: (p) => TRAINING_FORMATS[p.value as TrainingSessionRow['format']] },
    { field: 'status', headerName: t('trainings.status'), width: 122, cellRenderer: StatusCell },
    {
      colId: 'turnout', headerName: t('trainings.turnout'), width: 135, type: 'rightAligned', sortable: false,
      valueGetter: (p) => (p.data ? turnout(t, p.data) : ''),
    },
    {
      colId: 'rate', headerName: t('trainings.rateShort'), headerTooltip: t('trainings.rate'), width: 92, type: 'rightAligned',
      valueGetter: (p) => (p.data && hasMarks(p.data.summary) ? p.data.summary.rate : null),
      valueFormatter: (p) => formatRate(p.value as number | null),
    },
  ];
}
