import { Button, makeStyles, MessageBar, MessageBarBody, Tab, TabList } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReportPeriod } from '../../../../shared/reports/periods';
import { useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../lib/dates';
import { ActivityEntry } from './ActivityEntry';
import { BuildReportDialog, type BuiltOutcome } from './BuildReportDialog';
import { DueReports } from './DueReports';
import { IndicatorDialog } from './IndicatorDialog';
import { periodFromCode } from './period-choice';
import { PeriodPicker } from './PeriodPicker';
import { ReportRegister } from './ReportRegister';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '1400px' },
});

type Open = 'build' | 'indicator' | null;

/**
 * Upward reports: pick the period, enter each team's results (and the targets), then "Lập báo
 * cáo" writes the workbook for the province and records it in the register.
 */
export function ReportsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  // The period lives in the address (#/reports?period=2026-Q3): a reload or a link keeps it.
  const [params, setParams] = useSearchParams();
  const period = periodFromCode(params.get('period'));
  const choose = (p: Pick<ReportPeriod, 'code'>) => setParams({ period: p.code }, { replace: true });
  const grid = useApiQuery('reports.activityGrid', { period: period.code });
  const reports = useApiQuery('reports.list', {});
  const [tab, setTab] = useState<'results' | 'register'>('results');
  const [open, setOpen] = useState<Open>(null);
  const [built, setBuilt] = useState<BuiltOutcome | null>(null);
  const [unsaved, setUnsaved] = useState(0);
  const onUnsaved = useCallback((n: number) => setUnsaved(n), []);

  return (
    <div className={styles.page}>
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')}>
        <Button onClick={() => setOpen('indicator')}>{t('reports.addIndicator')}</Button>
        <Button appearance="primary" onClick={() => setOpen('build')}>{t('reports.build')}</Button>
      </PageHeader>
      <PeriodPicker period={period} onChange={(p) => { choose(p); setBuilt(null); }} />
      <DueReports current={period} onOpen={(p) => { choose(p); setBuilt(null); }} />
      {built && (
        <MessageBar intent={built.saved ? 'success' : 'warning'} layout="multiline" data-testid="report-built">
          <MessageBarBody>
            {t(built.saved ? 'reports.builtSaved' : 'reports.builtNotSaved', {
              number: built.report.number === null ? t('reports.noNumber') : built.report.numberText,
              date: formatDate(built.report.date),
              period: built.report.periodLabel,
              file: built.report.fileName,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)}>
        <Tab value="results">{t('reports.resultsTab', { period: period.label })}</Tab>
        <Tab value="register">{t('reports.registerTabCount', { count: reports.data?.length ?? 0 })}</Tab>
      </TabList>
      <div role="tabpanel">
        {tab === 'results' ? (
          <QueryState query={grid}>
            {(data) => <ActivityEntry key={data.period.code} grid={data} onReload={() => void grid.refetch()} onUnsaved={onUnsaved} />}
          </QueryState>
        ) : (
          <ReportRegister current={period} />
        )}
      </div>
      {open === 'build' && (
        <BuildReportDialog
          period={period}
          unsaved={unsaved}
          onClose={() => setOpen(null)}
          onBuilt={(outcome) => { setOpen(null); setBuilt(outcome); }}
        />
      )}
      {open === 'indicator' && <IndicatorDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
