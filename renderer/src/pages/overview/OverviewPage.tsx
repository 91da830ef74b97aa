import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Overview } from '../../../../shared/api';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { ActivityMeters } from './ActivityMeters';
import { AttentionPanel } from './AttentionPanel';
import { overviewPng } from './export-image';
import { peopleListAddress } from './links';
import { AgesChart, CoverageChart, RolesChart, TrainingsChart } from './OverviewCharts';

const useStyles = makeStyles({
  // 1060 px wide: fits the screen beside the navigation at 1366 px and one A4 landscape page.
  page: { display: 'flex', flexDirection: 'column', gap: '8px', width: '1060px', maxWidth: '100%' },
  kpis: { display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: '8px' },
  kpi: {
    display: 'flex', flexDirection: 'column', padding: '6px 10px', borderRadius: '6px', textAlign: 'left', font: 'inherit',
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`, cursor: 'pointer',
  },
  kpiValue: { fontSize: '20px', lineHeight: '26px', fontWeight: 600 },
  kpiAlert: { color: tokens.colorPaletteRedForeground1 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: '8px' },
});

function Kpi({ label, value, alert, onOpen }: { label: string; value: number; alert?: boolean; onOpen: () => void }) {
  const styles = useStyles();
  return (
    <button type="button" className={styles.kpi} onClick={onOpen}>
      <span className={`${styles.kpiValue} ${alert && value > 0 ? styles.kpiAlert : ''}`}>{formatCount(value)}</span>
      <Text size={200}>{label}</Text>
    </button>
  );
}

function Kpis({ data }: { data: Overview }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className={styles.kpis}>
      <Kpi label={t('overview.kpi.villages')} value={data.totals.villages} onOpen={() => navigate('/villages')} />
      <Kpi label={t('overview.kpi.teams')} value={data.totals.establishedTeams} onOpen={() => navigate('/teams')} />
      <Kpi label={t('overview.kpi.members')} value={data.totals.members} onOpen={() => navigate(peopleListAddress({ membersOnly: true }))} />
      <Kpi
        label={t('overview.kpi.neverTrained')} value={data.membersNeverTrained} alert
        onOpen={() => navigate(peopleListAddress({ membersOnly: true, neverTrained: true }))}
      />
      <Kpi label={t('overview.kpi.drafts')} value={data.draftDecisions.length} alert onOpen={() => navigate('/decisions')} />
      <Kpi label={t('overview.kpi.consolidation')} value={data.consolidation.length} alert onOpen={() => navigate('/decisions')} />
      <Kpi label={t('overview.kpi.reportsDue')} value={data.reportsDue.length} alert onOpen={() => navigate('/reports')} />
    </div>
  );
}

/** Tổng quan: the first screen, where the commune stands today. Prints on one A4 landscape page. */
export function OverviewPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApi();
  // Every change anywhere moves these numbers, and one call is cheap: always read afresh.
  const overview = useApiQuery('overview.get', {}, { refetchOnMount: 'always', staleTime: 0 });
  const pageRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState<'png' | 'pdf' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportAs = async (kind: 'png' | 'pdf') => {
    if (!pageRef.current) return;
    setBusy(kind);
    setError(null);
    try {
      const png = await overviewPng(pageRef.current);
      const date = overview.data?.today ?? '';
      if (kind === 'png') await api.saveFile({ fileName: `tong-quan-${date}.png`, mimeType: 'image/png', bytes: png });
      else {
        const file = await api.call('overview.exportPdf', { png });
        await api.saveFile(file);
      }
    } catch (e) {
      setError(t('overview.exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <QueryState query={overview}>
      {(data) => (
        <div className={`${styles.page} tcns-overview`} ref={pageRef}>
          <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle', { date: formatDate(data.today) })}>
            <div data-no-export className="tcns-no-print" style={{ display: 'flex', gap: 8 }}>
              <Button onClick={() => window.print()}>{t('overview.print')}</Button>
              <Button onClick={() => void exportAs('png')} disabled={busy !== null}>{busy === 'png' ? t('overview.exporting') : t('overview.exportPng')}</Button>
              <Button onClick={() => void exportAs('pdf')} disabled={busy !== null}>{busy === 'pdf' ? t('overview.exporting') : t('overview.exportPdf')}</Button>
            </div>
          </PageHeader>
          {error && (
            <MessageBar intent="error" data-no-export className="tcns-no-print"><MessageBarBody>{error}</MessageBarBody></MessageBar>
          )}
          <Kpis data={data} />
          <div className={styles.grid}>
            <CoverageChart data={data} />
            <RolesChart data={data} />
            <AgesChart data={data} />
            <TrainingsChart data={data} />
            <ActivityMeters data={data} />
            <AttentionPanel data={data} />
          </div>
        </div>
      )}
    </QueryState>
  );
}
