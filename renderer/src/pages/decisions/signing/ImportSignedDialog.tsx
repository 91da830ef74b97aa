import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail, SignatureSummary } from '../../../../../shared/api';
import { useApiMutation } from '../../../api/queries';
import { FormDialog } from '../../../components/form/FormDialog';
import { FileField } from './FileField';
import { fileVerdict } from '../../../../../shared/signing/verdict';
import { VerificationResult } from './VerificationResult';
import { readUpload, UploadProblem } from './uploads';

/** The signatures the back end reported with a refusal, if it sent them. */
const refusedSignatures = (details: unknown): SignatureSummary[] => {
  const s = (details as { signatures?: unknown } | undefined)?.signatures;
  return Array.isArray(s) ? (s as SignatureSummary[]) : [];
};

interface Outcome {
  /** Refused by the back end (nothing archived). */
  refused: boolean;
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
          const signatures = d.files.find((f) => !known.has(f.id))?.signatures ?? [];
          // Kept as received, but "Đã ký số" only when every signer's certificate is trusted.
          const message = d.status === 'signed' ? t('decisions.imported') : t('signing.importedUntrusted', { verdict: fileVerdict(signatures).text });
          setOutcome({ refused: false, message, signatures });
        },
        onError: (e) => {
          const signatures = refusedSignatures(e.details);
          if (signatures.length) setOutcome({ refused: true, message: e.message, signatures });
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
              <VerificationResult signatures={outcome.signatures} message={outcome.message} refused={outcome.refused} />
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
      submitLabel={t('decisions.importSubmit')} busyLabel={t('decisions.importing')} onSubmit={() => void submit()} onClose={onClose}>
      <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('decisions.importIntro')}</MessageBarBody></MessageBar>
      <FileField label={t('decisions.signedPdf')} accept="application/pdf,.pdf" required onFile={(f) => { setFile(f); setError(null); }} />
    </FormDialog>
  );
}
