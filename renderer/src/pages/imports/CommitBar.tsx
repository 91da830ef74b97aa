import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { TargetTeamFields, type TargetValues } from './TargetTeamFields';
import { formatCount } from '../../lib/numbers';

const useStyles = makeStyles({
  bar: {
    display: 'flex', alignItems: 'flex-end', gap: '12px 24px', flexWrap: 'wrap', padding: '12px 16px',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge,
  },
  target: { flexGrow: 1, minWidth: '420px' },
  buttons: { display: 'flex', gap: '8px', alignItems: 'center' },
});

interface Props {
  target: {
    values: TargetValues;
    field: (key: 'teamId' | 'position' | 'startDate') => { name: string; value: string; onChange: (v: string) => void; error?: string };
    set: (key: 'enabled', value: string) => void;
  };
  /** People that will be written (created + linked). */
  count: number;
  busy: boolean;
  onCommit: () => void;
  onBack: () => void;
  onCancel: () => void;
}

/** Under the preview: the optional team to join, and the one button that writes everything. */
export function CommitBar({ target, count, busy, onCommit, onBack, onCancel }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.bar}>
      <div className={styles.target}>
        <TargetTeamFields values={target.values} field={target.field} onEnabled={(on) => target.set('enabled', on ? 'yes' : '')} />
      </div>
      <div className={styles.buttons}>
        {busy && <Spinner size="tiny" label={t('imports.committing')} />}
        <Button onClick={onBack} disabled={busy}>{t('imports.back')}</Button>
        <Button onClick={onCancel} disabled={busy}>{t('imports.cancel')}</Button>
        <Button appearance="primary" onClick={onCommit} disabled={busy || count === 0}>
          {t('imports.commit', { count: formatCount(count) })}
        </Button>
      </div>
    </div>
  );
}
