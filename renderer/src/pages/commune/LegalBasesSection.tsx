import { Button, Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { legalBasisInput } from '../../../../shared/api/commune';
import { LEGAL_BASES, LEGAL_BASIS_KEYS, legalBasisLine, type LegalBasis, type LegalBasisKey } from '../../../../shared/decisions/legal-bases';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DateField, TextField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';
import { QueryState } from '../../components/QueryState';
import { formatDate, parseDate } from '../../lib/dates';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px', maxWidth: '880px' },
  row: { display: 'flex', gap: '12px', alignItems: 'center' },
  actions: { display: 'flex', gap: '8px', flexShrink: 0 },
  heading: { marginTop: '12px', marginBottom: 0 },
  intro: { marginTop: 0, marginBottom: 0 },
  text: { display: 'flex', flexDirection: 'column', gap: '2px', flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  line: { fontStyle: 'italic' },
});

/**
 * The căn cứ every decision of the commune cites (issue 8 §1), kept once: new drafts fill them
 * in; one not entered is left out of the draft with a warning, never printed as "…".
 */
export function LegalBasesSection() {
  const styles = useStyles();
  const { t } = useTranslation();
  const bases = useApiQuery('commune.legalBases', {});
  const clear = useApiMutation('commune.clearLegalBasis');
  const [editing, setEditing] = useState<LegalBasisKey | null>(null);
  return (
    <section className={styles.section} aria-label={t('legal.basesTitle')}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>{t('legal.basesTitle')}</Text>
      <Text as="p" block className={mergeClasses(styles.muted, styles.intro)}>{t('legal.basesIntro')}</Text>
      <QueryState query={bases}>
        {(list) => (
          <>
            {LEGAL_BASIS_KEYS.map((key) => {
              const basis = list.find((b) => b.key === key);
              return (
                <Card key={key} aria-label={LEGAL_BASES[key].label}>
                  <div className={styles.row}>
                    <div className={styles.text}>
                      <Text weight="semibold">{LEGAL_BASES[key].label}</Text>
                      {basis
                        ? <Text className={styles.line}>{t('legal.printedAs', { line: legalBasisLine(basis) })}</Text>
                        : <Text className={styles.muted}>{t('legal.notEntered')}</Text>}
                    </div>
                    <div className={styles.actions}>
                      <Button onClick={() => setEditing(key)}>{basis ? t('legal.edit') : t('legal.enter')}</Button>
                      {basis && (
                        <Button disabled={clear.isPending} onClick={() => clear.mutate({ key, version: basis.version })}>{t('legal.clear')}</Button>
                      )}
                    </div>
                  </div>
                </Card>
              );
            })}
            {editing && <LegalBasisDialog basisKey={editing} basis={list.find((b) => b.key === editing) ?? null} onClose={() => setEditing(null)} />}
          </>
        )}
      </QueryState>
    </section>
  );
}

function LegalBasisDialog({ basisKey, basis, onClose }: { basisKey: LegalBasisKey; basis: LegalBasis | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('commune.saveLegalBasis');
  const example = LEGAL_BASES[basisKey].example;
  const form = useForm({
    number: basis?.number ?? '', date: basis ? formatDate(basis.date) : '', issuer: basis?.issuer ?? '', title: basis?.title ?? '',
  });
  const submit = () => {
    const input = { key: basisKey, ...form.values, date: parseDate(form.values.date), version: basis?.version };
    if (form.check(legalBasisInput, input)) save.mutate(input, { onSuccess: onClose, onError: form.refused });
  };
  return (
    <FormDialog open wide title={LEGAL_BASES[basisKey].label} busy={save.isPending} error={form.formError}
      submitLabel={t('legal.saveBasis')} onSubmit={submit} onClose={onClose}>
      <TextField label={t('legal.number')} required {...form.field('number')} hint={t('legal.example', { value: example.number })} />
      <DateField label={t('legal.date')} required {...form.field('date')} />
      <TextField label={t('legal.issuer')} required {...form.field('issuer')} hint={t('legal.example', { value: example.issuer })} />
      <TextField label={t('legal.title')} required {...form.field('title')} hint={t('legal.example', { value: example.title })} />
    </FormDialog>
  );
}
