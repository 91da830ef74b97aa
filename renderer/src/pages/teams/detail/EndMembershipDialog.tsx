import { useTranslation } from 'react-i18next';
import { operations, type Membership } from '../../../../../shared/api';
import { useApiMutation } from '../../../api/queries';
import { DateField, TextField } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { useForm } from '../../../components/form/use-form';
import { parseDate, todayTyped } from '../../../lib/dates';

/** A member leaves from a date (kept in "Đã rời tổ"); the person stays in the register. */
export function EndMembershipDialog({ membership, onClose }: { membership: Membership; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ on: todayTyped(), reason: '' });
  const end = useApiMutation('teams.endMembership');
  const submit = () => {
    const input = { membershipId: membership.id, version: membership.version, on: parseDate(form.values.on), reason: form.values.reason };
    if (form.check(operations['teams.endMembership'].input, input)) end.mutate(input, { onSuccess: onClose, onError: form.refused });
  };
  return (
    <FormDialog open title={t('team.endTitle', { name: membership.fullName })} busy={end.isPending}
      error={form.formError} submitLabel={t('team.confirmEnd')} onSubmit={submit} onClose={onClose}>
      <DateField label={t('team.endOn')} required {...form.field('on')} />
      <TextField label={t('team.reason')} {...form.field('reason')} />
    </FormDialog>
  );
}
