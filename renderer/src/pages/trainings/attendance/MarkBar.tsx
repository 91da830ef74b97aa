import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceMarkCode, TrainingInvitee } from '../../../../../shared/api/trainings';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  who: { minWidth: '220px', marginRight: '8px' },
  kbd: {
    fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, padding: '0 5px', marginLeft: '6px',
    border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: '3px', backgroundColor: tokens.colorNeutralBackground3,
  },
  help: { color: tokens.colorNeutralForeground3 },
});

const MARK_KEYS: [AttendanceMarkCode, string][] = [['present', 'Enter'], ['late', 'Ctrl+M'], ['excused', 'Ctrl+P'], ['absent', 'Ctrl+K']];

// The buttons do for a mouse what the keys do; pressing one leaves the focus in the search box.
const keepFocus = (e: MouseEvent) => e.preventDefault();

/** The highlighted person and what each key does to them: the screen documents its own keys. */
export function MarkBar({ active, disabled, onMark, onUndo, onNote }: {
  active: TrainingInvitee | undefined; disabled: boolean; onMark: (status: AttendanceMarkCode) => void; onUndo: () => void; onNote: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label={t('trainings.markBar')} data-testid="mark-bar">
        <Text className={styles.who}>
          {t('trainings.selected')} <b>{active?.fullName ?? '—'}</b>
        </Text>
        {MARK_KEYS.map(([status, key]) => (
          <Button key={status} size="small" disabled={disabled || !active} onMouseDown={keepFocus} onClick={() => onMark(status)}>
            {t(`trainings.markAs.${status}`)}<kbd className={styles.kbd}>{key}</kbd>
          </Button>
        ))}
        <Button size="small" disabled={disabled || !active} onMouseDown={keepFocus} onClick={onNote}>
          {t('trainings.noteButton')}<kbd className={styles.kbd}>Ctrl+G</kbd>
        </Button>
        <Button size="small" appearance="subtle" disabled={disabled} onMouseDown={keepFocus} onClick={onUndo}>
          {t('trainings.undo')}<kbd className={styles.kbd}>Ctrl+Z</kbd>
        </Button>
      </div>
      <Text size={200} className={styles.help} data-testid="key-help">{t('trainings.keyHelp')}</Text>
    </>
  );
}
