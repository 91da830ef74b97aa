import { makeStyles, Table, TableBody, TableCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SupportInfo } from '../../../../shared/api';
import { useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '900px' },
  label: { width: '220px', color: tokens.colorNeutralForeground3 },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all', userSelect: 'text' },
});

/**
 * "Thông tin hỗ trợ" (issue 10): what a support person asks for first, on one screen that can
 * be read out or copied: version, where the data and the logs are, the schema version.
 */
export function SupportPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const info = useApiQuery('support.info', {});
  const rows = (i: SupportInfo): [string, string][] => [
    [t('support.appVersion'), i.appVersion],
    [t('support.dataFolder'), i.dataFolder],
    [t('support.databaseFile'), i.databaseFile],
    [t('support.schema'), t('support.schemaValue', { current: i.schemaVersion, latest: i.latestSchemaVersion })],
    [t('support.logFile'), i.logFile ?? t('support.noLog')],
    [t('support.runtime'), i.runtime],
  ];
  return (
    <div className={styles.page}>
      <PageHeader title={t('support.title')} subtitle={t('support.subtitle')} />
      <QueryState query={info}>
        {(data) => (
          <Table aria-label={t('support.title')} size="small">
            <TableBody>
              {rows(data).map(([label, value]) => (
                <TableRow key={label}>
                  <TableCell className={styles.label}>{label}</TableCell>
                  <TableCell><Text className={styles.value}>{value}</Text></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryState>
    </div>
  );
}
