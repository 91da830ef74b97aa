import { useTranslation } from 'react-i18next';
import { operations } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { TextField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';

/** Extends the indicator catalogue (a province may count something the national list does not). */
export function IndicatorDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ name: '', unit: '' });
  const create = useApiMutation('reports.createIndicator');
  const submit = () => {
    const input = { name: form.values.name, unit: form.values.unit };
    if (form.check(operations['reports.createIndicator'].input, input)) {
      create.mutate(input, {
        onSuccess: onClose,
        onError: (error) => (error.code === 'DUPLICATE' ? form.setErrors({ name: error.message }) : form.refused(error)),
      });
    }
  };
  return (
    <FormDialog open dirty={form.dirty} title={t('reports.indicatorTitle')} busy={create.isPending} error={form.formError} onSubmit={submit} onClose={onClose}>
      <TextField label={t('reports.indicatorName')} hint={t('reports.indicatorNameHint')} required {...form.field('name')} />
      <TextField label={t('reports.indicatorUnit')} hint={t('reports.indicatorUnitHint')} required {...form.field('unit')} />
    </FormDialog>
  );
}
