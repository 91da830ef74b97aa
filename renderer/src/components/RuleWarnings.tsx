import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RuleWarning } from '../../../shared/rules/validate';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '6px' },
  source: { display: 'block', color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

/**
 * Rule violations are warnings, never blocks (the chair decides): each one says what is
 * wrong and which document the rule comes from.
 */
export function RuleWarnings({ warnings, title }: { warnings: RuleWarning[]; title?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <section className={styles.list} aria-label={title} data-testid="rule-warnings">
      {title && <Text weight="semibold">{title}</Text>}
      {warnings.map((w, i) => (
        <MessageBar key={`${w.code}-${w.villageId ?? ''}-${i}`} intent="warning" layout="multiline">
          <MessageBarBody>
            {w.message}
            <Text size={200} className={styles.source}>{t('common.sourcePrefix', { source: w.source })}</Text>
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
