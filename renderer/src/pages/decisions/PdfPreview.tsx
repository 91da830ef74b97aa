import { Button, Card, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail } from '../../../../shared/api';
import { useApi } from '../../api/context';
import { queryKey } from '../../api/queries';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '8px', height: '100%', minHeight: '560px', padding: '10px' },
  bar: { display: 'flex', alignItems: 'center', gap: '8px' },
  title: { flexGrow: 1, display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  frame: { flexGrow: 1, width: '100%', minHeight: '500px', border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: '#525659' },
});

/**
 * The decision as it prints: the back end's PDF shown by the browser's own PDF viewer from a
 * blob: URL (the CSP allows blob: frames for exactly this). A draft's preview follows each saved
 * version (and the live register on each visit); an issued decision's PDF never changes.
 */
export function PdfPreview({ decision }: { decision: DecisionDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApi();
  const frame = useRef<HTMLIFrameElement>(null);
  const [printError, setPrintError] = useState(false);
  const pdf = useQuery({
    // An issued decision prints the same forever; a draft changes with each saved version.
    queryKey: [...queryKey('decisions.exportPdf', { id: decision.id }), decision.status === 'draft' ? decision.version : 'issued'],
    queryFn: () => api.call('decisions.exportPdf', { id: decision.id }),
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!pdf.data) return undefined;
    const next = URL.createObjectURL(new Blob([pdf.data.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [pdf.data]);
  const viewer = typeof navigator === 'undefined' || navigator.pdfViewerEnabled !== false;

  const print = () => {
    setPrintError(false);
    try {
      const win = frame.current?.contentWindow;
      if (!win) throw new Error('no preview');
      win.focus();
      win.print();
    } catch {
      setPrintError(true);
    }
  };

  return (
    <Card className={styles.card} aria-label={t('decisions.preview')}>
      <div className={styles.bar}>
        <div className={styles.title}>
          <Text weight="semibold">{t('decisions.preview')}</Text>
          {decision.status === 'draft' && <Text size={200} className={styles.muted}>{t('decisions.previewSaved')}</Text>}
        </div>
        <Button onClick={print} disabled={!url || !viewer}>{t('decisions.print')}</Button>
      </div>
      {printError && <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t('decisions.printFailed')}</MessageBarBody></MessageBar>}
      {pdf.error && <MessageBar intent="error" layout="multiline" role="alert"><MessageBarBody>{pdf.error.message}</MessageBarBody></MessageBar>}
      {!viewer && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('decisions.previewUnsupported')}</MessageBarBody></MessageBar>}
      {viewer && !url && !pdf.error && <Spinner label={t('decisions.previewLoading')} />}
      {viewer && url && (
        // Page width, no thumbnail pane: the preview column is narrow.
        <iframe ref={frame} key={url} src={`${url}#navpanes=0&view=FitH`} title={t('decisions.preview')} className={styles.frame} data-testid="pdf-preview" />
      )}
    </Card>
  );
}
