import { Button, Card, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConsolidationNeed } from '../../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../lib/dates';
import { changeLines, withoutLabel } from './decision-text';

const useStyles = makeStyles({
  card: { gap: '10px', flexShrink: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: '10px', margin: 0, padding: 0, listStyle: 'none' },
  item: {
    display: 'flex', alignItems: 'flex-start', gap: '16px', padding: '10px 12px', borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1, border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  text: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Teams whose members changed since their last decision ("cần kiện toàn"), each with what
 * changed and the one step to a kiện toàn draft.
 */
export function ConsolidationPanel() {
  const styles = useStyles();
  const { t } = useTranslation();
  const needs = useApiQuery('decisions.consolidationNeeds', {});
  return (
    <Card className={styles.card} aria-label={t('decisions.needsTitle')} data-testid="consolidation-needs">
      <Text weight="semibold" size={400}>{t('decisions.needsTitle')}</Text>
      <QueryState query={needs}>
        {(rows) =>
          rows.length === 0 ? (
            <Text className={styles.muted}>{t('decisions.needsNone')}</Text>
          ) : (
            <>
              <Text className={styles.muted}>{t('decisions.needsHint')}</Text>
              <ul className={styles.list}>
                {rows.map((need) => <NeedItem key={need.teamId} need={need} />)}
              </ul>
            </>
          )
        }
      </QueryState>
    </Card>
  );
}

function NeedItem({ need }: { need: ConsolidationNeed }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const draft = useApiMutation('decisions.draftConsolidation');
  const last = need.lastDecision;
  return (
    <li className={styles.item} data-testid="consolidation-need">
      <div className={styles.text}>
        <Link href={`#/teams/${need.teamId}`}><Text weight="semibold">{need.teamName}</Text></Link>
        <Text size={200} className={styles.muted}>
          {t('decisions.needsLast', { number: withoutLabel(last.numberText), date: formatDate(last.date) })}
        </Text>
        {changeLines(t, need.changes).map((line) => <Text key={line}>{line}</Text>)}
        {draft.error && (
          <MessageBar intent="error" role="alert"><MessageBarBody>{draft.error.message}</MessageBarBody></MessageBar>
        )}
      </div>
      <Button
        appearance="primary"
        disabled={draft.isPending}
        onClick={() => draft.mutate({ teamId: need.teamId }, { onSuccess: (d) => navigate(`/decisions/${d.id}`) })}
      >
        {t('decisions.draftConsolidation')}
      </Button>
    </li>
  );
}
