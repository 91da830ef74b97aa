import { Badge, Link } from '@fluentui/react-components';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { TeamRow } from '../../../../shared/api';
import { TEAM_LEVELS, TEAM_STATUSES } from '../../../../shared/domain/vocabulary';
import { compareVietnamese } from '../../../../shared/text/vietnamese';
import { CellBox } from '../../components/grid/CellBox';
import { formatDate } from '../../lib/dates';

export const STATUS_COLOR = { draft: 'informative', established: 'success', dissolved: 'subtle' } as const;

function NameCell({ data }: ICellRendererParams<TeamRow>) {
  return data ? <Link href={`#/teams/${data.id}`}>{data.name}</Link> : null;
}

function StatusCell({ data }: ICellRendererParams<TeamRow>) {
  if (!data) return null;
  return <CellBox><Badge appearance="tint" color={STATUS_COLOR[data.status]}>{TEAM_STATUSES[data.status]}</Badge></CellBox>;
}

function WarningsCell({ data, t }: ICellRendererParams<TeamRow> & { t: TFunction }) {
  if (!data || data.status === 'dissolved') return null;
  return (
    <CellBox>
      {data.warningCount > 0
        ? <Badge appearance="filled" color="warning">{t('teams.warningCount', { count: data.warningCount })}</Badge>
        : <Badge appearance="tint" color="success">{t('teams.noWarnings')}</Badge>}
    </CellBox>
  );
}

/** A commune-level team serves the whole commune; a village-level one, its villages. */
const areaOf = (t: TFunction, team: TeamRow) =>
  team.level === 'commune' ? t('teams.wholeCommune') : team.villages.map((v) => v.name).join(', ');

export function teamColumns(t: TFunction): ColDef<TeamRow>[] {
  return [
    {
      field: 'name', headerName: t('teams.name'), flex: 2.6, minWidth: 300, sort: 'asc', comparator: compareVietnamese,
      cellRenderer: NameCell, tooltipField: 'name',
    },
    {
      colId: 'villages', headerName: t('teams.area'), flex: 1, minWidth: 140, comparator: compareVietnamese,
      valueGetter: (p) => (p.data ? areaOf(t, p.data) : ''), tooltipValueGetter: (p) => p.data && TEAM_LEVELS[p.data.level],
    },
    { field: 'memberCount', headerName: t('teams.members'), width: 125, type: 'rightAligned' },
    { field: 'leaderName', headerName: t('teams.leader'), flex: 1, minWidth: 150 },
    { field: 'status', headerName: t('teams.status'), width: 135, cellRenderer: StatusCell },
    { field: 'establishedOn', headerName: t('teams.established'), width: 135, valueFormatter: (p) => formatDate(p.value) },
    { field: 'warningCount', headerName: t('teams.warnings'), width: 125, cellRenderer: WarningsCell, cellRendererParams: { t } },
  ];
}
