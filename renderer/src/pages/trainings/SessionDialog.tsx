import { makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '../../../../shared/api';
import { ORGANISER_KINDS, TRAINING_FORMATS, type TrainingSessionDetail } from '../../../../shared/api/trainings';
import { useApiMutation } from '../../api/queries';
import { choicesOf, ChoiceField, DateField, TextField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';
import { todayTyped } from '../../lib/dates';
import { sessionInput, sessionValues, trainerDrafts, type TrainerDraft } from './session-form';
import { TopicPicker } from './TopicPicker';
import { TrainersField } from './TrainersField';

const useStyles = makeStyles({
  three: { display: 'grid', gridTemplateColumns: '1.4fr 1fr 1fr', gap: '10px 16px', alignItems: 'start' },
  two: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '10px 16px', alignItems: 'start' },
});

/** The first message about any trainer row ("trainers", "trainers.1", "trainers.1.name"). */
const trainerError = (errors: Record<string, string>) =>
  Object.entries(errors).find(([path]) => path === 'trainers' || path.startsWith('trainers.'))?.[1];

/**
 * Plans a session or corrects one (a held session too: the change goes to the audit log).
 * Title, topics, when and where, how, who organises and trains, and for whom.
 */
export function SessionDialog({ session, onClose, onCreated }: {
  session: TrainingSessionDetail | null; onClose: () => void; onCreated?: (id: string) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const form = useForm(sessionValues(session, todayTyped()));
  const [topicIds, setTopicIds] = useState<string[]>(session?.topics.map((x) => x.id) ?? []);
  const [trainers, setTrainers] = useState<TrainerDraft[]>(trainerDrafts(session?.trainers ?? []));
  const create = useApiMutation('trainings.create');
  const update = useApiMutation('trainings.update');

  const submit = () => {
    const fields = sessionInput(form.values, topicIds, trainers);
    if (session) {
      const input = { ...fields, id: session.id, version: session.version };
      if (form.check(operations['trainings.update'].input, input)) update.mutate(input, { onSuccess: onClose, onError: form.refused });
    } else if (form.check(operations['trainings.create'].input, fields)) {
      create.mutate(fields, { onSuccess: (s) => (onCreated ? onCreated(s.id) : onClose()), onError: form.refused });
    }
  };

  return (
    <FormDialog
      dirty={form.dirty}
      open
      wide
      title={session ? t('trainings.editTitle') : t('trainings.addTitle')}
      busy={create.isPending || update.isPending}
      error={form.formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField label={t('trainings.sessionTitle')} required hint={t('trainings.sessionTitleHint')} {...form.field('title')} />
      <TopicPicker selected={topicIds} onChange={setTopicIds} error={form.errors['topicIds']} />
      <div className={styles.three}>
        <DateField label={t('trainings.date')} required {...form.field('date')} />
        <TextField label={t('trainings.startTime')} placeholder="08:00" inputMode="numeric" {...form.field('startTime')} />
        <TextField label={t('trainings.endTime')} placeholder="11:30" inputMode="numeric" {...form.field('endTime')} />
      </div>
      <div className={styles.two}>
        <TextField label={t('trainings.place')} {...form.field('place')} />
        <ChoiceField label={t('trainings.format')} required choices={choicesOf(TRAINING_FORMATS)} {...form.field('format')} />
        <ChoiceField label={t('trainings.organiserKind')} required choices={choicesOf(ORGANISER_KINDS)} {...form.field('organiserKind')} />
        <TextField label={t('trainings.organiserName')} hint={t('trainings.organiserNameHint')} {...form.field('organiserName')} />
        {form.values.organiserKind !== 'commune' && (
          <ChoiceField
            label={t('trainings.coOrganised')}
            hint={t('trainings.coOrganisedHint')}
            choices={[{ value: 'no', label: t('trainings.organiserAlone') }, { value: 'yes', label: t('trainings.organiserWithCommune') }]}
            {...form.field('coOrganised')}
          />
        )}
      </div>
      <TrainersField trainers={trainers} onChange={setTrainers} error={trainerError(form.errors)} />
      <TextField label={t('trainings.audience')} hint={t('trainings.audienceHint')} {...form.field('audience')} />
      <TextField label={t('trainings.note')} {...form.field('note')} />
    </FormDialog>
  );
}
