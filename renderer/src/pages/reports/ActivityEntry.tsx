import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityGrid } from '../../../../shared/api/reports';
import { useUnsavedGuard } from '../../components/unsaved/use-unsaved-guard';
import { formatDate } from '../../lib/dates';
import { ActivityTable } from './ActivityTable';
import { todayIso } from './period-choice';
import { useRowSaving } from './use-row-saving';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The entry grid of one period with its drafts (remounted per period, so drafts never cross periods). */
export function ActivityEntry({ grid, onReload, onUnsaved }: { grid: ActivityGrid; onReload: () => void; onUnsaved: (count: number) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const saving = useRowSaving(grid);
  const unsaved = saving.dirty.length;
  useEffect(() => onUnsaved(unsaved), [unsaved, onUnsaved]);
  // Leaving the page drops what was typed. A row left for a link is saved as the focus leaves it
  // (then it is "saving" and goes on); one refused (a wrong number) would be lost unseen: ask.
  const guard = useUnsavedGuard(saving.dirty.some((key) => saving.states[key]?.kind !== 'saving'));
  const open = grid.period.from <= todayIso();
  return (
    <div className={styles.root}>
      {!open && (
        <MessageBar intent="info">
          <MessageBarBody>{t('reports.notStarted', { label: grid.period.label, from: formatDate(grid.period.from) })}</MessageBarBody>
        </MessageBar>
      )}
      {grid.rows.length === 0 ? (
        <Text>{t('reports.noTeams')}</Text>
      ) : (
        <ActivityTable grid={grid} saving={saving} open={open} onReload={onReload} />
      )}
      <Text size={200} className={styles.hint}>{t('reports.entryHint')}</Text>
      {guard.question}
    </div>
  );
}
