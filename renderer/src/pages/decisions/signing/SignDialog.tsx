import { Field, Input, MessageBar, MessageBarBody, Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail, FileResult } from '../../../../../shared/api';
import { useApi } from '../../../api/context';
import { useApiMutation } from '../../../api/queries';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form-errors';
import { FileField } from './FileField';
import { TokenSignFields, type TokenChoiceState } from './TokenSignFields';
import { isPng, readUpload, UploadProblem } from './uploads';

type Chosen = { p12: File | null; signatureImage: File | null; sealImage: File | null };

/**
 * Signs the issued decision with a PKCS#12 file (.p12/.pfx) or the chair's USB token (PKCS#11,
 * TokenSignFields). The password or PIN lives only in this dialog's state for the one call:
 * nothing is stored, and closing the dialog forgets it. Both go through the same back-end path,
 * so the visible signature (name, time, optional signature and seal images) is the same.
 * The signed PDF is archived with the decision and offered for saving.
 */
export function SignDialog({ decision, onClose, onSigned }: { decision: DecisionDetail; onClose: () => void; onSigned: (fileName: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const sign = useApiMutation('decisions.sign');
  const signWithToken = useApiMutation('decisions.signWithToken');
  const [mode, setMode] = useState<'p12' | 'token'>('p12');
  const [token, setToken] = useState<TokenChoiceState>({ modulePath: '', tokenSerial: null, certificateId: null, pin: '' });
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
    if (mode === 'p12' && !files.p12) problems['p12'] = t('decisions.chooseP12');
    if (mode === 'token' && !token.certificateId) problems['certificateId'] = t('token.chooseCertificate');
    if (mode === 'token' && !token.pin) problems['pin'] = t('token.enterPin');
    try {
      const p12 = files.p12 ? await readUpload(files.p12, 1, tooLarge) : null;
      const signatureImagePng = await image(files.signatureImage, 'signatureImagePng', problems);
      const sealImagePng = await image(files.sealImage, 'sealImagePng', problems);
      setErrors(problems);
      if (Object.keys(problems).length) return;
      const handlers = {
        onSuccess: async (file: FileResult) => {
          setSaving(true);
          try {
            await api.saveFile({ fileName: file.fileName, mimeType: file.mimeType, bytes: file.bytes });
          } finally {
            setSaving(false);
          }
          onSigned(file.fileName);
        },
        onError: (e: Parameters<typeof serverFieldErrors>[0]) => setErrors(serverFieldErrors(e)),
      };
      if (mode === 'token') {
        const pin = token.pin;
        setToken((x) => ({ ...x, pin: '' })); // asked again for the next signing
        signWithToken.mutate({ id: decision.id, modulePath: token.modulePath || undefined, tokenSerial: token.tokenSerial ?? undefined, certificateId: token.certificateId ?? undefined, pin, signatureImagePng, sealImagePng }, handlers);
      } else if (p12) {
        sign.mutate({ id: decision.id, p12, password, signatureImagePng, sealImagePng }, handlers);
      }
    } catch (e) {
      setErrors({ ...problems, '': e instanceof UploadProblem ? e.message : String(e) });
    }
  };

  const formError = errors[''] ?? (Object.keys(errors).length ? t('common.fixErrors') : null);
  return (
    <FormDialog open title={t('decisions.signTitle')} busy={sign.isPending || signWithToken.isPending || saving} error={formError}
      submitLabel={t('decisions.signSubmit')} busyLabel={sign.isPending || signWithToken.isPending ? t('decisions.signing') : undefined} onSubmit={() => void submit()} onClose={onClose}>
      <TabList selectedValue={mode} onTabSelect={(_, d) => { setMode(d.value as 'p12' | 'token'); setErrors({}); }}>
        <Tab value="p12">{t('token.tabP12')}</Tab>
        <Tab value="token">{t('token.tabToken')}</Tab>
      </TabList>
      {mode === 'token' ? <TokenSignFields value={token} onChange={setToken} errors={errors} /> : (
        <>
          <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('decisions.signIntro')}</MessageBarBody></MessageBar>
          <FileField label={t('decisions.p12File')} accept=".p12,.pfx,application/x-pkcs12" required onFile={choose('p12')} error={errors['p12']} />
          <Field label={t('decisions.password')} validationMessage={errors['password']}>
            <Input type="password" value={password} autoComplete="off" onChange={(_, d) => setPassword(d.value)} />
          </Field>
        </>
      )}
      <FileField label={t('decisions.signatureImage')} accept="image/png,.png" onFile={choose('signatureImage')} error={errors['signatureImagePng']} />
      <FileField label={t('decisions.sealImage')} accept="image/png,.png" onFile={choose('sealImage')} error={errors['sealImagePng']} />
    </FormDialog>
  );
}
