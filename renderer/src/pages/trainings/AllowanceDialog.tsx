import { Checkbox, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '../../../../shared/api';
import { useApi } from '../../api/context';
import { isApiError } from '../../api/errors';
import { useApiQuery } from '../../api/queries';
import { DateField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';
import { parseDate } from '../../lib/dates';
import { validate } from '../../lib/form-errors';

/**
 * Allowance evidence: for a period, each person's days attended (present or late), as the
 * Excel workbook the commune's accountant pays from. A preview says how many people and days.
 */
export function AllowanceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const year = new Date().getFullYear();
  const form = useForm({ from: `01/01/${year}`, to: `31/12/${year}` });
  const [membersOnly, setMembersOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  const period = { from: parseDate(form.values.from), to: parseDate(form.values.to), membersOnly };
  const valid = validate(operations['trainings.attendanceDays'].input, period).ok;
  const preview = useApiQuery('trainings.attendanceDays', period, { enabled: valid });

  const submit = async () => {
    if (!form.check(operations['trainings.allowanceWorkbook'].input, period)) return;
    setBusy(true);
    try {
      const file = await api.call('trainings.allowanceWorkbook', period);
      if (await api.saveFile(file)) onClose();
    } catch (e) {
      form.setErrors({ '': isApiError(e) ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog open title={t('trainings.allowanceTitle')} busy={busy} error={form.formError}
      submitLabel={t('trainings.allowanceDownload')} onSubmit={() => void submit()} onClose={onClose}>
      <Text>{t('trainings.allowanceIntro')}</Text>
      <DateField label={t('trainings.periodFrom')} required {...form.field('from')} />
      <DateField label={t('trainings.periodTo')} required {...form.field('to')} />
      <Checkbox label={t('trainings.membersOnly')} checked={membersOnly} onChange={(_, d) => setMembersOnly(d.checked === true)} />
      {valid && preview.data && (
        <Text data-testid="allowance-preview">
          {t('trainings.allowancePreview', { people: preview.data.rows.length, sessions: preview.data.totalSessions, days: preview.data.totalDays })}
        </Text>
      )}
    </FormDialog>
  );
}
