import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Overview } from '../../../../shared/api';
import { ChartCard } from './chart-parts';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '1px' },
  list: { margin: 0, paddingLeft: '16px', lineHeight: '17px' },
  more: { color: tokens.colorNeutralForeground3 },
  none: { color: tokens.colorNeutralForeground3, paddingLeft: '16px' },
});

/** At most this many names per group: the overview must stay on one A4 page. */
const SHOWN = 3;

function Group<T>({ title, items, render }: { title: string; items: T[]; render: (item: T) => ReactNode }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.group}>
      <Text size={200} weight="semibold">{title}</Text>
      {items.length === 0 ? (
        <Text size={200} className={styles.none}>{t('overview.nothing')}</Text>
      ) : (
        <ul className={styles.list}>
          {items.slice(0, SHOWN).map((item, i) => <li key={i}><Text size={200}>{render(item)}</Text></li>)}
          {items.length > SHOWN && <li className={styles.more}><Text size={200}>… và {items.length - SHOWN} mục khác</Text></li>}
        </ul>
      )}
    </div>
  );
}

/** What needs the office's hand: each line opens the team, the decision or the report. */
export function AttentionPanel({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const go = (to: string) => (e: { preventDefault: () => void }) => {
    e.preventDefault();
    navigate(to);
  };
  return (
    <ChartCard title={t('overview.attention')} testId="attention">
      <Group
        title={t('overview.ruleBreaches', { count: data.ruleBreaches.length })}
        items={data.ruleBreaches}
        render={(b) => <Link href={`#/teams/${b.teamId}`} onClick={go(`/teams/${b.teamId}`)} title={b.messages.join('\n')}>{b.teamName}</Link>}
      />
      <Group
        title={t('overview.belowSize', { count: data.teamsBelowSize.length })}
        items={data.teamsBelowSize}
        render={(b) => (
          <Link href={`#/teams/${b.teamId}`} onClick={go(`/teams/${b.teamId}`)}>
            {t('overview.belowSizeItem', { name: b.teamName, members: b.members, min: b.min })}
          </Link>
        )}
      />
      <Group
        title={t('overview.consolidationList', { count: data.consolidation.length })}
        items={data.consolidation}
        render={(c) => <Link href={`#/teams/${c.teamId}`} onClick={go(`/teams/${c.teamId}`)}>{c.teamName}</Link>}
      />
      <Group
        title={t('overview.draftsList', { count: data.draftDecisions.length })}
        items={data.draftDecisions}
        render={(d) => <Link href={`#/decisions/${d.id}`} onClick={go(`/decisions/${d.id}`)}>{d.title}</Link>}
      />
      <Group
        title={t('overview.reportsDueList', { count: data.reportsDue.length })}
        items={data.reportsDue.slice().reverse()}
        render={(r) => <Link href={`#/reports?period=${r.code}`} onClick={go(`/reports?period=${r.code}`)}>{r.label} (quá {r.daysOverdue} ngày)</Link>}
      />
    </ChartCard>
  );
}
