import { Badge, Link } from '@fluentui/react-components';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { TeamRow } from '../../../../shared/api';
import { TEAM_LEVELS, TEAM_STATUSES } from '../../../../shared/domain/vocabulary';
import { compareVietnamese } from '../../../../shared/text/vietnamese';
import { formatDate } from '../../lib/dates';

export const STATUS_COLOR = { draft: 'informative', established: 'success', dissolved: 'subtle' } as const;

function NameCell({ data }: ICellRendererParams<TeamRow>) {
  return data ? <Link href={`#/teams/${data.id}`}>{data.name}</Link> : null;
}

function StatusCell({ data }: ICellRendererParams<TeamRow>) {
  return data ? <Badge appearance="tint" color={STATUS_COLOR[data.status]}>{TEAM_STATUSES[data.status]}</Badge> : null;
}

function WarningsCell({ data, t }: ICellRendererParams<TeamRow> & { t: TFunction }) {
  if (!data || data.status === 'dissolved') return null;
  return data.warningCount > 0
    ? <Badge appearance="filled" color="warning">{t('teams.warningCount', { count: data.warningCount })}</Badge>
    : <Badge appearance="tint" color="success">{t('teams.noWarnings')}</Badge>;
}

export function teamColumns(t: TFunction): ColDef<TeamRow>[] {
  return [
    { field: 'name', headerName: t('teams.name'), flex: 2.4, minWidth: 260, sort: 'asc', comparator: compareVietnamese, cellRenderer: NameCell },
    { field: 'level', headerName: t('teams.level'), flex: 1.2, minWidth: 170, valueFormatter: (p) => TEAM_LEVELS[p.value as TeamRow['level']] },
    {
      colId: 'villages', headerName: t('teams.villages'), flex: 1.4, minWidth: 150,
      valueGetter: (p) => p.data?.villages.map((v) => v.name).join(', ') ?? '', comparator: compareVietnamese,
    },
    { field: 'memberCount', headerName: t('teams.members'), width: 130, type: 'rightAligned' },
    { field: 'leaderName', headerName: t('teams.leader'), flex: 1.3, minWidth: 160 },
    { field: 'status', headerName: t('teams.status'), width: 140, cellRenderer: StatusCell },
    { field: 'establishedOn', headerName: t('teams.established'), width: 140, valueFormatter: (p) => formatDate(p.value) },
    { field: 'warningCount', headerName: t('teams.warnings'), width: 130, cellRenderer: WarningsCell, cellRendererParams: { t } },
  ];
}
