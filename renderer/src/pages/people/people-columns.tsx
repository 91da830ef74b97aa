import { Button } from '@fluentui/react-components';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { PersonRow } from '../../../../shared/api';
import { BACKGROUND_ROLES, TEAM_POSITIONS } from '../../../../shared/domain/vocabulary';
import { compareVietnamese, compareVietnameseNames } from '../../../../shared/text/vietnamese';

function EditCell({ data, onEdit, t }: ICellRendererParams<PersonRow> & { onEdit: (p: PersonRow) => void; t: TFunction }) {
  return data ? <Button size="small" onClick={() => onEdit(data)}>{t('common.edit')}</Button> : null;
}

const teamsText = (p: PersonRow) =>
  p.teams.map((m) => (m.position === 'thanh_vien' ? m.teamName : `${m.teamName} (${TEAM_POSITIONS[m.position]})`)).join('; ');

/** Everyone in the register; names sort the Vietnamese way (given name first, Vietnamese alphabet). */
export function peopleColumns(t: TFunction, onEdit: (p: PersonRow) => void): ColDef<PersonRow>[] {
  return [
    { field: 'fullName', headerName: t('people.fullName'), flex: 1.6, minWidth: 190, sort: 'asc', comparator: compareVietnameseNames },
    { field: 'birthYear', headerName: t('people.birthYear'), width: 110, type: 'rightAligned' },
    { field: 'phone', headerName: t('people.phone'), width: 130 },
    { field: 'cccdMasked', headerName: t('people.cccd'), width: 150, sortable: false },
    { field: 'organisation', headerName: t('people.organisation'), flex: 1.4, minWidth: 160, comparator: compareVietnamese },
    {
      field: 'backgroundRole', headerName: t('people.role'), flex: 1.2, minWidth: 150,
      valueFormatter: (p) => BACKGROUND_ROLES[p.value as PersonRow['backgroundRole']],
      tooltipValueGetter: (p) => BACKGROUND_ROLES[p.value as PersonRow['backgroundRole']],
    },
    { field: 'villageName', headerName: t('people.villageShort'), width: 140, comparator: compareVietnamese },
    {
      colId: 'teams', headerName: t('people.teams'), flex: 2, minWidth: 220,
      valueGetter: (p) => (p.data ? teamsText(p.data) : ''), tooltipValueGetter: (p) => p.value as string,
    },
    { colId: 'edit', headerName: '', width: 80, sortable: false, cellRenderer: EditCell, cellRendererParams: { onEdit, t } },
  ];
}
