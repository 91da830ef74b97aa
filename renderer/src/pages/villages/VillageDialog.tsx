import { useTranslation } from 'react-i18next';
import { operations, type Village } from '../../../../shared/api';
import { VILLAGE_KINDS } from '../../../../shared/domain/vocabulary';
import { useApiMutation } from '../../api/queries';
import { choicesOf, ChoiceField, TextField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';
import { parseCount } from '../../lib/numbers';

const valuesOf = (v: Village | null) => ({
  name: v?.name ?? '',
  kind: v?.kind ?? 'thon',
  households: v?.households?.toString() ?? '',
  population: v?.population?.toString() ?? '',
  note: v?.note ?? '',
});

/** Add a village (thôn, bản, tổ dân phố…) or correct one; the same fields and rules as the back end. */
export function VillageDialog({ village, onClose }: { village: Village | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm(valuesOf(village));
  const create = useApiMutation('villages.create');
  const update = useApiMutation('villages.update');
  const busy = create.isPending || update.isPending;

  const submit = () => {
    const fields = {
      name: form.values.name,
      kind: form.values.kind as Village['kind'],
      households: parseCount(form.values.households),
      population: parseCount(form.values.population),
      note: form.values.note,
    };
    const options = { onSuccess: onClose, onError: form.refused };
    if (village) {
      const input = { ...fields, id: village.id, version: village.version };
      if (form.check(operations['villages.update'].input, input)) update.mutate(input, options);
    } else if (form.check(operations['villages.create'].input, fields)) {
      create.mutate(fields, options);
    }
  };

  return (
    <FormDialog
      dirty={form.dirty}
      open
      title={village ? t('villages.editTitle', { name: village.name }) : t('villages.addTitle')}
      busy={busy}
      error={form.formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField label={t('villages.name')} required hint={t('villages.nameHint')} {...form.field('name')} />
      <ChoiceField label={t('villages.kind')} required choices={choicesOf(VILLAGE_KINDS)} {...form.field('kind')} />
      <TextField label={t('villages.households')} inputMode="numeric" {...form.field('households')} />
      <TextField label={t('villages.population')} inputMode="numeric" {...form.field('population')} />
      <TextField label={t('villages.note')} {...form.field('note')} />
    </FormDialog>
  );
}
