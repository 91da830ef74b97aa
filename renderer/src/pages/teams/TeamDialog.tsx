import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type TeamDetail } from '../../../../shared/api';
import { TEAM_LEVELS } from '../../../../shared/domain/vocabulary';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { choicesOf, ChoiceField, TextField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';
import { OPEN_DOWNWARD } from '../../components/form/positioning';

const valuesOf = (team: TeamDetail | null) => ({
  name: team?.name ?? '',
  level: team?.level ?? 'village',
  zaloUrl: team?.zaloUrl ?? '',
  note: team?.note ?? '',
});

/** Create a team (it starts as "Dự kiến") or edit one: name, level, the villages it serves. */
export function TeamDialog({ team, onClose, onCreated }: { team: TeamDetail | null; onClose: () => void; onCreated?: (id: string) => void }) {
  const { t } = useTranslation();
  const form = useForm(valuesOf(team));
  const [villageIds, setVillageIds] = useState<string[]>(team?.villages.map((v) => v.id) ?? []);
  const villages = useApiQuery('villages.list', { includeInactive: false });
  const create = useApiMutation('teams.create');
  const update = useApiMutation('teams.update');
  const choices = villages.data ?? [];
  const names = new Map(choices.map((v) => [v.id, v.name]));
  const isCommune = form.values.level === 'commune';

  const submit = () => {
    const fields = {
      name: form.values.name,
      level: form.values.level as TeamDetail['level'],
      villageIds: isCommune ? [] : villageIds,
      zaloUrl: form.values.zaloUrl,
      note: form.values.note,
    };
    if (team) {
      const input = { ...fields, id: team.id, version: team.version };
      if (form.check(operations['teams.update'].input, input)) update.mutate(input, { onSuccess: onClose, onError: form.refused });
    } else if (form.check(operations['teams.create'].input, fields)) {
      create.mutate(fields, { onSuccess: (created) => (onCreated ? onCreated(created.id) : onClose()), onError: form.refused });
    }
  };

  return (
    <FormDialog
      dirty={form.dirty}
      open
      title={team ? t('teams.editTitle') : t('teams.addTitle')}
      busy={create.isPending || update.isPending}
      error={form.formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField label={t('teams.name')} required hint={t('teams.nameHint')} {...form.field('name')} />
      <ChoiceField label={t('teams.level')} required choices={choicesOf(TEAM_LEVELS)} {...form.field('level')} />
      <Field label={t('teams.villages')} hint={t('teams.villagesHint')} validationMessage={form.errors['villageIds']}>
        {/* Inline: a portal outside the modal dialog would be hidden from assistive technology. */}
        <Dropdown
          multiselect
          inlinePopup
          positioning={OPEN_DOWNWARD}
          disabled={isCommune}
          aria-label={t('teams.villages')}
          placeholder={t('teams.villagesPlaceholder')}
          selectedOptions={isCommune ? [] : villageIds}
          value={isCommune ? '' : villageIds.map((id) => names.get(id) ?? '').join(', ')}
          onOptionSelect={(_, d) => setVillageIds(d.selectedOptions)}
        >
          {choices.map((v) => (
            <Option key={v.id} value={v.id}>{v.name}</Option>
          ))}
        </Dropdown>
      </Field>
      <TextField label={t('teams.zalo')} hint={t('teams.zaloHint')} type="url" {...form.field('zaloUrl')} />
      <TextField label={t('teams.note')} {...form.field('note')} />
    </FormDialog>
  );
}
