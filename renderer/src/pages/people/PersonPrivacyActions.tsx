import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { useFileDownload } from '../decisions/use-file-download';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center', paddingTop: '8px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** The person's rights on their data: a copy of everything held (PDF/Excel), and deletion. */
export function PersonPrivacyActions({ personId, onDelete }: { personId: string; onDelete: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const api = useApi();
  const { busy, error, download } = useFileDownload();
  const exportAs = (format: 'pdf' | 'xlsx') => download(format, () => api.call('people.exportData', { id: personId, format }));
  return (
    <>
      <div className={styles.row}>
        <Button type="button" disabled={busy !== null} onClick={() => void exportAs('pdf')}>
          {busy === 'pdf' ? t('people.exporting') : t('people.exportPdf')}
        </Button>
        <Button type="button" disabled={busy !== null} onClick={() => void exportAs('xlsx')}>
          {busy === 'xlsx' ? t('people.exporting') : t('people.exportXlsx')}
        </Button>
        <Button type="button" onClick={onDelete}>{t('people.delete')}</Button>
      </div>
      {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
    </>
  );
}
