import { Badge } from '@fluentui/react-components';
import { FactsCard, type Fact } from '../../../components/FactsCard';
import { useTranslation } from 'react-i18next';
import { ORGANISER_KINDS, TRAINING_FORMATS, TRAINING_STATUSES, type TrainingSessionDetail } from '../../../../../shared/api/trainings';
import { whenOf } from '../format';
import { SESSION_STATUS_COLOR } from '../training-columns';

/** The session's facts at a glance: when, where, how, topics, organiser, trainers, audience. */
export function SessionInfo({ session }: { session: TrainingSessionDetail }) {
  const { t } = useTranslation();
  const organiser = [ORGANISER_KINDS[session.organiserKind], session.organiserName].filter(Boolean).join(': ');
  const trainers = session.trainers.map((x) => (x.organisation ? `${x.name} (${x.organisation})` : x.name)).join('; ');
  const rows: Fact[] = [
    [t('trainings.status'), <Badge appearance="tint" color={SESSION_STATUS_COLOR[session.status]}>{TRAINING_STATUSES[session.status]}</Badge>],
    [t('trainings.when'), whenOf(session)],
    [t('trainings.place'), session.place ?? '—'],
    [t('trainings.format'), TRAINING_FORMATS[session.format]],
    [t('trainings.topics'), session.topics.map((x) => x.name).join('; ') || t('common.none')],
    [t('trainings.organiser'), organiser],
    [t('trainings.trainers'), trainers || t('common.none')],
    [t('trainings.audience'), session.audience ?? '—'],
  ];
  if (session.note) rows.push([t('trainings.note'), session.note]);
  return <FactsCard title={t('trainings.info')} facts={rows} />;
}
