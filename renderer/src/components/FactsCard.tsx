import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px', alignItems: 'baseline' },
  label: { color: tokens.colorNeutralForeground3 },
});

export type Fact = [label: string, value: ReactNode];

/** A titled card of label / value rows: the "at a glance" block of a team, session or decision. */
export function FactsCard({ title, facts }: { title: string; facts: Fact[] }) {
  const styles = useStyles();
  return (
    <Card aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <div className={styles.grid}>
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <Text className={styles.label}>{label}</Text>
            <div>{value}</div>
          </div>
        ))}
      </div>
    </Card>
  );
}
