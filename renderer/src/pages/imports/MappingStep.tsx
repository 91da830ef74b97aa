import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportPreview } from '../../../../shared/api/imports';
import { columnLetter, shownValue } from './import-plan';

const useStyles = makeStyles({
  panel: {
    display: 'flex', flexDirection: 'column', gap: '14px', padding: '16px 20px',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge,
  },
  sheet: { maxWidth: '360px' },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: '10px 20px', alignItems: 'start' },
});

/** What the mapping screen needs; a refused first read (no "Họ và tên" found) gives only the header. */
export interface MappingSource {
  sheets: string[];
  sheet: string | null;
  header: string[];
  rows: ImportPreview['rows'];
}

interface Props {
  source: MappingSource;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  onSheet: (sheet: string) => void;
  busy: boolean;
}

/** First non-empty value of a field in the preview: shows the officer what the column holds. */
function exampleOf(rows: ImportPreview['rows'], field: ImportField): string | undefined {
  return rows.find((r) => r.values[field])?.values[field];
}

/**
 * Step 2: the sheet (when the workbook has several) and, per field, the column that holds it.
 * The back end proposes the mapping: remembered from the last import of a list with the same
 * header, else guessed from the header's wording.
 */
export function MappingStep({ source, mapping, onMapping, onSheet, busy }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const columns = source.header.map((text, i) => ({
    value: String(i),
    label: text ? t('imports.column', { letter: columnLetter(i), text }) : t('imports.columnNoHeader', { letter: columnLetter(i) }),
  }));
  const choose = (field: ImportField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onMapping(next);
  };
  return (
    <section className={styles.panel} aria-label={t('imports.steps.mapping')}>
      {source.sheets.length > 1 && (
        <Field label={t('imports.sheet')} hint={t('imports.sheetHint', { count: source.sheets.length })} className={styles.sheet}>
          <Select value={source.sheet ?? ''} onChange={(_, d) => onSheet(d.value)} disabled={busy}>
            {source.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
          </Select>
        </Field>
      )}
      <Text>{t('imports.mappingIntro')}</Text>
      <div className={styles.fields}>
        {(Object.entries(IMPORT_FIELDS) as [ImportField, string][]).map(([field, label]) => {
          const example = mapping[field] !== undefined ? exampleOf(source.rows, field) : undefined;
          return (
            <Field
              key={field}
              label={label}
              required={field === 'fullName'}
              validationMessage={field === 'fullName' && mapping.fullName === undefined ? t('imports.fullNameRequired') : undefined}
              hint={example ? t('imports.example', { value: shownValue(field, example) }) : undefined}
            >
              <Select value={mapping[field] === undefined ? '' : String(mapping[field])} onChange={(_, d) => choose(field, d.value)}>
                <option value="">{t('imports.notImported')}</option>
                {columns.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
              </Select>
            </Field>
          );
        })}
      </div>
    </section>
  );
}
