import { Button, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { DataGrid } from '../../components/grid/DataGrid';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AllowanceDialog } from './AllowanceDialog';
import { SessionDialog } from './SessionDialog';
import { trainingColumns } from './training-columns';
import { ExportListButton } from '../../components/ExportListButton';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', flexGrow: 1, minHeight: 0 },
});

/** Every training session, newest first, with its turnout; the allowance export for a period. */
export function TrainingsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessions = useApiQuery('trainings.list', {});
  const [open, setOpen] = useState<'create' | 'allowance' | null>(null);
  const columns = useMemo(() => trainingColumns(t), [t]);
  return (
    <div className={styles.page}>
      <PageHeader title={t('trainings.title')} subtitle={sessions.data && t('trainings.summary', { count: sessions.data.length })}>
        <ExportListButton input={{ list: 'trainings' }} />
        <Button onClick={() => setOpen('allowance')}>{t('trainings.allowance')}</Button>
        <Button appearance="primary" onClick={() => setOpen('create')}>{t('trainings.add')}</Button>
      </PageHeader>
      <QueryState query={sessions}>
        {(rows) => (
          <DataGrid
            ariaLabel={t('trainings.title')}
            rows={rows}
            columns={columns}
            getRowId={(r) => r.id}
            onOpen={(r) => navigate(`/trainings/${r.id}`)}
            rowClass={(r) => (r.status === 'cancelled' ? 'row-inactive' : undefined)}
            emptyText={t('trainings.emptyHint')}
          />
        )}
      </QueryState>
      {open === 'create' && <SessionDialog session={null} onClose={() => setOpen(null)} onCreated={(id) => navigate(`/trainings/${id}`)} />}
      {open === 'allowance' && <AllowanceDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
