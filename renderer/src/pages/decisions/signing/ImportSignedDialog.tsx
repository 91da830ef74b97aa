import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail, SignatureSummary } from '../../../../../shared/api';
import { useApiMutation } from '../../../api/queries';
import { FormDialog } from '../../../components/form/FormDialog';
import { FileField } from './FileField';
import { SignatureResult } from './SignatureResult';
import { readUpload, UploadProblem } from './uploads';

/** The signatures the back end reported with a refusal, if it sent them. */
const refusedSignatures = (details: unknown): SignatureSummary[] => {
  const s = (details as { signatures?: unknown } | undefined)?.signatures;
  return Array.isArray(s) ? (s as SignatureSummary[]) : [];
};

interface Outcome {
  ok: boolean;
  message: string;
  signatures: SignatureSummary[];
}

/**
 * A PDF signed outside the app (the CA's tool, a USB token): the back end verifies every
 * signature, checks the file is this issued decision unchanged, and archives it. The officer
 * then sees the verification result.
 */
export function ImportSignedDialog({ decision, onClose }: { decision: DecisionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const importSigned = useApiMutation('decisions.importSigned');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async () => {
    if (!file) return setError(t('decisions.choosePdf'));
    let pdf: Uint8Array;
    try {
      pdf = await readUpload(file, 20, (mb) => t('decisions.fileTooLarge', { mb }));
    } catch (e) {
      return setError(e instanceof UploadProblem ? e.message : String(e));
    }
    const known = new Set(decision.files.map((f) => f.id));
    importSigned.mutate(
      { id: decision.id, fileName: file.name, pdf },
      {
        onSuccess: (d) => {
          const archived = d.files.find((f) => !known.has(f.id));
          setOutcome({ ok: true, message: t('decisions.imported'), signatures: archived?.signatures ?? [] });
        },
        onError: (e) => {
          const signatures = refusedSignatures(e.details);
          if (signatures.length) setOutcome({ ok: false, message: e.message, signatures });
          else setError(e.message);
        },
      },
    );
  };

  if (outcome) {
    return (
      <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('decisions.verification')}</DialogTitle>
            <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: '10px' }} data-testid="verification">
              <MessageBar intent={outcome.ok ? 'success' : 'error'} layout="multiline" role={outcome.ok ? 'status' : 'alert'}>
                <MessageBarBody>{outcome.message}</MessageBarBody>
              </MessageBar>
              {outcome.signatures.map((s, i) => <SignatureResult key={i} signature={s} />)}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={onClose}>{t('common.close')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    );
  }

  return (
    <FormDialog open title={t('decisions.importTitle')} busy={importSigned.isPending} error={error}
      submitLabel={importSigned.isPending ? t('decisions.importing') : t('decisions.importSubmit')} onSubmit={() => void submit()} onClose={onClose}>
      <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('decisions.importIntro')}</MessageBarBody></MessageBar>
      <FileField label={t('decisions.signedPdf')} accept="application/pdf,.pdf" required onFile={(f) => { setFile(f); setError(null); }} />
    </FormDialog>
  );
}
