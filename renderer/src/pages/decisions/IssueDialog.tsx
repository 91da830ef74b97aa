import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type DecisionDetail } from '../../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DateField, TextField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';
import { parseDate, todayTyped } from '../../lib/dates';
import { parseCount } from '../../lib/numbers';
import { DraftCheckPanel } from './legal/DraftCheckPanel';

/** The year of a typed dd/mm/yyyy date, once it is a real date; numbering restarts each year. */
function yearOf(typed: string): number | null {
  const iso = parseDate(typed);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : d.getUTCFullYear();
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * Issuing: the officer confirms the number (the next free one of the signing year is proposed)
 * and the signing date. A number already used that year is refused by the back end with a
 * message naming the next free one.
 */
export function IssueDialog({ decision, onClose }: { decision: DecisionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ date: todayTyped(), number: '' });
  const [numberTouched, setNumberTouched] = useState(false);
  const year = yearOf(form.values.date);
  const next = useApiQuery('decisions.nextNumber', { year: year ?? 2000 }, { enabled: year !== null });
  const issue = useApiMutation('decisions.issue');
  const proposed = year !== null ? next.data?.number : undefined;
  const { set } = form;

  // Follow the proposal of the chosen year until the officer types a number of their own.
  useEffect(() => {
    if (!numberTouched && proposed !== undefined) set('number', twoDigits(proposed));
  }, [numberTouched, proposed, set]);

  const submit = () => {
    const number = parseCount(form.values.number);
    const input = { id: decision.id, version: decision.version, number: number ?? 0, date: parseDate(form.values.date) };
    const valid = form.check(operations['decisions.issue'].input, input);
    // An empty or non-numeric box: the contract's own message would be zod's English type error.
    if (number === null || !Number.isInteger(number)) return form.setErrors((e) => ({ ...e, number: t('decisions.issueNumberInvalid') }));
    if (!valid) return;
    issue.mutate(input, {
      onSuccess: onClose,
      onError: (error) => {
        form.refused(error);
        if (error.code === 'DUPLICATE') void next.refetch(); // someone may have taken numbers meanwhile
      },
    });
  };

  return (
    <FormDialog open wide title={t('decisions.issueTitle')} busy={issue.isPending} error={form.formError}
      submitLabel={t('decisions.issueSubmit')} busyLabel={t('decisions.issuing')} onSubmit={submit} onClose={onClose}>
      <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('decisions.issueIntro')}</MessageBarBody></MessageBar>
      <DateField label={t('decisions.issueDate')} required {...form.field('date')} />
      <TextField label={t('decisions.issueNumber')} required inputMode="numeric" {...form.field('number')}
        onChange={(v) => { setNumberTouched(true); form.set('number', v); }}
        hint={year !== null && proposed !== undefined ? t('decisions.issueNumberHint', { year, number: twoDigits(proposed) }) : undefined} />
      {decision.check && <DraftCheckPanel check={decision.check} />}
    </FormDialog>
  );
}
