import { Link } from '@fluentui/react-components';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { PersonRow } from '../../../../shared/api';
import { BACKGROUND_ROLES, TEAM_POSITIONS } from '../../../../shared/domain/vocabulary';
import { compareVietnamese, compareVietnameseNames } from '../../../../shared/text/vietnamese';
import { shortTeamName } from '../../lib/team-names';

/** The name opens the edit dialog (as do double click and Enter): no room is spent on a button column. */
function NameCell({ data, onEdit, t }: ICellRendererParams<PersonRow> & { onEdit: (p: PersonRow) => void; t: TFunction }) {
  if (!data) return null;
  return <Link onClick={() => onEdit(data)} title={t('people.editHint')}>{data.fullName}</Link>;
}

const teamsText = (p: PersonRow, name: (team: string) => string) =>
  p.teams.map((m) => (m.position === 'thanh_vien' ? name(m.teamName) : `${name(m.teamName)} (${TEAM_POSITIONS[m.position]})`)).join('; ');

/** Everyone in the register; names sort the Vietnamese way (given name first, Vietnamese alphabet). */
export function peopleColumns(t: TFunction, onEdit: (p: PersonRow) => void): ColDef<PersonRow>[] {
  return [
    {
      field: 'fullName', headerName: t('people.fullName'), flex: 1.4, minWidth: 165, sort: 'asc', comparator: compareVietnameseNames,
      cellRenderer: NameCell, cellRendererParams: { onEdit, t },
    },
    { field: 'birthYear', headerName: t('people.birthYear'), width: 95, type: 'rightAligned' },
    { field: 'phone', headerName: t('people.phone'), width: 112 },
    { field: 'cccdMasked', headerName: t('people.cccd'), width: 122, sortable: false },
    { field: 'organisation', headerName: t('people.organisation'), flex: 1.1, minWidth: 125, comparator: compareVietnamese, tooltipField: 'organisation' },
    {
      field: 'backgroundRole', headerName: t('people.role'), flex: 1.1, minWidth: 125,
      valueFormatter: (p) => BACKGROUND_ROLES[p.value as PersonRow['backgroundRole']],
      tooltipValueGetter: (p) => BACKGROUND_ROLES[p.value as PersonRow['backgroundRole']],
    },
    { field: 'villageName', headerName: t('people.villageShort'), flex: 0.9, minWidth: 112, comparator: compareVietnamese, tooltipField: 'villageName' },
    {
      colId: 'teams', headerName: t('people.teams'), flex: 1.5, minWidth: 150,
      valueGetter: (p) => (p.data ? teamsText(p.data, shortTeamName) : ''),
      tooltipValueGetter: (p) => (p.data ? teamsText(p.data, (n) => n) : ''),
    },
  ];
}
