import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '../../../../../shared/api';
import { ATTENDANCE_MARKS, type MarkResult } from '../../../../../shared/api/trainings';
import { ApiError } from '../../../api/errors';
import { useApiMutation, useApiQuery } from '../../../api/queries';
import { ChoiceField, TextField } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { useForm } from '../../../components/form/use-form';

const ARRIVAL = (['present', 'late'] as const).map((value) => ({ value, label: ATTENDANCE_MARKS[value] }));

/**
 * Someone not on the list turns up: a name and a village (or where they live) is enough. No
 * person or team member is created; they are marked as they arrived.
 */
export function WalkInDialog({ sessionId, onClose, onAdded }: {
  sessionId: string; onClose: () => void; onAdded?: (r: MarkResult) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ fullName: '', villageId: '', place: '', status: 'present', note: '' });
  const villages = useApiQuery('villages.list', { includeInactive: false });
  const add = useApiMutation('trainings.addWalkIn');
  const [duplicate, setDuplicate] = useState<string | null>(null);

  const submit = (confirmDuplicate = false) => {
    const v = form.values;
    const input = {
      sessionId, fullName: v.fullName, villageId: v.villageId || null, place: v.villageId ? null : v.place,
      status: v.status as 'present' | 'late', note: v.note, confirmDuplicate,
    };
    if (!form.check(operations['trainings.addWalkIn'].input, input)) return;
    setDuplicate(null);
    add.mutate(input, {
      onSuccess: (r) => {
        onAdded?.(r);
        onClose();
      },
      // The same name among this session's walk-ins: maybe typed twice, maybe a namesake.
      onError: (e) => (e instanceof ApiError && e.code === 'DUPLICATE' ? setDuplicate(e.message) : form.refused(e)),
    });
  };

  const villageChoices = (villages.data ?? []).map((v) => ({ value: v.id, label: v.name }));
  return (
    <FormDialog
      dirty={form.dirty}
      open
      title={t('trainings.walkInTitle')}
      busy={add.isPending}
      error={form.formError}
      submitLabel={t('trainings.walkInSubmit')}
      onSubmit={() => submit(false)}
      onClose={onClose}
      footer={duplicate && (
        <MessageBar intent="warning" layout="multiline" data-testid="walk-in-duplicate">
          <MessageBarBody>{duplicate}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => submit(true)} disabled={add.isPending}>{t('trainings.walkInConfirm')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    >
      <TextField label={t('trainings.fullName')} required {...form.field('fullName')} />
      <ChoiceField label={t('trainings.walkInVillage')} choices={villageChoices} emptyLabel={t('trainings.walkInElsewhere')} {...form.field('villageId')} />
      {!form.values.villageId && (
        <TextField label={t('trainings.walkInPlace')} hint={t('trainings.walkInPlaceHint')} {...form.field('place')} />
      )}
      <ChoiceField label={t('trainings.walkInArrival')} choices={ARRIVAL} {...form.field('status')} />
      <TextField label={t('trainings.note')} {...form.field('note')} />
    </FormDialog>
  );
}
