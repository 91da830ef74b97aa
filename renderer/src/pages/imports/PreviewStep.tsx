import { Badge, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Switch, Text, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/imports';
import type { ApiError } from '../../api/errors';
import { DataGrid } from '../../components/grid/DataGrid';
import { CccdConflicts } from './CccdConflicts';
import { choiceOf, mappedFields, planCounts, type RowChoice, type RowChoices } from './import-plan';
import { previewColumns, type PreviewGridRow } from './preview-columns';
import { formatCount } from '../../lib/numbers';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', flexGrow: 1, minHeight: '300px' },
  fixed: { flexShrink: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: '8px 16px', flexWrap: 'wrap' },
  counts: { display: 'flex', gap: '6px', flexWrap: 'wrap', flexGrow: 1, alignItems: 'center' },
  list: { margin: '4px 0 0', paddingLeft: '20px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  preview: ImportPreview;
  choices: RowChoices;
  onChoose: (rowNumber: number, choice: RowChoice) => void;
  /** The back end's refusal of the last commit: nothing was written. */
  refusal: ApiError | null;
}

const MAX_LISTED = 8;

/** Rows the back end named as blocking the commit (VALIDATION details). */
function refusedRows(error: ApiError): { rowNumber: number; errors: string[] }[] {
  const rows = (error.details as { rows?: unknown } | undefined)?.rows;
  return Array.isArray(rows) ? (rows as { rowNumber: number; errors: string[] }[]) : [];
}

/**
 * Step 3: every row as it will be stored (converted text marked with its old encoding), its
 * errors and warnings, and what to do with it: create, link to a registered person, or skip.
 */
export function PreviewStep({ preview, choices, onChoose, refusal }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const counts = planCounts(preview, choices);
  const choose = useCallback((rowNumber: number, choice: RowChoice) => onChoose(rowNumber, choice), [onChoose]);
  const withProblems = preview.rows.some((r) => r.errors.length || r.warnings.length);
  const columns = useMemo(() => previewColumns(t, mappedFields(preview), withProblems, choose), [t, preview, withProblems, choose]);
  const rows: PreviewGridRow[] = useMemo(
    () => preview.rows
      .filter((r) => !onlyProblems || r.errors.length || r.warnings.length)
      .map((r) => ({ ...r, choice: choiceOf(choices, r) })),
    [preview, choices, onlyProblems],
  );
  const blocked = refusal ? refusedRows(refusal) : [];
  return (
    <section className={styles.root} aria-label={t('imports.steps.preview')}>
      {refusal && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="import-refusal" className={styles.fixed}>
          <MessageBarBody>
            <MessageBarTitle>{t('imports.refusedTitle')}</MessageBarTitle>
            {refusal.message}
            {blocked.length > 0 && (
              <ul className={styles.list}>
                {blocked.slice(0, MAX_LISTED).map((b) => (
                  <li key={b.rowNumber}>{t('imports.refusedRow', { row: b.rowNumber, errors: b.errors.join(' ') })}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={`${styles.bar} ${styles.fixed}`}>
        <div className={styles.counts} data-testid="import-summary">
          <Text weight="semibold">{t('imports.fileSheet', { file: preview.fileName, sheet: preview.sheet })}</Text>
          <Badge appearance="tint" color="brand">{t('imports.countRows', { count: formatCount(preview.rows.length) })}</Badge>
          <Badge appearance="tint" color="success">{t('imports.countCreate', { count: formatCount(counts.create) })}</Badge>
          <Badge appearance="tint" color="informative">{t('imports.countLink', { count: formatCount(counts.link) })}</Badge>
          <Badge appearance="tint" color="subtle">{t('imports.countSkip', { count: formatCount(counts.skip) })}</Badge>
          {preview.summary.withErrors > 0 && <Badge appearance="filled" color="danger">{t('imports.countErrors', { count: formatCount(preview.summary.withErrors) })}</Badge>}
          {preview.summary.converted > 0 && <Badge appearance="tint" color="warning">{t('imports.countConverted', { count: formatCount(preview.summary.converted) })}</Badge>}
        </div>
        <Switch checked={onlyProblems} onChange={(_, d) => setOnlyProblems(d.checked)} label={t('imports.onlyProblems')} />
      </div>
      <CccdConflicts rows={preview.rows} />
      {counts.blocked > 0 && !refusal && (
        <Text className={styles.muted}>{t('imports.blockedHint', { count: formatCount(counts.blocked) })}</Text>
      )}
      <DataGrid
        ariaLabel={t('imports.steps.preview')}
        rows={rows}
        columns={columns}
        getRowId={(r) => String(r.rowNumber)}
        emptyText={onlyProblems ? t('imports.noProblems') : t('imports.noRows')}
      />
    </section>
  );
}
