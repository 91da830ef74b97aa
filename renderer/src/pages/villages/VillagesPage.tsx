import { Button, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Village } from '../../../../shared/api';
import { useApiQuery } from '../../api/queries';
import { DataGrid } from '../../components/grid/DataGrid';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RuleWarnings } from '../../components/RuleWarnings';
import { villageColumns } from './village-columns';
import { VillageDialog } from './VillageDialog';
import { VillageStatusDialog } from './VillageStatusDialog';
import { ExportListButton } from '../../components/ExportListButton';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', flexGrow: 1, minHeight: 0 },
});

type Open = { kind: 'edit'; village: Village | null } | { kind: 'status'; village: Village } | null;

export function VillagesPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const villages = useApiQuery('villages.list', { includeInactive: true });
  const check = useApiQuery('rules.check', {});
  const [open, setOpen] = useState<Open>(null);
  const rows = villages.data;
  const columns = useMemo(
    () => villageColumns(t, {
      edit: (village) => setOpen({ kind: 'edit', village }),
      changeStatus: (village) => setOpen({ kind: 'status', village }),
    }, rows ?? []),
    [t, rows],
  );
  const coverage = (check.data?.warnings ?? []).filter((w) => w.teamId === null);
  const active = rows?.filter((v) => v.status === 'active').length ?? 0;

  return (
    <div className={styles.page}>
      <PageHeader title={t('villages.title')} subtitle={rows && t('villages.summary', { active, total: rows.length })}>
        <ExportListButton input={{ list: 'villages' }} />
        <Button appearance="primary" onClick={() => setOpen({ kind: 'edit', village: null })}>{t('villages.add')}</Button>
      </PageHeader>
      <RuleWarnings warnings={coverage} title={t('villages.coverageTitle')} />
      <QueryState query={villages}>
        {(data) => (
          <DataGrid
            ariaLabel={t('villages.title')}
            rows={data}
            columns={columns}
            getRowId={(v) => v.id}
            onOpen={(village) => setOpen({ kind: 'edit', village })}
            rowClass={(v) => (v.status === 'active' ? undefined : 'row-inactive')}
            emptyText={t('villages.emptyHint')}
          />
        )}
      </QueryState>
      {open?.kind === 'edit' && <VillageDialog village={open.village} onClose={() => setOpen(null)} />}
      {open?.kind === 'status' && rows && (
        <VillageStatusDialog village={open.village} villages={rows} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
