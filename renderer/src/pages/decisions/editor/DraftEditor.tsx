import {
  Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type DecisionDetail } from '../../../../../shared/api';
import { useApiMutation, useApiQuery } from '../../../api/queries';
import type { ApiError } from '../../../api/errors';
import { ChoiceField, TextField } from '../../../components/form/fields';
import { scoped, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form-errors';
import { DeleteDraftDialog } from '../DeleteDraftDialog';
import { IssueDialog } from '../IssueDialog';
import { ArticlesEditor } from './ArticlesEditor';
import { signerChoices, updateInput, valuesOf, type DraftValues } from './draft-values';
import { LineListEditor } from './LineListEditor';
import { useUnsavedGuard } from '../../../components/unsaved/use-unsaved-guard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  toolbar: {
    position: 'sticky', top: '-20px', zIndex: 1, display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap',
    padding: '8px 0', backgroundColor: tokens.colorNeutralBackground2,
  },
  state: { color: tokens.colorNeutralForeground3, marginLeft: '4px' },
});

interface Props {
  decision: DecisionDetail;
  /** Fetches the decision again (after a conflict) and returns what the server holds now. */
  reload: () => Promise<DecisionDetail | undefined>;
  onDeleted: () => void;
}

/** The texts of a draft decision; saving names the version read, issuing freezes it. */
export function DraftEditor({ decision, reload, onDeleted }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const commune = useApiQuery('commune.get', {});
  const [values, setValues] = useState<DraftValues>(() => valuesOf(decision));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const [open, setOpen] = useState<'issue' | 'delete' | null>(null);
  const save = useApiMutation('decisions.updateDraft');
  const dirty = JSON.stringify(values) !== JSON.stringify(valuesOf(decision));
  const guard = useUnsavedGuard(dirty); // leaving the editor asks before dropping edits (issue 11)

  const change = <K extends keyof DraftValues>(key: K, value: DraftValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setJustSaved(false);
  };

  const refused = (error: ApiError) => {
    if (error.code === 'CONFLICT') setConflict(error.message);
    else setErrors(serverFieldErrors(error));
  };

  /** Saves when there are changes; `then` runs once the server holds what is on screen. */
  const saveThen = (then?: () => void) => {
    const input = updateInput(decision, values);
    const checked = validate(operations['decisions.updateDraft'].input, input);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    if (!dirty) return then?.();
    save.mutate(input, { onSuccess: () => { setJustSaved(true); then?.(); }, onError: refused });
  };

  const reloadFromServer = async () => {
    const fresh = await reload();
    if (fresh) setValues(valuesOf(fresh));
    setConflict(null);
    setErrors({});
  };

  const signers = signerChoices(commune.data, values.signer, {
    chair: (name) => t('decisions.signerChair', { name }),
    vice: (name) => t('decisions.signerVice', { name }),
  });
  const formError = errors[''] ?? (Object.keys(errors).length ? t('common.fixErrors') : null);
  // A refusal appears above the fields, possibly far above where the officer is typing.
  const scrollHere = (el: HTMLDivElement | null) => el?.scrollIntoView({ block: 'center' });

  return (
    <>
    <form className={styles.root} aria-label={t('decisions.editor')} onSubmit={(e) => { e.preventDefault(); saveThen(); }} noValidate>
      <div className={styles.toolbar}>
        <Button appearance="primary" type="submit" disabled={save.isPending}>{save.isPending ? t('common.saving') : t('decisions.saveDraft')}</Button>
        <Button type="button" disabled={save.isPending} onClick={() => saveThen(() => setOpen('issue'))}>{t('decisions.issue')}</Button>
        <Button type="button" appearance="subtle" onClick={() => setOpen('delete')}>{t('decisions.deleteDraft')}</Button>
        <Text size={200} className={styles.state} data-testid="draft-state">
          {dirty ? t('decisions.unsaved') : justSaved ? t('decisions.saved') : ''}
        </Text>
      </div>
      {conflict && (
        <MessageBar ref={scrollHere} intent="error" layout="multiline" role="alert" data-testid="draft-conflict">
          <MessageBarBody><MessageBarTitle>{t('decisions.conflict')}</MessageBarTitle>{conflict}</MessageBarBody>
          <MessageBarActions><Button onClick={() => void reloadFromServer()}>{t('common.conflictReload')}</Button></MessageBarActions>
        </MessageBar>
      )}
      {formError && (
        <MessageBar ref={scrollHere} intent="error" layout="multiline" role="alert"><MessageBarBody>{formError}</MessageBarBody></MessageBar>
      )}
      <ChoiceField label={t('decisions.authority')} required value={values.authority}
        onChange={(v) => change('authority', v as DraftValues['authority'])}
        choices={[{ value: 'chair', label: t('decisions.authorityChair') }, { value: 'collective', label: t('decisions.authorityCollective') }]} />
      <ChoiceField label={t('decisions.signerChoice')} required value={values.signer} error={errors['signerName']}
        onChange={(v) => change('signer', v)} choices={signers} />
      <Field label={t('decisions.trichYeu')} required validationMessage={errors['title']}>
        <Textarea value={values.title} rows={2} resize="vertical" onChange={(_, d) => change('title', d.value)} />
      </Field>
      <LineListEditor label={t('decisions.canCu')} hint={t('decisions.canCuHint')} lineLabel={(n) => t('decisions.canCuLine', { n })}
        required addLabel={t('decisions.addCanCu')} lines={values.canCu} onChange={(v) => change('canCu', v)}
        errors={{ ...scoped(errors, 'canCu'), '': errors['canCu'] ?? '' }} rows={2} />
      <TextField label={t('decisions.deNghi')} required value={values.deNghi} error={errors['deNghi']} onChange={(v) => change('deNghi', v)} />
      <ArticlesEditor articles={values.articles} onChange={(v) => change('articles', v)}
        errors={{ ...scoped(errors, 'articles'), '': errors['articles'] ?? '' }} />
      <LineListEditor label={t('decisions.recipients')} hint={t('decisions.recipientsHint')} lineLabel={(n) => t('decisions.recipientLine', { n })}
        required addLabel={t('decisions.addRecipient')} lines={values.recipients} onChange={(v) => change('recipients', v)}
        errors={{ ...scoped(errors, 'recipients'), '': errors['recipients'] ?? '' }} rows={1} />
    </form>
    {/* Outside the form: React bubbles a dialog's submit through its portal to the enclosing form. */}
    {open === 'issue' && <IssueDialog decision={decision} onClose={() => setOpen(null)} />}
    {open === 'delete' && <DeleteDraftDialog decision={decision} onClose={() => setOpen(null)} onDeleted={onDeleted} />}
    {guard.question}
    </>
  );
}
