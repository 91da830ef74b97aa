import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ReportPeriod } from '../../../../shared/reports/periods';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatDateTime } from '../../lib/dates';

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  hash: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

/**
 * The register of built reports, newest first: what was sent, under which number and date, and
 * the file's fingerprint (SHA-256) so a copy found later can be matched to its entry.
 */
export function ReportRegister({ current }: { current: ReportPeriod }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const reports = useApiQuery('reports.list', {});
  const layouts = useApiQuery('reports.layouts', {});
  const layoutName = (id: string) => layouts.data?.find((l) => l.id === id)?.name ?? id;
  return (
    <QueryState query={reports}>
      {(rows) =>
        rows.length === 0 ? (
          <Text>{t('reports.registerEmpty')}</Text>
        ) : (
          <Table size="small" className={styles.table} aria-label={t('reports.registerTab')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('reports.number')}</TableHeaderCell>
                <TableHeaderCell>{t('reports.date')}</TableHeaderCell>
                <TableHeaderCell>{t('reports.period')}</TableHeaderCell>
                <TableHeaderCell>{t('reports.layout')}</TableHeaderCell>
                <TableHeaderCell>{t('reports.fileName')}</TableHeaderCell>
                <TableHeaderCell>{t('reports.builtAt')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} data-testid="register-row">
                  <TableCell>{r.number === null ? t('reports.noNumber') : r.numberText}</TableCell>
                  <TableCell>{formatDate(r.date)}</TableCell>
                  <TableCell>
                    {r.periodLabel}{' '}
                    {r.period === current.code && <Badge appearance="tint" color="brand">{t('reports.thisPeriod')}</Badge>}
                  </TableCell>
                  <TableCell>{layoutName(r.layoutId)}</TableCell>
                  <TableCell>
                    {r.fileName}
                    <Text size={200} block className={styles.hash} title={r.sha256}>SHA-256 {r.sha256.slice(0, 16)}…</Text>
                  </TableCell>
                  <TableCell>{formatDateTime(r.builtAt)} · {r.builtBy}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      }
    </QueryState>
  );
}
