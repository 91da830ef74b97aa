import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RuleWarning } from '../../../../../shared/rules/validate';

const useStyles = makeStyles({
  list: { margin: '2px 0 0', paddingLeft: '18px' },
  source: { color: tokens.colorNeutralForeground3 },
  box: { display: 'flex', flexDirection: 'column', gap: '6px' },
});

export interface TeamWarnings { teamId: string; teamName: string; warnings: RuleWarning[] }

/**
 * The province-rule warnings each team has today (size, leader, required roles), shown where the
 * chair decides: warnings, not blocks (DOMAIN.md §2), each with the rule's source.
 */
export function TeamRuleWarnings({ teams }: { teams: TeamWarnings[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (teams.length === 0) return null;
  return (
    <section aria-label={t('legal.rulesTitle')} className={styles.box}>
      <Text weight="semibold">{t('legal.rulesTitle')}</Text>
      {teams.map((team) =>
        team.warnings.length === 0 ? (
          <Text key={team.teamId} size={200}>{t('legal.rulesNone', { team: team.teamName })}</Text>
        ) : (
          <MessageBar key={team.teamId} intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('legal.rulesTeam', { team: team.teamName, count: team.warnings.length })}</MessageBarTitle>
              <ul className={styles.list}>
                {team.warnings.map((w, i) => (
                  <li key={i}>{w.message} <span className={styles.source}>({w.source})</span></li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ),
      )}
    </section>
  );
}
