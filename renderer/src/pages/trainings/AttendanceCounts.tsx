import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceSummary } from '../../../../shared/api/trainings';
import { formatRate, hasMarks } from './format';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: '6px 18px', alignItems: 'baseline' },
  item: { display: 'flex', gap: '6px', alignItems: 'baseline' },
  label: { color: tokens.colorNeutralForeground3 },
  rate: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
});

/**
 * The session's counts and its rate: (present + late) / (invited − excused). Walk-ins are
 * shown apart: they attended, but were not expected, so they do not raise the rate.
 */
export const AttendanceCounts = memo(function AttendanceCounts({ summary, live }: { summary: AttendanceSummary; live?: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const items: [string, number, string][] = [
    [t('trainings.countInvited'), summary.invited, 'invited'],
    [t('trainings.countPresent'), summary.present, 'present'],
    [t('trainings.countLate'), summary.late, 'late'],
    [t('trainings.countExcused'), summary.excused, 'excused'],
    [t('trainings.countAbsent'), summary.absent, 'absent'],
    [t('trainings.countUnmarked'), summary.unmarked, 'unmarked'],
    [t('trainings.countWalkIns'), summary.walkIns, 'walk-ins'],
  ];
  return (
    <div className={styles.root} data-testid="attendance-counts" aria-live={live ? 'polite' : undefined}>
      <span className={styles.item}>
        <Text className={styles.label}>{t('trainings.rate')}</Text>
        <span className={styles.rate} data-testid="attendance-rate">{hasMarks(summary) ? formatRate(summary.rate) : '—'}</span>
      </span>
      {items.map(([label, value, id]) => (
        <span key={id} className={styles.item} data-testid={`count-${id}`}>
          <Text className={styles.label}>{label}</Text>
          <Text weight="semibold">{value}</Text>
        </span>
      ))}
    </div>
  );
});
