import { Button, Card, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DecisionFile } from '../../../../../shared/api';
import { useApi } from '../../../api/context';
import { formatDateTime } from '../../../lib/dates';
import { useFileDownload } from '../use-file-download';
import { SignatureResult } from './SignatureResult';

const useStyles = makeStyles({
  card: { gap: '10px' },
  file: { display: 'flex', flexDirection: 'column', gap: '6px', paddingTop: '8px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', alignItems: 'center', gap: '8px' },
  name: { flexGrow: 1, display: 'flex', flexDirection: 'column', wordBreak: 'break-all' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The signed PDFs archived with the decision (signed here or imported), each with its check. */
export function SignedFiles({ files }: { files: DecisionFile[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApi();
  const { busy, error, download } = useFileDownload();
  return (
    <Card className={styles.card} aria-label={t('decisions.files')} data-testid="signed-files">
      <Text weight="semibold">{t('decisions.files')}</Text>
      {error && <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      {files.length === 0 && <Text className={styles.muted}>{t('decisions.filesNone')}</Text>}
      {files.map((f) => (
        <div key={f.id} className={styles.file} data-testid="signed-file">
          <div className={styles.head}>
            <div className={styles.name}>
              <Text weight="semibold">{f.fileName}</Text>
              <Text size={200} className={styles.muted}>
                {f.source === 'imported' ? t('decisions.sourceImported') : t('decisions.sourceInApp')} · {formatDateTime(f.createdAt)}
              </Text>
            </div>
            <Button size="small" disabled={busy === f.id} aria-label={`${t('decisions.download')}: ${f.fileName}`}
              onClick={() => void download(f.id, () => api.call('decisions.downloadSigned', { fileId: f.id }))}>
              {t('decisions.download')}
            </Button>
          </div>
          {f.signatures.map((s, i) => <SignatureResult key={i} signature={s} />)}
        </div>
      ))}
    </Card>
  );
}
