import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TeamHistoryEntry } from '../../../../../shared/api';
import { formatDateTime } from '../../../lib/dates';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { display: 'grid', gridTemplateColumns: '140px 1fr', gap: '12px' },
  when: { color: tokens.colorNeutralForeground3 },
});

/** What happened to the team, newest first, in the back end's own Vietnamese sentences. */
export function TeamHistory({ entries }: { entries: TeamHistoryEntry[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!entries.length) return <Text>{t('team.noHistory')}</Text>;
  const newestFirst = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className={styles.list}>
      {newestFirst.map((e, i) => (
        <li key={`${e.at}-${i}`} className={styles.item}>
          <Text className={styles.when}>{formatDateTime(e.at)}</Text>
          <Text>{e.summary}</Text>
        </li>
      ))}
    </ol>
  );
}
