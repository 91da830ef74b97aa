import { Link, makeStyles } from '@fluentui/react-components';
import { FactsCard, type Fact } from '../../components/FactsCard';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail } from '../../../../shared/api';
import { DECISION_KINDS } from '../../../../shared/decisions/content';
import { formatDate } from '../../lib/dates';
import { shortNumber } from './decision-text';
import { AmendmentLinks, PartStatus, StandingBadge } from './legal/DecisionStanding';

const useStyles = makeStyles({
  teams: { margin: 0, paddingLeft: '18px' },
});

/** The facts of a decision at a glance; for a draft, only the teams it names (the editor holds the rest). */
export function DecisionInfo({ decision }: { decision: DecisionDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const teams = (
    <ul className={styles.teams}>
      {decision.teams.map((team) => {
        const printed = decision.content.teams.find((x) => x.name === team.name);
        return (
          <li key={team.id}>
            <Link href={`#/teams/${team.id}`}>{team.name}</Link>
            {printed && printed.members.length > 0 && ` (${t('decisions.memberCount', { count: printed.members.length })})`}
            {decision.status !== 'draft' && <> – <PartStatus part={team} /></>}
          </li>
        );
      })}
    </ul>
  );
  const rows: Fact[] =
    decision.status === 'draft'
      ? decision.amends
        ? [[t('decisions.kind'), <AmendmentLinks key="a" decision={decision} />]]
        : [[t('decisions.teamsInDecision'), teams]]
      : [
          [t('decisions.number'), shortNumber(decision)],
          [t('decisions.date'), formatDate(decision.date)],
          [t('decisions.kind'), DECISION_KINDS[decision.kind]],
          [t('decisions.trichYeu'), decision.title],
          [t('decisions.authority'), decision.authority === 'chair' ? t('decisions.authorityChair') : t('decisions.authorityCollective')],
          [t('decisions.signer'), decision.signerCapacity === 'chair'
            ? t('decisions.signerChair', { name: decision.signerName })
            : t('decisions.signerVice', { name: decision.signerName })],
          [t('legal.standing'), <><StandingBadge standing={decision.standing} /><AmendmentLinks decision={decision} /></>],
          ...(decision.teams.length ? [[t('decisions.teamsInDecision'), teams] as Fact] : []),
        ];
  return <FactsCard title={t('decisions.info')} facts={rows} />;
}
