import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DraftCheck } from '../../../../../shared/api';
import { TeamRuleWarnings } from './TeamRuleWarnings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  list: { margin: '2px 0 0', paddingLeft: '18px' },
});

/**
 * What the chair should see before a number is given (issue 8 §1): blanks still to fill (issuing
 * refuses them), căn cứ missing from the commune settings, and each team's rule warnings.
 */
export function DraftCheckPanel({ check, withRules = true }: { check: DraftCheck; withRules?: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.box}>
      {check.placeholders.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('legal.blanksTitle', { count: check.placeholders.length })}</MessageBarTitle>
            <ul className={styles.list}>
              {check.placeholders.map((p, i) => <li key={i}><strong>{p.where}</strong>: {p.text}</li>)}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        withRules && <Text size={200}>{t('legal.blanksNone')}</Text>
      )}
      {check.missingBases.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('legal.missingBases')}</MessageBarTitle>
            <ul className={styles.list}>{check.missingBases.map((m, i) => <li key={i}>{m}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {withRules && <TeamRuleWarnings teams={check.teamWarnings} />}
    </div>
  );
}
