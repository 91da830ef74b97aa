import { Badge, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISER_KINDS, TRAINING_FORMATS, TRAINING_STATUSES, type TrainingSessionDetail } from '../../../../../shared/api/trainings';
import { whenOf } from '../format';
import { SESSION_STATUS_COLOR } from '../training-columns';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px', alignItems: 'baseline' },
  label: { color: tokens.colorNeutralForeground3 },
});

/** The session's facts at a glance: when, where, how, topics, organiser, trainers, audience. */
export function SessionInfo({ session }: { session: TrainingSessionDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const organiser = [ORGANISER_KINDS[session.organiserKind], session.organiserName].filter(Boolean).join(': ');
  const trainers = session.trainers.map((x) => (x.organisation ? `${x.name} (${x.organisation})` : x.name)).join('; ');
  const rows: [string, ReactNode][] = [
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
  return (
    <Card aria-label={t('trainings.info')}>
      <Text weight="semibold">{t('trainings.info')}</Text>
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
