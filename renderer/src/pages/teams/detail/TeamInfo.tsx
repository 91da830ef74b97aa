import { Badge, Link } from '@fluentui/react-components';
import { FactsCard, type Fact } from '../../../components/FactsCard';
import { useTranslation } from 'react-i18next';
import type { TeamDetail } from '../../../../../shared/api';
import { TEAM_LEVELS, TEAM_STATUSES } from '../../../../../shared/domain/vocabulary';
import { formatDate } from '../../../lib/dates';
import { STATUS_COLOR } from '../team-columns';

/** The team's facts at a glance: level, the villages it serves, status, Zalo group. */
export function TeamInfo({ team }: { team: TeamDetail }) {
  const { t } = useTranslation();
  const rows: Fact[] = [
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
  return <FactsCard title={t('team.info')} facts={rows} />;
}
