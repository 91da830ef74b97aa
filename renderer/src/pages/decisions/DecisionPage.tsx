import { Button, Link, makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { DecisionDetail } from '../../../../shared/api';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from './decision-columns';
import { decisionHeading } from './decision-text';
import { DecisionInfo } from './DecisionInfo';
import { DraftEditor } from './editor/DraftEditor';
import { AmendMenu } from './legal/DecisionStanding';
import { DraftCheckPanel } from './legal/DraftCheckPanel';
import { PdfPreview } from './PdfPreview';
import { ImportSignedDialog } from './signing/ImportSignedDialog';
import { SignDialog } from './signing/SignDialog';
import { SignedFiles } from './signing/SignedFiles';
import { useFileDownload } from './use-file-download';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '16px', alignItems: 'start' },
  left: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  // The preview stays in view while the officer scrolls through a long draft.
  right: { position: 'sticky', top: '0', height: 'calc(100vh - 40px)' },
});

export function DecisionPage() {
  const { id = '' } = useParams();
  const decision = useApiQuery('decisions.get', { id });
  const reload = async () => (await decision.refetch()).data;
  return <QueryState query={decision}>{(data) => <DecisionView key={data.id} decision={data} reload={reload} />}</QueryState>;
}

function DecisionView({ decision, reload }: { decision: DecisionDetail; reload: () => Promise<DecisionDetail | undefined> }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const files = useFileDownload();
  const [open, setOpen] = useState<'sign' | 'import' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [amendError, setAmendError] = useState<string | null>(null);
  const isDraft = decision.status === 'draft';
  return (
    <div className={styles.page}>
      <Link href="#/decisions">{t('decisions.back')}</Link>
      <PageHeader title={decisionHeading(t, decision)} subtitle={decision.title}>
        <StatusBadge status={decision.status} />
        {!isDraft && <Button onClick={() => setOpen('sign')}>{t('decisions.sign')}</Button>}
        {!isDraft && <Button onClick={() => setOpen('import')}>{t('decisions.importSigned')}</Button>}
        {!isDraft && <AmendMenu decision={decision} onError={setAmendError} />}
        <Button disabled={files.busy === 'docx'} onClick={() => void files.download('docx', () => api.call('decisions.exportDocx', { id: decision.id }))}>
          {t('decisions.downloadDocx')}
        </Button>
        <Button disabled={files.busy === 'pdf'} onClick={() => void files.download('pdf', () => api.call('decisions.exportPdf', { id: decision.id }))}>
          {t('decisions.downloadPdf')}
        </Button>
        {/* Issue 10: the desktop app prints the issued PDF through the system dialog (A4, no scaling). */}
        {!isDraft && api.printDecision && (
          <Button disabled={files.busy === 'print'} onClick={() => void files.run('print', () => api.printDecision!(decision.id))}>
            {t('decisions.printIssued')}
          </Button>
        )}
      </PageHeader>
      {notice && <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {amendError && <MessageBar intent="error" role="alert"><MessageBarBody>{amendError}</MessageBarBody></MessageBar>}
      {files.error && <MessageBar intent="error" role="alert"><MessageBarBody>{files.error}</MessageBarBody></MessageBar>}
      <div className={styles.columns}>
        <div className={styles.left}>
          <DecisionInfo decision={decision} />
          {/* Blanks and missing căn cứ while writing; the issue dialog adds the teams' rule warnings. */}
          {decision.check && <DraftCheckPanel check={decision.check} withRules={false} />}
          {isDraft
            ? <DraftEditor key={decision.id} decision={decision} reload={reload} onDeleted={() => navigate('/decisions')} />
            : <SignedFiles files={decision.files} />}
        </div>
        <div className={styles.right}>
          <PdfPreview decision={decision} />
        </div>
      </div>
      {open === 'sign' && (
        <SignDialog decision={decision} onClose={() => setOpen(null)}
          onSigned={(fileName) => { setOpen(null); setNotice(t('decisions.signed', { file: fileName })); }} />
      )}
      {open === 'import' && <ImportSignedDialog decision={decision} onClose={() => setOpen(null)} />}
    </div>
  );
}
