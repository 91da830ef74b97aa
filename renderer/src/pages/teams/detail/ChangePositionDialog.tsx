import { useTranslation } from 'react-i18next';
import { operations, type Membership } from '../../../../../shared/api';
import { TEAM_POSITIONS } from '../../../../../shared/domain/vocabulary';
import { useApiMutation } from '../../../api/queries';
import { choicesOf, ChoiceField, DateField } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { useForm } from '../../../components/form/use-form';
import { parseDate, todayTyped } from '../../../lib/dates';

/** A new position from a date: the old seat ends and a new one starts, so history stays true. */
export function ChangePositionDialog({ membership, onClose }: { membership: Membership; onClose: () => void }) {
  const { t } = useTranslation();
  const choices = choicesOf(TEAM_POSITIONS).filter((c) => c.value !== membership.position);
  const form = useForm({ position: choices[0].value, on: todayTyped() });
  const change = useApiMutation('teams.changePosition');
  const submit = () => {
    const input = {
      membershipId: membership.id,
      version: membership.version,
      position: form.values.position as Membership['position'],
      on: parseDate(form.values.on),
    };
    if (form.check(operations['teams.changePosition'].input, input)) change.mutate(input, { onSuccess: onClose, onError: form.refused });
  };
  return (
    <FormDialog open title={t('team.changePositionTitle', { name: membership.fullName })} busy={change.isPending}
      error={form.formError} onSubmit={submit} onClose={onClose}>
      <ChoiceField label={t('team.newPosition')} required choices={choices} {...form.field('position')} />
      <DateField label={t('team.fromDate')} required {...form.field('on')} />
    </FormDialog>
  );
}
