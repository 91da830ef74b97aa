import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '../../../../shared/api';
import type { UpwardReportRow } from '../../../../shared/api/reports';
import { periodRangeText, type ReportPeriod } from '../../../../shared/reports/periods';
import { useApi } from '../../api/context';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ChoiceField, DateField, TextField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';
import { formatDate, parseDate, todayTyped } from '../../lib/dates';
import { parseCount } from '../../lib/numbers';
import { todayIso } from './period-choice';

export interface BuiltOutcome {
  report: UpwardReportRow;
  saved: boolean;
}

/** The report's date: today, unless the period has not begun yet (a report cannot predate it). */
const defaultDate = (period: ReportPeriod) => (todayIso() < period.from ? formatDate(period.from) : todayTyped());

/**
 * "Lập báo cáo": number (the next free one of the year, proposed), date, form and who prepared
 * it; the back end writes the workbook and records it in the register, then the file is saved.
 */
export function BuildReportDialog({ period, unsaved, onClose, onBuilt }: {
  period: ReportPeriod;
  /** Rows of the entry grid typed but not saved: they would be missing from the report. */
  unsaved: number;
  onClose: () => void;
  onBuilt: (outcome: BuiltOutcome) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({ number: '', date: defaultDate(period), layoutId: 'mac-dinh', preparedBy: '' });
  const year = Number(parseDate(form.values.date).slice(0, 4)) || Number(period.to.slice(0, 4));
  const next = useApiQuery('reports.nextNumber', { year: year >= 2000 && year <= 2100 ? year : 2000 });
  const layouts = useApiQuery('reports.layouts', {});
  // Closing the dialog while the workbook is being built cancels the build (issue 10).
  const building = useRef<AbortController | null>(null);
  const build = useApiMutation('reports.build', { signal: () => building.current?.signal });
  const [savingFile, setSavingFile] = useState(false);

  // Propose the next number of the report's year until the officer types one.
  const typedNumber = useRef(false);
  const { set } = form;
  useEffect(() => {
    if (!typedNumber.current && next.data) set('number', String(next.data.number));
  }, [next.data, set]);

  const submit = () => {
    const number = parseCount(form.values.number);
    const input = {
      period: period.code,
      number,
      date: parseDate(form.values.date),
      layoutId: form.values.layoutId,
      preparedBy: form.values.preparedBy,
    };
    if (Number.isNaN(number)) return form.setErrors({ number: t('reports.numberInvalid') });
    if (!form.check(operations['reports.build'].input, input)) return;
    building.current = new AbortController();
    build.mutate(input, {
      onSuccess: async (built) => {
        setSavingFile(true);
        try {
          const saved = await api.saveFile({ fileName: built.fileName, bytes: built.bytes, mimeType: built.mimeType });
          onBuilt({ report: built.report, saved });
        } catch (e) {
          form.setErrors({ '': e instanceof Error ? e.message : String(e) });
        } finally {
          setSavingFile(false);
        }
      },
      // A number already used by another report belongs under the number.
      onError: (error) => (error.code === 'DUPLICATE' ? form.setErrors({ number: error.message }) : form.refused(error)),
    });
  };

  return (
    <FormDialog
      open
      title={t('reports.buildTitle', { period: period.label })}
      busy={build.isPending || savingFile}
      error={form.formError}
      submitLabel={t('reports.buildSubmit')}
      busyLabel={build.isPending ? t('reports.building') : undefined}
      onSubmit={submit}
      onClose={() => {
        building.current?.abort();
        onClose();
      }}
    >
      <MessageBar intent="info">
        <MessageBarBody>{t('reports.buildRange', { range: periodRangeText(period) })}</MessageBarBody>
      </MessageBar>
      {unsaved > 0 && (
        <MessageBar intent="warning" data-testid="unsaved-rows">
          <MessageBarBody>{t('reports.buildUnsaved', { count: unsaved })}</MessageBarBody>
        </MessageBar>
      )}
      <TextField
        label={t('reports.number')}
        hint={t('reports.numberHint', { symbol: 'BC-UBND' })}
        inputMode="numeric"
        autoFocus
        {...form.field('number')}
        onChange={(v) => { typedNumber.current = true; form.set('number', v); }}
      />
      <DateField label={t('reports.date')} required {...form.field('date')} />
      <ChoiceField
        label={t('reports.layout')}
        choices={(layouts.data ?? [{ id: 'mac-dinh', name: 'Mẫu chung' }]).map((l) => ({ value: l.id, label: l.name }))}
        hint={layouts.data?.find((l) => l.id === form.values.layoutId)?.description}
        {...form.field('layoutId')}
      />
      <TextField label={t('reports.preparedBy')} hint={t('reports.preparedByHint')} {...form.field('preparedBy')} />
    </FormDialog>
  );
}
