import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, MessageBar, MessageBarBody,
  Text, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustedCa } from '../../../../../shared/api';
import { useApiMutation, useApiQuery } from '../../../api/queries';
import { formatDate } from '../../../lib/dates';
import { FileField } from './FileField';
import { readUpload, UploadProblem } from './uploads';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { display: 'flex', flexDirection: 'column', gap: '8px', margin: 0, padding: 0, listStyle: 'none' },
  item: {
    display: 'flex', gap: '10px', alignItems: 'flex-start', padding: '8px 10px', borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  facts: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, wordBreak: 'break-all' },
  muted: { color: tokens.colorNeutralForeground3 },
  add: { display: 'flex', gap: '10px', alignItems: 'flex-end', flexWrap: 'wrap' },
});

/**
 * The office's trust store (issue 8 §4): the CAs whose certificates make a signature trusted.
 * Adding reads the CA's public certificate file; removing asks first. Both are audited.
 */
export function TrustStoreDialog({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const list = useApiQuery('trust.list', {});
  const add = useApiMutation('trust.add');
  const remove = useApiMutation('trust.remove');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<TrustedCa | null>(null);

  const submit = async () => {
    if (!file) return setMessage({ intent: 'error', text: t('signing.trustChooseFile') });
    try {
      const bytes = await readUpload(file, 1, (mb) => t('decisions.fileTooLarge', { mb }));
      add.mutate({ fileName: file.name, file: bytes }, {
        onSuccess: (added) => {
          setMessage({ intent: 'success', text: t('signing.trustAdded', { names: added.map((c) => c.commonName).join(', ') }) });
          setFile(null);
          setFileKey((k) => k + 1);
        },
        onError: (e) => setMessage({ intent: 'error', text: e.message }),
      });
    } catch (e) {
      setMessage({ intent: 'error', text: e instanceof UploadProblem ? e.message : String(e) });
    }
  };

  const cas = list.data ?? [];
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface style={{ maxWidth: '760px' }}>
        <DialogBody>
          <DialogTitle>{t('signing.trustTitle')}</DialogTitle>
          <DialogContent className={styles.content} data-testid="trust-store">
            <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('signing.trustIntro')}</MessageBarBody></MessageBar>
            {message && (
              <MessageBar intent={message.intent} layout="multiline" role={message.intent === 'error' ? 'alert' : 'status'}>
                <MessageBarBody>{message.text}</MessageBarBody>
              </MessageBar>
            )}
            {list.isSuccess && cas.length === 0 && <Text className={styles.muted}>{t('signing.trustEmpty')}</Text>}
            <ul className={styles.list} aria-label={t('signing.trustTitle')}>
              {cas.map((ca) => (
                <li key={ca.id} className={styles.item} data-testid="trusted-ca">
                  <div className={styles.facts}>
                    <Text weight="semibold">{ca.commonName}</Text>
                    <Text size={200} className={styles.muted}>{ca.subject}</Text>
                    <Text size={200} className={styles.muted}>
                      {t('signing.trustValidity', { from: formatDate(ca.notBefore.slice(0, 10)), to: formatDate(ca.notAfter.slice(0, 10)) })}
                    </Text>
                    <Text size={100} className={styles.muted}>{t('signing.fingerprint')} {ca.fingerprint}</Text>
                  </div>
                  <Button size="small" aria-label={`${t('signing.trustRemove')}: ${ca.commonName}`} onClick={() => setConfirming(ca)}>
                    {t('signing.trustRemove')}
                  </Button>
                </li>
              ))}
            </ul>
            {confirming && (
              <MessageBar intent="warning" layout="multiline" role="alert">
                <MessageBarBody>
                  {t('signing.trustRemoveConfirm', { name: confirming.commonName })}{' '}
                  <Button size="small" appearance="primary" disabled={remove.isPending}
                    onClick={() => remove.mutate({ id: confirming.id }, {
                      onSuccess: () => setConfirming(null),
                      onError: (e) => { setConfirming(null); setMessage({ intent: 'error', text: e.message }); },
                    })}>
                    {t('signing.trustRemove')}
                  </Button>{' '}
                  <Button size="small" onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
                </MessageBarBody>
              </MessageBar>
            )}
            <form className={styles.add} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
              <FileField key={fileKey} label={t('signing.trustFile')} accept=".cer,.crt,.pem,.der,.p7b,.p7c" onFile={(f) => { setFile(f); setMessage(null); }} />
              <Button type="submit" disabled={add.isPending}>{add.isPending ? t('signing.trustAdding') : t('signing.trustAdd')}</Button>
            </form>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>{t('common.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
