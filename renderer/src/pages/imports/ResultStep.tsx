import { Button, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { OperationResult } from '../../../../shared/api';
import { formatCount } from '../../lib/numbers';

const useStyles = makeStyles({
  list: { margin: '6px 0 0', paddingLeft: '20px' },
  actions: { display: 'flex', gap: '12px', alignItems: 'center', marginTop: '12px' },
});

export interface ImportOutcome {
  fileName: string;
  counts: OperationResult<'imports.commitMembers'>;
  team: { id: string; name: string } | null;
}

/** Step 4: what was written, and where to look at it. */
export function ResultStep({ outcome, onAnother }: { outcome: ImportOutcome; onAnother: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { counts, team } = outcome;
  return (
    <div>
      <MessageBar intent="success" layout="multiline" data-testid="import-result">
        <MessageBarBody>
          <MessageBarTitle>{t('imports.doneTitle', { file: outcome.fileName })}</MessageBarTitle>
          <ul className={styles.list}>
            <li>{t('imports.doneCreated', { count: formatCount(counts.created) })}</li>
            <li>{t('imports.doneLinked', { count: formatCount(counts.linked) })}</li>
            <li>{t('imports.doneSkipped', { count: formatCount(counts.skipped) })}</li>
            {team && <li>{t('imports.doneAdded', { count: formatCount(counts.addedToTeam), team: team.name })}</li>}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onAnother} autoFocus>{t('imports.another')}</Button>
        {team && <Link href={`#/teams/${team.id}`}>{t('imports.openTeam')}</Link>}
        <Link href="#/people">{t('imports.openPeople')}</Link>
      </div>
    </div>
  );
}
