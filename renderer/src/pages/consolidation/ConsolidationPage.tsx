import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsolidationVerdict } from '../../../../shared/api/consolidation';
import { useApi } from '../../api/context';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '1200px' },
  row: { display: 'flex', gap: '12px', alignItems: 'end', flexWrap: 'wrap' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: '6px', padding: '24px', textAlign: 'center',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'collapse', '& td, & th': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 8px', textAlign: 'left' } },
});

/** Files dropped or picked: only .xlsx, read into bytes here; the back end checks each. */
async function readFiles(list: Iterable<File>): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files = [...list].filter((f) => f.name.toLowerCase().endsWith('.xlsx'));
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/**
 * Tổng hợp (issue 13): the province's officer drops the communes' report files, sees a verdict
 * per file and who has not submitted, and downloads the provincial workbook.
 */
export function ConsolidationPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApi();
  const [period, setPeriod] = useState('2026-Q3');
  const [names, setNames] = useState('');
  const [verdicts, setVerdicts] = useState<ConsolidationVerdict[]>([]);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const status = useApiQuery('consolidation.status', { period });
  const addCommunes = useApiMutation('consolidation.addCommunes');
  const addReports = useApiMutation('consolidation.addReports');

  const add = async (list: Iterable<File>) => {
    setError(null);
    const files = await readFiles(list);
    if (files.length === 0) return setError(t('consolidation.noFiles'));
    addReports.mutate({ period, files }, { onSuccess: setVerdicts, onError: (e) => setError(e.message) });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void add(e.dataTransfer.files);
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
        <Button appearance="primary" onClick={() => void download()}>{t('consolidation.build')}</Button>
      </PageHeader>
      <div className={styles.row}>
        <Field label={t('consolidation.period')}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value.trim().toUpperCase())} />
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
      {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      <div className={styles.drop} data-testid="report-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <p>{t('consolidation.drop')}</p>
        {/* The browser's own file button speaks the OS language: a button of ours opens it. */}
        <input ref={picker} type="file" multiple accept=".xlsx" hidden aria-label={t('consolidation.pick')} onChange={(e) => e.target.files && void add(e.target.files)} />
        <Button onClick={() => picker.current?.click()}>{t('consolidation.pick')}</Button>
      </div>
      {verdicts.length > 0 && (
        <table className={styles.table} data-testid="verdicts">
          <thead><tr><th>{t('consolidation.file')}</th><th>{t('consolidation.verdict')}</th></tr></thead>
          <tbody>
            {verdicts.map((v) => (
              <tr key={v.file} data-verdict={v.verdict}><td>{v.file}</td><td>{v.stored ? '✓ ' : '✗ '}{v.message}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <QueryState query={status}>
        {(s) => (
          <div data-testid="consolidation-status">
            <strong>{t('consolidation.submitted', { label: s.label, submitted: s.submitted, total: s.communes.length })}</strong>
            {s.missing.length > 0 && <p>{t('consolidation.missing', { names: s.missing.join(', ') })}</p>}
          </div>
        )}
      </QueryState>
    </div>
  );
}
