import { Field, makeStyles, MessageBar, MessageBarBody, SearchBox } from '@fluentui/react-components';
import { keepPreviousData } from '@tanstack/react-query';
import type { SortModelItem } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PeopleFilter, PeopleSortColumn, PersonRow } from '../../../../shared/api';
import { PEOPLE_SORT_COLUMNS } from '../../../../shared/api/people-list';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/queries';
import { DataGrid } from '../../components/grid/DataGrid';
import { InfiniteGrid } from '../../components/grid/InfiniteGrid';
import { ExportListButton } from '../../components/ExportListButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatCount } from '../../lib/numbers';
import { useDebounced } from '../../lib/use-debounced';
import { peopleColumns } from './people-columns';
import { filterFromParams, paramsFromFilter } from './people-filter';
import { PeopleFilters } from './PeopleFilters';
import { PersonDialog } from './PersonDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '10px', flexGrow: 1, minHeight: 0 },
  search: { maxWidth: '560px' },
  // Its height is its text's: the grid below takes what is left, not the note's second line.
  note: { flexShrink: 0 },
});

/** What the search box shows: the search's own best matches (people.search caps them). */
const SEARCH_LIMIT = 500;

const isSortColumn = (c: string): c is PeopleSortColumn => (PEOPLE_SORT_COLUMNS as readonly string[]).includes(c);

/**
 * The whole register: without a search, an infinite list over every person, filtered and
 * sorted by the back end (people.list) with the true total; with a search, its matches.
 */
export function PeoplePage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const filterKey = params.toString();
  const setFilter = (f: PeopleFilter) => setParams(paramsFromFilter(f), { replace: true });
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim());
  const searching = query !== '';
  const found = useApiQuery('people.search', { query, limit: SEARCH_LIMIT }, { placeholderData: keepPreviousData, enabled: searching });
  const [total, setTotal] = useState<number | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const columns = useMemo(
    () => peopleColumns(t, (p) => setEditing(p.id)).map((c) => ({ ...c, sortable: !!c.field && isSortColumn(c.field), comparator: undefined })),
    [t],
  );
  const searchColumns = useMemo(() => peopleColumns(t, (p) => setEditing(p.id)), [t]);
  const fetchPage = useCallback(
    async (offset: number, limit: number, sort: SortModelItem | undefined) => {
      const column = sort && isSortColumn(sort.colId) ? sort.colId : 'fullName';
      const page = await api.call('people.list', { filter: filterFromParams(new URLSearchParams(filterKey)), sort: { column, dir: sort?.sort ?? 'asc' }, offset, limit });
      setTotal(page.total);
      return page;
    },
    // A new filter, or an edit saved in the dialog, starts the list over.
    [api, filterKey, generation],
  );
  const subtitle = searching
    ? found.data && t(found.data.more ? 'people.countMore' : 'people.count', { shown: formatCount(found.data.rows.length), total: formatCount(found.data.total) })
    : total !== null && (Object.keys(filter).length ? t('peopleList.totalFiltered', { total: total.toLocaleString('vi-VN') }) : t('peopleList.total', { total: total.toLocaleString('vi-VN') }));
  return (
    <div className={styles.page}>
      <PageHeader title={t('people.title')} subtitle={<span data-testid="people-total">{subtitle}</span>}>
        <ExportListButton input={{ list: 'people', filter }} />
      </PageHeader>
      <Field label={t('people.search')} className={styles.search}>
        <SearchBox value={typed} onChange={(_, d) => setTyped(d.value)} placeholder={t('people.searchPlaceholder')} autoFocus />
      </Field>
      <PeopleFilters filter={filter} onChange={setFilter} disabled={searching} />
      {searching ? (
        <>
          <MessageBar intent="info" layout="multiline" className={styles.note}>
            <MessageBarBody>
              {t('peopleList.searchActive')}
              {/* The list holds the first 500 matches: past them, say so and how to narrow. */}
              {found.data && (found.data.more || found.data.total > found.data.rows.length) && (
                <span data-testid="people-search-more" style={{ display: 'block' }}>
                  {t(found.data.more ? 'addMemberMany.moreMatchesMany' : 'addMemberMany.moreMatches', {
                    shown: formatCount(found.data.rows.length), total: formatCount(found.data.total),
                  })}
                </span>
              )}
            </MessageBarBody>
          </MessageBar>
          <QueryState query={found}>
            {(result) => (
              <DataGrid
                ariaLabel={t('people.title')}
                rows={result.rows}
                columns={searchColumns}
                getRowId={(p) => p.id}
                onOpen={(p) => setEditing(p.id)}
                emptyText={t('people.noMatch', { query })}
              />
            )}
          </QueryState>
        </>
      ) : (
        <InfiniteGrid<PersonRow>
          ariaLabel={t('people.title')}
          fetchPage={fetchPage}
          columns={columns}
          getRowId={(p) => p.id}
          onOpen={(p) => setEditing(p.id)}
          emptyText={Object.keys(filter).length ? t('peopleList.noneMatch') : t('people.emptyHint')}
        />
      )}
      {editing && (
        <PersonDialog
          personId={editing}
          onClose={() => {
            setEditing(null);
            setGeneration((g) => g + 1);
          }}
        />
      )}
    </div>
  );
}
