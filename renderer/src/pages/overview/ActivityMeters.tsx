import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Overview } from '../../../../shared/api';
import { formatCount } from '../../lib/numbers';
import { CHART_COLORS, ChartCard } from './chart-parts';

const useStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: '4px', cursor: 'pointer', border: 'none', background: 'none', padding: 0, textAlign: 'left', font: 'inherit' },
  row: { display: 'grid', gridTemplateColumns: '1fr 92px', columnGap: '8px', fontSize: '11px', lineHeight: '14px' },
  track: { gridColumn: '1 / 3', height: '7px', backgroundColor: tokens.colorNeutralBackground4, borderRadius: '3px', overflow: 'hidden', printColorAdjust: 'exact' },
  rowButton: {
    font: 'inherit', cursor: 'pointer', border: 'none', background: 'none', padding: 0, textAlign: 'left', width: '100%',
    display: 'grid', gridTemplateColumns: '1fr 92px', columnGap: '8px', fontSize: '11px', lineHeight: '14px',
  },
  list: { display: 'flex', flexDirection: 'column', gap: '4px' },
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

export interface MeterRow { id: string; name: string; result: number; target: number | null }

/**
 * Results against targets as meters, one per indicator, with the full indicator name (the
 * names are long sentences a bar axis would have to cut). `onOpen` without a row: the whole
 * list is one button; with `perRow`, each meter is its own button.
 */
export function MeterList({ rows, onOpen, perRow }: { rows: MeterRow[]; onOpen: (row: MeterRow) => void; perRow?: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const meter = (r: MeterRow) => {
    const share = r.target ? Math.min(1, r.result / r.target) : 0;
    return (
      <>
        <span>{r.name}</span>
        <span className={styles.value}>
          {formatCount(r.result)}
          {r.target ? ` / ${formatCount(r.target)}` : ''}
        </span>
        <div className={styles.track} title={r.target ? `${Math.round((r.result / r.target) * 100)}%` : t('overview.noTarget')}>
          <div style={{ width: `${share * 100}%`, height: '100%', backgroundColor: share >= 1 ? CHART_COLORS.good : CHART_COLORS.blue }} />
        </div>
      </>
    );
  };
  if (perRow) {
    return (
      <div className={styles.list}>
        {rows.map((r) => (
          <button key={r.id} type="button" className={styles.rowButton} data-meter={r.id} onClick={() => onOpen(r)}>{meter(r)}</button>
        ))}
      </div>
    );
  }
  return (
    <button type="button" className={styles.rows} onClick={() => rows[0] && onOpen(rows[0])}>
      {rows.map((r) => <div key={r.id} className={styles.row}>{meter(r)}</div>)}
    </button>
  );
}

/** The commune's results against targets; a click opens the report entry. */
export function ActivityMeters({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activity } = data;
  return (
    <ChartCard title={t('overview.activity', { period: activity.periodLabel })} testId="chart-activity" hint={t('overview.chartLink')}>
      <MeterList
        rows={activity.rows.map((r) => ({ id: r.indicatorId, name: r.name, result: r.result, target: r.target }))}
        onOpen={() => navigate(`/reports?period=${activity.period}`)}
      />
    </ChartCard>
  );
}
