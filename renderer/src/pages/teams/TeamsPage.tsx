import { Button, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { DataGrid } from '../../components/grid/DataGrid';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { teamColumns } from './team-columns';
import { TeamDialog } from './TeamDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', flexGrow: 1, minHeight: 0 },
});

export function TeamsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const teams = useApiQuery('teams.list', { includeDissolved: true });
  const [creating, setCreating] = useState(false);
  const columns = useMemo(() => teamColumns(t), [t]);
  return (
    <div className={styles.page}>
      <PageHeader title={t('teams.title')} subtitle={teams.data && t('teams.summary', { count: teams.data.length })}>
        <Button appearance="primary" onClick={() => setCreating(true)}>{t('teams.add')}</Button>
      </PageHeader>
      <QueryState query={teams}>
        {(rows) => (
          <DataGrid
            ariaLabel={t('teams.title')}
            rows={rows}
            columns={columns}
            getRowId={(r) => r.id}
            onOpen={(r) => navigate(`/teams/${r.id}`)}
            rowClass={(r) => (r.status === 'dissolved' ? 'row-inactive' : undefined)}
            emptyText={t('teams.emptyHint')}
          />
        )}
      </QueryState>
      {creating && (
        <TeamDialog team={null} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/teams/${id}`)} />
      )}
    </div>
  );
}
