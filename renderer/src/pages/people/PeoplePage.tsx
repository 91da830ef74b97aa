import { Field, makeStyles, SearchBox } from '@fluentui/react-components';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { DataGrid } from '../../components/grid/DataGrid';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatCount } from '../../lib/numbers';
import { useDebounced } from '../../lib/use-debounced';
import { peopleColumns } from './people-columns';
import { PersonDialog } from './PersonDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', flexGrow: 1, minHeight: 0 },
  search: { maxWidth: '560px' },
});

/** A register of this commune's size fits one grid; the server search folds diacritics. */
const LIST_LIMIT = 5000;

export function PeoplePage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim());
  const people = useApiQuery('people.search', { query, limit: LIST_LIMIT }, { placeholderData: keepPreviousData });
  const [editing, setEditing] = useState<string | null>(null);
  const columns = useMemo(() => peopleColumns(t, (p) => setEditing(p.id)), [t]);
  const data = people.data;
  return (
    <div className={styles.page}>
      <PageHeader
        title={t('people.title')}
        subtitle={data && t(data.more ? 'people.countMore' : 'people.count', { shown: formatCount(data.rows.length), total: formatCount(data.total) })}
      />
      <Field label={t('people.search')} className={styles.search}>
        <SearchBox
          value={typed}
          onChange={(_, d) => setTyped(d.value)}
          placeholder={t('people.searchPlaceholder')}
          autoFocus
        />
      </Field>
      <QueryState query={people}>
        {(result) => (
          <DataGrid
            ariaLabel={t('people.title')}
            rows={result.rows}
            columns={columns}
            getRowId={(p) => p.id}
            onOpen={(p) => setEditing(p.id)}
            emptyText={query ? t('people.noMatch', { query }) : t('people.emptyHint')}
          />
        )}
      </QueryState>
      {editing && <PersonDialog personId={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
