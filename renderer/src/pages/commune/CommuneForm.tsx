import { Button, makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type Commune } from '../../../../shared/api';
import { COMMUNE_KINDS } from '../../../../shared/domain/vocabulary';
import { DEFAULT_PROFILE_ID, type RuleProfile } from '../../../../shared/rules/profiles';
import { useApiMutation } from '../../api/queries';
import { choicesOf, ChoiceField, TextField } from '../../components/form/fields';
import { useForm } from '../../components/form/use-form';
import { ProfileField } from './ProfileField';
import { ViceChairsField } from './ViceChairsField';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(240px, 1fr))', gap: '14px 20px', maxWidth: '880px', alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  actions: { gridColumn: '1 / -1', display: 'flex', gap: '8px' },
});

const valuesOf = (c: Commune | null) => ({
  province: c?.province ?? '',
  name: c?.name ?? '',
  kind: c?.kind ?? 'xa',
  placeName: c?.placeName ?? '',
  chairName: c?.chairName ?? '',
  ruleProfileId: c?.ruleProfileId ?? DEFAULT_PROFILE_ID,
});

/** First-run setup and later edits of the commune: names used on decisions, and the rules in force. */
export function CommuneForm({ commune, profiles, onSaved }: { commune: Commune | null; profiles: RuleProfile[]; onSaved: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const form = useForm(valuesOf(commune));
  const [viceChairs, setViceChairs] = useState<string[]>(commune?.viceChairs ?? []);
  const [saved, setSaved] = useState(false);
  const save = useApiMutation('commune.save');
  const allProfiles = commune?.customProfile ? [...profiles, commune.customProfile] : profiles;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const input = {
      ...form.values,
      kind: form.values.kind as Commune['kind'],
      // An empty line left by "Thêm" is not a vice chair.
      viceChairs: viceChairs.filter((n) => n.trim() !== ''),
      customProfile: commune?.customProfile ?? null,
      ...(commune ? { version: commune.version } : {}),
    };
    if (!form.check(operations['commune.save'].input, input)) return;
    save.mutate(input, {
      onSuccess: () => {
        setSaved(true);
        onSaved();
      },
      onError: (error) => form.refused(error),
    });
  };

  // The place name on decisions is usually the commune's own name: follow it until edited.
  const setName = (name: string) => {
    if (form.values.placeName === form.values.name) form.set('placeName', name);
    form.set('name', name);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('commune.editTitle')}>
      {form.formError && (
        <MessageBar intent="error" className={styles.wide} role="alert">
          <MessageBarBody>{form.formError}</MessageBarBody>
        </MessageBar>
      )}
      {saved && !form.formError && (
        <MessageBar intent="success" className={styles.wide}>
          <MessageBarBody>{t('commune.saved')}</MessageBarBody>
        </MessageBar>
      )}
      <TextField label={t('commune.province')} required hint={t('commune.provinceHint')} autoFocus {...form.field('province')} />
      <ChoiceField label={t('commune.kind')} required choices={choicesOf(COMMUNE_KINDS)} {...form.field('kind')} />
      <TextField label={t('commune.name')} required hint={t('commune.nameHint')} {...form.field('name')} onChange={setName} />
      <TextField label={t('commune.placeName')} required hint={t('commune.placeNameHint')} {...form.field('placeName')} />
      <TextField label={t('commune.chairName')} required {...form.field('chairName')} />
      <ViceChairsField names={viceChairs} onChange={setViceChairs} errors={form.errors} />
      <div className={styles.wide}>
        <ProfileField
          profiles={allProfiles}
          value={form.values.ruleProfileId}
          onChange={(id) => form.set('ruleProfileId', id)}
          error={form.errors['ruleProfileId']}
        />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : commune ? t('common.save') : t('commune.saveSetup')}
        </Button>
      </div>
    </form>
  );
}
