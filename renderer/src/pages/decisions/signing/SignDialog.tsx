import { Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail } from '../../../../../shared/api';
import { useApi } from '../../../api/context';
import { useApiMutation } from '../../../api/queries';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form-errors';
import { FileField } from './FileField';
import { isPng, readUpload, UploadProblem } from './uploads';

type Chosen = { p12: File | null; signatureImage: File | null; sealImage: File | null };

/**
 * Signs the issued decision with a PKCS#12 file (.p12/.pfx). The password lives only in this
 * dialog's state for the one call: nothing is stored, and closing the dialog forgets it.
 * The signed PDF is archived with the decision and offered for saving.
 */
export function SignDialog({ decision, onClose, onSigned }: { decision: DecisionDetail; onClose: () => void; onSigned: (fileName: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const sign = useApiMutation('decisions.sign');
  const [files, setFiles] = useState<Chosen>({ p12: null, signatureImage: null, sealImage: null });
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const choose = (key: keyof Chosen) => (file: File | null) => {
    setFiles((f) => ({ ...f, [key]: file }));
    setErrors({});
  };
  const tooLarge = (mb: number) => t('decisions.fileTooLarge', { mb });

  const image = async (file: File | null, key: string, problems: FieldErrors) => {
    if (!file) return undefined;
    const bytes = await readUpload(file, 2, tooLarge);
    if (!isPng(bytes)) problems[key] = t('decisions.notPng');
    return bytes;
  };

  const submit = async () => {
    const problems: FieldErrors = {};
    if (!files.p12) problems['p12'] = t('decisions.chooseP12');
    try {
      const p12 = files.p12 ? await readUpload(files.p12, 1, tooLarge) : null;
      const signatureImagePng = await image(files.signatureImage, 'signatureImagePng', problems);
      const sealImagePng = await image(files.sealImage, 'sealImagePng', problems);
      setErrors(problems);
      if (!p12 || Object.keys(problems).length) return;
      sign.mutate(
        { id: decision.id, p12, password, signatureImagePng, sealImagePng },
        {
          onSuccess: async (file) => {
            setSaving(true);
            try {
              await api.saveFile({ fileName: file.fileName, mimeType: file.mimeType, bytes: file.bytes });
            } finally {
              setSaving(false);
            }
            onSigned(file.fileName);
          },
          onError: (e) => setErrors(serverFieldErrors(e)),
        },
      );
    } catch (e) {
      setErrors({ ...problems, '': e instanceof UploadProblem ? e.message : String(e) });
    }
  };

  const formError = errors[''] ?? (Object.keys(errors).length ? t('common.fixErrors') : null);
  return (
    <FormDialog open title={t('decisions.signTitle')} busy={sign.isPending || saving} error={formError}
      submitLabel={sign.isPending ? t('decisions.signing') : t('decisions.signSubmit')} onSubmit={() => void submit()} onClose={onClose}>
      <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('decisions.signIntro')}</MessageBarBody></MessageBar>
      <FileField label={t('decisions.p12File')} accept=".p12,.pfx,application/x-pkcs12" required onFile={choose('p12')} error={errors['p12']} />
      <Field label={t('decisions.password')} validationMessage={errors['password']}>
        <Input type="password" value={password} autoComplete="off" onChange={(_, d) => setPassword(d.value)} />
      </Field>
      <FileField label={t('decisions.signatureImage')} accept="image/png,.png" onFile={choose('signatureImage')} error={errors['signatureImagePng']} />
      <FileField label={t('decisions.sealImage')} accept="image/png,.png" onFile={choose('sealImage')} error={errors['sealImagePng']} />
    </FormDialog>
  );
}
