import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsolidationVerdict } from '../../../../shared/api/consolidation';
import { parsePeriod } from '../../../../shared/reports/periods';
import { useApi } from '../../api/context';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ProvinceCharts } from './ProvinceCharts';
import { dropContents, reportsFromEntries, reportsFromList, ReportFilesError, type ReportFile } from './report-files';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '1200px' },
  row: { display: 'flex', gap: '12px', alignItems: 'end', flexWrap: 'wrap' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: '6px', padding: '12px 24px', textAlign: 'center',
    backgroundColor: tokens.colorNeutralBackground1, display: 'flex', gap: '12px', alignItems: 'center', justifyContent: 'center', flexWrap: 'wrap',
  },
  dropText: { margin: 0 },
  table: { borderCollapse: 'collapse', '& td, & th': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 8px', textAlign: 'left' } },
});

/** The folder's own name of the input's directory picker is not in React's types. */
const folderPicker = { webkitdirectory: '' } as Record<string, string>;

/**
 * The verdicts as the officer reads them: files refused first (what needs doing), then by path
 * in natural order ("bao-cao-2" before "bao-cao-10"); a folder's files come in the disk's order.
 */
const byPath = new Intl.Collator('vi', { numeric: true });
const refusedFirst = (verdicts: ConsolidationVerdict[]) =>
  [...verdicts].sort((a, b) => Number(a.stored) - Number(b.stored) || byPath.compare(a.file, b.file));

/**
 * Tổng hợp (issue 13): the province's officer drops the communes' report files or a whole
 * folder of them, sees a verdict per file and who has not submitted, the overview at province
 * level, and downloads the provincial workbook.
 */
export function ConsolidationPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApi();
  const [period, setPeriod] = useState('2026-Q3');
  const [names, setNames] = useState('');
  const [verdicts, setVerdicts] = useState<ConsolidationVerdict[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  // A period typed wrong (or half typed) is said once, under the field; nothing is asked of the
  // back end meanwhile (each read would draw its own "Không tải được dữ liệu" with "Thử lại").
  const periodError = useMemo(() => {
    try {
      parsePeriod(period);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }, [period]);
  const status = useApiQuery('consolidation.status', { period }, { enabled: !periodError });
  const overview = useApiQuery('consolidation.overview', { period }, { enabled: !periodError });
  const addCommunes = useApiMutation('consolidation.addCommunes');
  const addReports = useApiMutation('consolidation.addReports');

  const busy = reading !== null || addReports.isPending;

  /** Reads the chosen files (capped in report-files.ts) and sends them in one addition. */
  const add = async (collect: () => ReportFile[] | Promise<ReportFile[]>) => {
    setError(null);
    try {
      const chosen = await collect();
      if (chosen.length === 0) return setError(t('consolidation.noFiles'));
      setReading(chosen.length);
      const files = await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.file.arrayBuffer()) })));
      addReports.mutate({ period, files }, { onSuccess: (v) => setVerdicts(refusedFirst(v)), onError: (e) => setError(e.message) });
    } catch (e) {
      setError(e instanceof ReportFilesError ? t(`consolidation.folder.${e.key}`, e.values) : (e as Error).message);
    } finally {
      setReading(null);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    if (busy) return; // one addition at a time
    // Taken now: the drop's item list is emptied when this handler returns.
    const dropped = dropContents(e.dataTransfer);
    void add(() => ('entries' in dropped ? reportsFromEntries(dropped.entries) : reportsFromList(dropped.files)));
  };
  const onPicked = (input: HTMLInputElement) => {
    const list = input.files ? [...input.files] : [];
    input.value = ''; // the same folder can be chosen again
    void add(() => reportsFromList(list));
  };
  const download = async () => {
    setError(null);
    try {
      const built = await api.call('consolidation.build', { period });
      await api.saveFile(built);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className={styles.page}>
      <PageHeader title={t('consolidation.title')} subtitle={t('consolidation.subtitle')}>
        <div className="tcns-no-print" style={{ display: 'flex', gap: 8 }}>
          <Button onClick={() => window.print()}>{t('consolidation.print')}</Button>
          <Button appearance="primary" onClick={() => void download()}>{t('consolidation.build')}</Button>
        </div>
      </PageHeader>
      <div className={`${styles.row} tcns-no-print`}>
        {/* A fixed width: a refusal wraps under the field instead of pushing the row apart. */}
        <Field label={t('consolidation.period')} validationMessage={periodError ?? undefined} style={{ width: '260px', flexShrink: 0 }}>
          <Input value={period} onChange={(_, d) => { setPeriod(d.value.trim().toUpperCase()); setError(null); }} />
        </Field>
        <Field label={t('consolidation.communes')} style={{ flexGrow: 1 }}>
          <Textarea value={names} onChange={(_, d) => setNames(d.value)} placeholder="Xã Hòa Bình&#10;Phường An Cựu" />
        </Field>
        <Button
          onClick={() => addCommunes.mutate({ names: names.split('\n').filter((n) => n.trim()) }, {
            onSuccess: () => setNames(''), onError: (e) => setError(e.message),
          })}
        >
          {t('consolidation.addCommunes')}
        </Button>
      </div>
      {error && <MessageBar intent="error" className="tcns-no-print"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      <div
        className={`${styles.drop} tcns-no-print`} data-testid="report-drop" aria-busy={busy}
        onDragOver={(e) => e.preventDefault()} onDragEnter={(e) => e.preventDefault()} onDrop={onDrop}
      >
        <p className={styles.dropText}>{busy && reading ? t('consolidation.reading', { count: reading }) : t('consolidation.drop')}</p>
        {/* The browser's own file buttons speak the OS language: buttons of ours open them. */}
        <input ref={picker} type="file" multiple accept=".xlsx" hidden aria-label={t('consolidation.pick')} onChange={(e) => onPicked(e.target)} />
        <input ref={folder} type="file" {...folderPicker} hidden aria-label={t('consolidation.pickFolder')} data-testid="folder-input" onChange={(e) => onPicked(e.target)} />
        <Button disabled={busy} onClick={() => picker.current?.click()}>{t('consolidation.pick')}</Button>
        <Button disabled={busy} onClick={() => folder.current?.click()}>{t('consolidation.pickFolder')}</Button>
      </div>
      {verdicts.length > 0 && (
        <table className={`${styles.table} tcns-no-print`} data-testid="verdicts">
          <thead><tr><th>{t('consolidation.file')}</th><th>{t('consolidation.verdict')}</th></tr></thead>
          <tbody>
            {verdicts.map((v) => (
              <tr key={v.file} data-verdict={v.verdict}><td>{v.file}</td><td>{v.stored ? '✓ ' : '✗ '}{v.message}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {!periodError && <QueryState query={status}>
        {(s) => (
          <div data-testid="consolidation-status" className="tcns-no-print">
            <strong>{t('consolidation.submitted', { label: s.label, submitted: s.submitted, total: s.communes.length })}</strong>
            {s.missing.length > 0 && <p style={{ margin: '4px 0 0' }}>{t('consolidation.missing', { names: s.missing.join(', ') })}</p>}
          </div>
        )}
      </QueryState>}
      {!periodError && <QueryState query={overview}>
        {(o) => (
          <>
            <Text as="h2" size={500} weight="semibold" style={{ margin: '4px 0 0' }}>{t('consolidation.charts.heading', { label: o.label })}</Text>
            {o.submitted.length === 0 ? <Text>{t('consolidation.charts.empty', { label: o.label })}</Text> : <ProvinceCharts data={o} />}
          </>
        )}
      </QueryState>}
    </div>
  );
}
