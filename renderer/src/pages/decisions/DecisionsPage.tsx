import { Button, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { DataGrid } from '../../components/grid/DataGrid';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ConsolidationPanel } from './ConsolidationPanel';
import { decisionColumns } from './decision-columns';
import { NewDecisionDialog } from './NewDecisionDialog';
import { TrustStoreDialog } from './signing/TrustStoreDialog';
import { VerifyDialog } from './signing/VerifyDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', flexGrow: 1, minHeight: 0 },
});

/** The decision register (sổ quyết định) and the teams that need a kiện toàn decision. */
export function DecisionsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const decisions = useApiQuery('decisions.list', {});
  const [creating, setCreating] = useState(false);
  const [signingDialog, setSigningDialog] = useState<'verify' | 'trust' | null>(null);
  const columns = useMemo(() => decisionColumns(t), [t]);
  return (
    <div className={styles.page}>
      <PageHeader title={t('decisions.title')} subtitle={decisions.data ? t('decisions.summary', { count: decisions.data.length }) : t('decisions.subtitle')}>
        <Button appearance="primary" onClick={() => setCreating(true)}>{t('decisions.add')}</Button>
        <Button onClick={() => setSigningDialog('verify')}>{t('signing.verifyButton')}</Button>
        <Button onClick={() => setSigningDialog('trust')}>{t('signing.trustButton')}</Button>
      </PageHeader>
      <ConsolidationPanel />
      <QueryState query={decisions}>
        {(rows) => (
          <DataGrid
            ariaLabel={t('decisions.title')}
            rows={rows}
            columns={columns}
            getRowId={(r) => r.id}
            onOpen={(r) => navigate(`/decisions/${r.id}`)}
            emptyText={t('decisions.emptyHint')}
          />
        )}
      </QueryState>
      {signingDialog === 'verify' && <VerifyDialog onClose={() => setSigningDialog(null)} />}
      {signingDialog === 'trust' && <TrustStoreDialog onClose={() => setSigningDialog(null)} />}
      {creating && <NewDecisionDialog onClose={() => setCreating(false)} onCreated={(id) => navigate(`/decisions/${id}`)} />}
    </div>
  );
}
