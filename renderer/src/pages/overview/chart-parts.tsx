import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * Colours chosen to stay apart when printed in grey (dark / middle / light) and for the
 * usual colour blindness; every bar also carries its number, so print never depends on colour.
 */
export const CHART_COLORS = { good: '#107c10', planned: '#c19c00', bad: '#c50f1f', blue: '#0f6cbd', pink: '#b4009e', grey: '#8a8886' };

export const CHART_WIDTH = 320;
export const CHART_HEIGHT = 180;
export const AXIS_TICK = { fontSize: 11, fill: '#424242' };

const useStyles = makeStyles({
  card: {
    display: 'flex', flexDirection: 'column', gap: '4px', padding: '8px 12px', minWidth: 0, boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: '6px', border: `1px solid ${tokens.colorNeutralStroke2}`,
    breakInside: 'avoid',
  },
  title: { lineHeight: '18px' },
  foot: { color: tokens.colorNeutralForeground2, lineHeight: '16px' },
});

/** One card of the overview: a title, a chart or list, an optional line under it. */
export function ChartCard({ title, foot, children, testId, hint }: { title: ReactNode; foot?: ReactNode; children: ReactNode; testId?: string; hint?: string }) {
  const styles = useStyles();
  return (
    <section className={styles.card} data-testid={testId} aria-label={typeof title === 'string' ? title : undefined} title={hint}>
      <Text weight="semibold" size={300} className={styles.title}>{title}</Text>
      {children}
      {foot && <Text size={200} className={styles.foot}>{foot}</Text>}
    </section>
  );
}

/** Recharts hands a clicked bar's row over as `payload`. */
export function payloadOf<T>(item: unknown): T | undefined {
  return (item as { payload?: T } | undefined)?.payload;
}
