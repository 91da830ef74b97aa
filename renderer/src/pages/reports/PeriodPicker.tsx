import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, periodRangeText, type PeriodKind, type ReportPeriod } from '../../../../shared/reports/periods';
import { indexChoices, nextPeriod, previousPeriod, switchKind, withIndex, withYear, yearChoices } from './period-choice';

const useStyles = makeStyles({
  root: {
    display: 'flex', alignItems: 'flex-end', gap: '8px 12px', flexWrap: 'wrap', padding: '10px 16px',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge,
  },
  step: { minWidth: '36px' },
  kind: { width: '130px' },
  index: { width: '190px' },
  year: { width: '110px' },
  range: { display: 'flex', flexDirection: 'column', gap: '2px', paddingBottom: '4px', marginLeft: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The reporting period: month, quarter, half-year or year, each from the 15th to the 14th
 * (Nghị định 09/2019). The dates it covers are always shown, since they are not the calendar's.
 */
export function PeriodPicker({ period, onChange }: { period: ReportPeriod; onChange: (p: ReportPeriod) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const indexes = indexChoices(period.kind);
  return (
    <section className={styles.root} aria-label={t('reports.periodPicker')}>
      <Button className={styles.step} onClick={() => onChange(previousPeriod(period))} aria-label={t('reports.previousPeriod')} title={t('reports.previousPeriod')}>‹</Button>
      <Field label={t('reports.periodKind')} className={styles.kind}>
        <Select value={period.kind} onChange={(_, d) => onChange(switchKind(period, d.value as PeriodKind))}>
          {(Object.entries(PERIOD_KINDS) as [PeriodKind, string][]).map(([kind, label]) => <option key={kind} value={kind}>{label}</option>)}
        </Select>
      </Field>
      {indexes.length > 0 && (
        <Field label={t(`reports.periodIndex.${period.kind as 'month' | 'quarter' | 'half'}`)} className={styles.index}>
          <Select value={String(period.index)} onChange={(_, d) => onChange(withIndex(period, Number(d.value)))}>
            {indexes.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </Select>
        </Field>
      )}
      <Field label={t('reports.periodYear')} className={styles.year}>
        <Select value={String(period.year)} onChange={(_, d) => onChange(withYear(period, Number(d.value)))}>
          {yearChoices(period.year).map((y) => <option key={y} value={y}>{y}</option>)}
        </Select>
      </Field>
      <Button className={styles.step} onClick={() => onChange(nextPeriod(period))} aria-label={t('reports.nextPeriod')} title={t('reports.nextPeriod')}>›</Button>
      <div className={styles.range} data-testid="period-range">
        <Text weight="semibold" size={400}>{period.label}</Text>
        <Text className={styles.muted}>{capitalised(periodRangeText(period))}</Text>
      </div>
    </section>
  );
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
