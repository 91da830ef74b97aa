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
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

/**
 * Results against targets as meters, one per indicator, with the full indicator name (the
 * names are long sentences a bar axis would have to cut). A click opens the report entry.
 */
export function ActivityMeters({ data }: { data: Overview }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activity } = data;
  return (
    <ChartCard title={t('overview.activity', { period: activity.periodLabel })} testId="chart-activity" hint={t('overview.chartLink')}>
      <button type="button" className={styles.rows} onClick={() => navigate(`/reports?period=${activity.period}`)}>
        {activity.rows.map((r) => {
          const share = r.target ? Math.min(1, r.result / r.target) : 0;
          return (
            <div key={r.indicatorId} className={styles.row}>
              <span>{r.name}</span>
              <span className={styles.value}>
                {formatCount(r.result)}
                {r.target ? ` / ${formatCount(r.target)}` : ''}
              </span>
              <div className={styles.track} title={r.target ? `${Math.round((r.result / r.target) * 100)}%` : t('overview.noTarget')}>
                <div style={{ width: `${share * 100}%`, height: '100%', backgroundColor: share >= 1 ? CHART_COLORS.good : CHART_COLORS.blue }} />
              </div>
            </div>
          );
        })}
      </button>
    </ChartCard>
  );
}
