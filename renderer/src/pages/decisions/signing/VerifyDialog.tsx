import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfVerification } from '../../../../../shared/api';
import { useApiMutation } from '../../../api/queries';
import { FormDialog } from '../../../components/form/FormDialog';
import { FileField } from './FileField';
import { readUpload, UploadProblem } from './uploads';
import { VerificationResult } from './VerificationResult';

/**
 * "Kiểm tra chữ ký": any signed PDF (received by email or Zalo) checked without saving anything.
 * Shows both verdicts: integrity and trust.
 */
export function VerifyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const verify = useApiMutation('decisions.verify');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ fileName: string; verification: PdfVerification } | null>(null);

  const submit = async () => {
    if (!file) return setError(t('decisions.choosePdf'));
    try {
      const pdf = await readUpload(file, 20, (mb) => t('decisions.fileTooLarge', { mb }));
      verify.mutate({ pdf }, { onSuccess: (verification) => setResult({ fileName: file.name, verification }), onError: (e) => setError(e.message) });
    } catch (e) {
      setError(e instanceof UploadProblem ? e.message : String(e));
    }
  };

  if (result) {
    return (
      <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('decisions.verification')}: {result.fileName}</DialogTitle>
            <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: '10px' }} data-testid="verification">
              {result.verification.signatures.length === 0
                ? <MessageBar intent="error" role="alert"><MessageBarBody>{result.verification.verdict}</MessageBarBody></MessageBar>
                : <VerificationResult signatures={result.verification.signatures} message={result.verification.verdict} />}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => { setResult(null); setFile(null); }}>{t('signing.verifyAgain')}</Button>
              <Button appearance="primary" onClick={onClose}>{t('common.close')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    );
  }

  return (
    <FormDialog open title={t('signing.verifyTitle')} busy={verify.isPending} error={error}
      submitLabel={t('signing.verifySubmit')} busyLabel={t('signing.verifying')} onSubmit={() => void submit()} onClose={onClose}>
      <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('signing.verifyIntro')}</MessageBarBody></MessageBar>
      <FileField label={t('decisions.signedPdf')} accept="application/pdf,.pdf" required onFile={(f) => { setFile(f); setError(null); }} />
    </FormDialog>
  );
}
