import { Badge, Button } from '@fluentui/react-components';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Village } from '../../../../shared/api';
import { VILLAGE_KINDS, VILLAGE_STATUSES } from '../../../../shared/domain/vocabulary';
import { compareVietnamese } from '../../../../shared/text/vietnamese';
import { CellBox } from '../../components/grid/CellBox';
import { formatCount } from '../../lib/numbers';

export interface VillageActions {
  edit: (v: Village) => void;
  changeStatus: (v: Village) => void;
}

const STATUS_COLOR = { active: 'success', merged: 'informative', retired: 'subtle' } as const;

function StatusCell({ data, names }: ICellRendererParams<Village> & { names: Map<string, string> }) {
  if (!data) return null;
  const into = data.status === 'merged' && data.mergedIntoId ? names.get(data.mergedIntoId) : null;
  return (
    <CellBox>
      <Badge appearance="tint" color={STATUS_COLOR[data.status]}>{VILLAGE_STATUSES[data.status]}</Badge>
      {into && <span>vào {into}</span>}
    </CellBox>
  );
}

function ActionsCell({ data, actions, t }: ICellRendererParams<Village> & { actions: VillageActions; t: TFunction }) {
  if (!data) return null;
  return (
    <CellBox>
      <Button size="small" onClick={() => actions.edit(data)}>{t('common.edit')}</Button>
      <Button size="small" appearance="subtle" onClick={() => actions.changeStatus(data)}>
        {data.status === 'active' ? t('villages.changeStatus') : t('villages.reactivate')}
      </Button>
    </CellBox>
  );
}

const numeric = { type: 'rightAligned', valueFormatter: (p: { value: number | null }) => formatCount(p.value) };

export function villageColumns(t: TFunction, actions: VillageActions, villages: Village[]): ColDef<Village>[] {
  const names = new Map(villages.map((v) => [v.id, v.name]));
  return [
    { field: 'name', headerName: t('villages.name'), flex: 2, minWidth: 180, sort: 'asc', comparator: compareVietnamese },
    { field: 'kind', headerName: t('villages.kind'), flex: 1, minWidth: 120, valueFormatter: (p) => VILLAGE_KINDS[p.value as Village['kind']] },
    { field: 'households', headerName: t('villages.households'), width: 110, ...numeric },
    { field: 'population', headerName: t('villages.population'), width: 140, ...numeric },
    { field: 'status', headerName: t('villages.status'), flex: 1.6, minWidth: 230, cellRenderer: StatusCell, cellRendererParams: { names } },
    { field: 'teamCount', headerName: t('villages.teams'), width: 90, type: 'rightAligned' },
    { colId: 'actions', headerName: t('villages.actions'), width: 230, sortable: false, cellRenderer: ActionsCell, cellRendererParams: { actions, t } },
  ];
}
