import { Badge, Card, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TeamDetail } from '../../../../../shared/api';
import { TEAM_LEVELS, TEAM_STATUSES } from '../../../../../shared/domain/vocabulary';
import { formatDate } from '../../../lib/dates';
import { STATUS_COLOR } from '../team-columns';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px', alignItems: 'baseline' },
  label: { color: tokens.colorNeutralForeground3 },
});

/** The team's facts at a glance: level, the villages it serves, status, Zalo group. */
export function TeamInfo({ team }: { team: TeamDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const rows: [string, React.ReactNode][] = [
    [t('teams.level'), TEAM_LEVELS[team.level]],
    [t('teams.villages'), team.villages.length ? team.villages.map((v) => v.name).join(', ') : t('team.villagesNone')],
    [t('teams.status'), <Badge appearance="tint" color={STATUS_COLOR[team.status]}>{TEAM_STATUSES[team.status]}</Badge>],
    [t('teams.established'), formatDate(team.establishedOn) || '—'],
    [
      t('teams.zalo'),
      team.zaloUrl ? <Link href={team.zaloUrl} target="_blank" rel="noreferrer">{team.zaloUrl}</Link> : t('team.zaloNone'),
    ],
  ];
  if (team.note) rows.push([t('teams.note'), team.note]);
  return (
    <Card aria-label={t('team.info')}>
      <Text weight="semibold">{t('team.info')}</Text>
      <div className={styles.grid}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <Text className={styles.label}>{label}</Text>
            <Text>{value}</Text>
          </div>
        ))}
      </div>
    </Card>
  );
}
