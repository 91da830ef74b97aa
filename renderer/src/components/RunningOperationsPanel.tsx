import { Button, makeStyles, Portal, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { progressText } from '../../../shared/progress';
import { useApi } from '../api/context';
import type { RunningOperation } from '../api/running-operations';

const useStyles = makeStyles({
  // Above dialogs (a report is built from one), beside the work, never covering the navigation.
  panel: {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: 1000000, width: '380px',
    display: 'flex', flexDirection: 'column', gap: '8px',
  },
  card: {
    display: 'flex', flexDirection: 'column', gap: '6px', padding: '12px 14px',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  // Folded: one short line at the corner, so the buttons of a tall dialog behind stay in reach.
  folded: { width: 'auto', alignItems: 'flex-end' },
  chip: {
    display: 'flex', alignItems: 'center', gap: '8px', padding: '4px 6px 4px 12px',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusCircular,
    boxShadow: tokens.shadow8, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  detail: { color: tokens.colorNeutralForeground2 },
});

const NEVER_HIDE_ATTRIBUTE = 'data-tabster-never-hide';

/** Short operations (a one-page PDF) finish before this and never flash a bar. */
const SHOW_AFTER_MS = 300;

/**
 * Every long operation the window is waiting for (issue 10): what is being done, how far
 * (a bar that moves with the back end's progress, or an indeterminate one), and "Hủy". The
 * panel does not block the window: other screens keep working while it runs.
 */
export function RunningOperationsPanel() {
  const styles = useStyles();
  const api = useApi();
  // A dialog open behind (the report is built from one) marks everything else aria-hidden;
  // this panel's portal node (a child of <body>, where the attribute works) is never hidden,
  // so "Hủy" can always be reached. The attribute is Tabster's "never hide" (Fluent's
  // useDangerousNeverHidden_unstable in @fluentui/react-tabster, not re-exported by react-components).
  const keepVisible = useCallback((element: HTMLDivElement | null) => {
    const node = element?.closest('[data-portal-node]');
    node?.setAttribute(NEVER_HIDE_ATTRIBUTE, '');
    node?.removeAttribute('aria-hidden');
  }, []);
  const running = useSyncExternalStore(api.running.subscribe, api.running.list);
  const { t } = useTranslation();
  const [, redraw] = useState(0);
  const [folded, setFolded] = useState(false);
  const now = Date.now();
  const shown = running.filter((op) => now - op.startedAt >= SHOW_AFTER_MS);
  const waiting = running.length > shown.length;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => redraw((n) => n + 1), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [waiting, running]);
  if (shown.length === 0) return null;
  return (
    <Portal>
      <div ref={keepVisible} className={folded ? `${styles.panel} ${styles.folded}` : styles.panel} role="region" aria-label={t('running.label')}>
        {folded ? (
          <div className={styles.chip} data-testid="running-folded">
            <Text size={200}>{t('running.foldedSummary', { count: shown.length, percent: percentOf(shown[0]) })}</Text>
            <Button size="small" appearance="subtle" onClick={() => setFolded(false)}>{t('running.unfold')}</Button>
          </div>
        ) : (
          shown.map((op) => (
            <OperationCard key={op.id} op={op} onCancel={() => api.running.cancel(op.id)} onFold={() => setFolded(true)} />
          ))
        )}
      </div>
    </Portal>
  );
}

/** "45 %" of the first operation, or "" when its size is unknown. */
function percentOf(op: RunningOperation | undefined): string {
  const p = op?.progress;
  return p && p.total ? ` · ${Math.floor(Math.min(1, p.done / p.total) * 100)} %` : '';
}

function OperationCard({ op, onCancel, onFold }: { op: RunningOperation; onCancel: () => void; onFold: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const progress = op.progress;
  const fraction = progress && progress.total ? Math.min(1, progress.done / progress.total) : undefined;
  const detail = op.cancelling ? t('running.cancelling') : progress ? progressText(progress) : t('running.starting');
  return (
    <div className={styles.card} role="group" aria-label={op.title} data-testid="running-operation" data-operation={op.name}>
      <div className={styles.row}>
        <Text weight="semibold">{op.title}</Text>
        <span>
        <Button size="small" appearance="subtle" onClick={onFold}>{t('running.fold')}</Button>
        <Button
          size="small"
          onClick={onCancel}
          disabled={op.cancelling || progress?.final === true}
          title={progress?.final ? t('running.final') : undefined}
        >
          {t('running.cancel')}
        </Button>
        </span>
      </div>
      <ProgressBar
        value={fraction}
        thickness="large"
        aria-label={op.title}
        aria-valuetext={detail}
      />
      <Text size={200} className={styles.detail} aria-live="polite">
        {detail}
        {progress?.final && !op.cancelling ? ` ${t('running.final')}` : ''}
      </Text>
    </div>
  );
}
