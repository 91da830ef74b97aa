import { Button, makeStyles, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '../../../../shared/api';
import type { ColumnMapping, ImportPreview } from '../../../../shared/api/imports';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useForm } from '../../components/form/use-form';
import { PageHeader } from '../../components/PageHeader';
import { parseDate, todayTyped } from '../../lib/dates';
import { validate } from '../../lib/form-errors';
import type { ChosenFile } from './chosen-file';
import { CommitBar } from './CommitBar';
import { FileStep } from './FileStep';
import { commitActions, keepChoices, planCounts, type RowChoice, type RowChoices } from './import-plan';
import { MappingStep, type MappingSource } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep, type ImportOutcome } from './ResultStep';
import type { TargetValues } from './TargetTeamFields';
import { headerOfRefusal, usePreview, type PreviewOutcome } from './use-preview';
import { WizardSteps, type Step } from './WizardSteps';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', flexGrow: 1, minHeight: 0 },
  footer: { display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'flex-end' },
});

const sourceOf = (p: ImportPreview): MappingSource => ({ sheets: p.sheets, sheet: p.sheet, header: p.header, rows: p.rows });
const emptyTarget = (): TargetValues => ({ enabled: '', teamId: '', position: 'thanh_vien', startDate: todayTyped() });

function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ColumnMapping>;
  return [...keys].every((k) => a[k] === b[k]);
}

/**
 * Importing an office's member list: 1 choose the file, 2 sheet and columns, 3 preview with a
 * choice per row, 4 the result. Nothing is written before step 3's commit, which is all or
 * nothing; "Hủy nhập" at any step drops everything and starts again.
 */
export function ImportsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const previewer = usePreview();
  const commit = useApiMutation('imports.commitMembers');
  const teams = useApiQuery('teams.list', { includeDissolved: false }); // the same read as the team picker
  const target = useForm<TargetValues>(emptyTarget());
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [source, setSource] = useState<MappingSource | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [choices, setChoices] = useState<RowChoices>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  /** Takes a new reading; a read without a "Họ và tên" column still gives the header to map. */
  const take = (read: PreviewOutcome, sheets: string[], sheet: string | null): boolean => {
    if (!read) return false;
    if ('preview' in read) {
      setPreview(read.preview);
      setSource(sourceOf(read.preview));
      setMapping(read.preview.mapping);
      setChoices((c) => keepChoices(c, read.preview));
      return true;
    }
    const refused = headerOfRefusal(read.error);
    if (!refused) return false;
    setPreview(null);
    setSource({ sheets, sheet, header: refused.header, rows: [] });
    setMapping(refused.mapping);
    return true;
  };

  const chooseFile = async (chosen: ChosenFile) => {
    setNotice(null);
    setFile(chosen);
    setChoices({});
    if (take(await previewer.run({ file: chosen }), [], null)) setStep('mapping');
  };

  const chooseSheet = async (sheet: string) => {
    if (!file) return;
    setChoices({});
    take(await previewer.run({ file, sheetName: sheet }), source?.sheets ?? [], sheet);
  };

  const chooseMapping = async (next: ColumnMapping) => {
    setMapping(next);
    if (!file || next.fullName === undefined) return;
    const sheet = source?.sheet ?? undefined;
    take(await previewer.run({ file, sheetName: sheet, mapping: next }), source?.sheets ?? [], sheet ?? null);
  };

  const { reset: resetCommit } = commit;
  const onChoose = useCallback((rowNumber: number, choice: RowChoice) => {
    setChoices((c) => ({ ...c, [String(rowNumber)]: choice }));
    resetCommit(); // a changed plan is a new attempt: the old refusal no longer applies
  }, [resetCommit]);

  const restart = () => {
    previewer.cancel();
    commit.reset();
    target.reset(emptyTarget());
    setStep('file');
    setFile(null);
    setPreview(null);
    setSource(null);
    setMapping({});
    setChoices({});
    setNotice(null);
    setOutcome(null);
  };

  const submit = () => {
    if (!file || !preview) return;
    const joining = target.values.enabled === 'yes';
    if (joining && !target.values.teamId) return target.setErrors({ teamId: t('imports.chooseTeam') });
    const input = {
      fileName: file.fileName,
      bytes: file.bytes,
      sheetName: preview.sheet,
      mapping: preview.mapping,
      actions: commitActions(preview, choices),
      target: joining
        ? { teamId: target.values.teamId, position: target.values.position as 'thanh_vien', startDate: parseDate(target.values.startDate) }
        : undefined,
    };
    const checked = validate(operations['imports.commitMembers'].input, input, 'target');
    if (!checked.ok) return target.setErrors(checked.errors);
    commit.mutate(input, {
      onSuccess: (counts) => {
        const teamId = target.values.teamId;
        const team = joining ? { id: teamId, name: teams.data?.find((x) => x.id === teamId)?.name ?? '' } : null;
        setOutcome({ fileName: file.fileName, counts, team });
        setStep('done');
      },
    });
  };

  const upToDate = preview !== null && sameMapping(preview.mapping, mapping);
  const counts = preview ? planCounts(preview, choices) : null;
  const readError = notice ?? (previewer.error && !headerOfRefusal(previewer.error) ? previewer.error.message : null);
  return (
    <div className={styles.page}>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <WizardSteps current={step} />
      {readError && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="import-error">
          <MessageBarBody>{readError}</MessageBarBody>
        </MessageBar>
      )}
      {step === 'file' && (
        <FileStep reading={previewer.pending ? (file?.fileName ?? '') : null} onChosen={chooseFile} onRefused={setNotice} onCancel={restart} />
      )}
      {step === 'mapping' && source && (
        <>
          <MappingStep source={source} mapping={mapping} onMapping={chooseMapping} onSheet={chooseSheet} busy={previewer.pending} />
          <div className={styles.footer}>
            {previewer.pending && <Spinner size="tiny" label={t('imports.updating')} />}
            <Button onClick={restart}>{t('imports.cancel')}</Button>
            <Button appearance="primary" disabled={!upToDate || previewer.pending} onClick={() => setStep('preview')}>
              {t('imports.toPreview')}
            </Button>
          </div>
        </>
      )}
      {step === 'preview' && preview && counts && (
        <>
          <PreviewStep preview={preview} choices={choices} onChoose={onChoose} refusal={commit.error} />
          <CommitBar
            target={target}
            count={counts.create + counts.link}
            busy={commit.isPending}
            onCommit={submit}
            onBack={() => { commit.reset(); setStep('mapping'); }}
            onCancel={restart}
          />
        </>
      )}
      {step === 'done' && outcome && <ResultStep outcome={outcome} onAnother={restart} />}
    </div>
  );
}
