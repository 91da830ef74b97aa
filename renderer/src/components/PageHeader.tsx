import { makeStyles, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: '12px', marginBottom: '4px', flexWrap: 'wrap' },
  title: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: '4px' },
  heading: { margin: 0 },
  actions: { display: 'flex', gap: '8px', alignItems: 'center' },
});

export function PageHeader({ title, subtitle, children }: { title: ReactNode; subtitle?: ReactNode; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.title}>
        <Text as="h1" size={600} weight="semibold" block className={styles.heading}>{title}</Text>
        {subtitle && <Text size={300}>{subtitle}</Text>}
      </div>
      <div className={styles.actions}>{children}</div>
    </header>
  );
}
