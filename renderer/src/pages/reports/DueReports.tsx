import { Button, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueReport } from '../../../../shared/api/reports';
import type { ReportPeriod } from '../../../../shared/reports/periods';
import { useApiQuery } from '../../api/queries';

const useStyles = makeStyles({
  chips: { display: 'flex', gap: '6px', flexWrap: 'wrap', marginTop: '6px' },
});

const SHOWN = 6;

/**
 * Periods that have closed without a report, newest first (the one to send now leads); a click
 * opens that period. Older ones fold away: a commune that starts using the app late has many.
 */
export function DueReports({ current, onOpen }: { current: ReportPeriod; onOpen: (p: DueReport) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const due = useApiQuery('reports.due', {});
  if (!due.data) return null;
  if (!due.data.length) {
    return (
      <MessageBar intent="success" data-testid="due-reports">
        <MessageBarBody>{t('reports.noneDue')}</MessageBarBody>
      </MessageBar>
    );
  }
  const newest = [...due.data].reverse();
  const shown = all ? newest : newest.slice(0, SHOWN);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="due-reports">
      <MessageBarBody>
        <MessageBarTitle>{t('reports.dueTitle', { count: due.data.length })}</MessageBarTitle>
        {t('reports.dueHint')}
        <div className={styles.chips}>
          {shown.map((p) => (
            <Button
              key={p.code}
              size="small"
              appearance={p.code === current.code ? 'primary' : 'secondary'}
              onClick={() => onOpen(p)}
            >
              {t('reports.dueItem', { label: p.label, days: p.daysOverdue })}
            </Button>
          ))}
          {newest.length > SHOWN && (
            <Link as="button" onClick={() => setAll(!all)}>
              {all ? t('reports.dueFewer') : t('reports.dueAll', { count: newest.length })}
            </Link>
          )}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
