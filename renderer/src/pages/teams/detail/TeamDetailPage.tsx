import { Button, Link, makeStyles, MessageBar, MessageBarBody, Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Membership, TeamDetail } from '../../../../../shared/api';
import { TEAM_LEVELS } from '../../../../../shared/domain/vocabulary';
import { useApiQuery } from '../../../api/queries';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { RuleWarnings } from '../../../components/RuleWarnings';
import { TeamDialog } from '../TeamDialog';
import { AddMemberDialog } from './AddMemberDialog';
import { ChangePositionDialog } from './ChangePositionDialog';
import { EndMembershipDialog } from './EndMembershipDialog';
import { MembersTable } from './MembersTable';
import { TeamHistory } from './TeamHistory';
import { TeamInfo } from './TeamInfo';
import { ExportListButton } from '../../../components/ExportListButton';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '14px', maxWidth: '1200px' },
  tabPanel: { paddingTop: '8px' },
});

type Open =
  | { kind: 'edit' } | { kind: 'add' }
  | { kind: 'position'; membership: Membership } | { kind: 'end'; membership: Membership }
  | null;

export function TeamDetailPage() {
  const { id = '' } = useParams();
  const team = useApiQuery('teams.get', { id });
  return <QueryState query={team}>{(data) => <TeamView team={data} />}</QueryState>;
}

function TeamView({ team }: { team: TeamDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [tab, setTab] = useState<'members' | 'past' | 'history'>('members');
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const active = team.status !== 'dissolved';
  return (
    <div className={styles.page}>
      <Link href="#/teams">{t('team.back')}</Link>
      <PageHeader title={team.name} subtitle={TEAM_LEVELS[team.level]}>
        <ExportListButton input={{ list: 'teamMembers', teamId: team.id }} />
        <Button onClick={() => setOpen({ kind: 'edit' })} disabled={!active}>{t('common.edit')}</Button>
        <Button appearance="primary" onClick={() => setOpen({ kind: 'add' })} disabled={!active}>{t('team.addMember')}</Button>
      </PageHeader>
      {team.warnings.length > 0 ? (
        <RuleWarnings warnings={team.warnings} title={t('team.warningsTitle')} />
      ) : (
        active && (
          <MessageBar intent="success" data-testid="rules-ok">
            <MessageBarBody>{t('team.allGood')}</MessageBarBody>
          </MessageBar>
        )
      )}
      <TeamInfo team={team} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)}>
        <Tab value="members">{t('team.currentMembers', { count: team.members.length })}</Tab>
        <Tab value="past">{t('team.pastMembers', { count: team.pastMembers.length })}</Tab>
        <Tab value="history">{t('team.history')}</Tab>
      </TabList>
      <div className={styles.tabPanel} role="tabpanel">
        {tab === 'members' && (
          <MembersTable
            members={team.members}
            onChangePosition={(membership) => setOpen({ kind: 'position', membership })}
            onEnd={(membership) => setOpen({ kind: 'end', membership })}
          />
        )}
        {tab === 'past' && <MembersTable members={team.pastMembers} past />}
        {tab === 'history' && <TeamHistory entries={team.history} />}
      </div>
      {open?.kind === 'edit' && <TeamDialog team={team} onClose={close} />}
      {open?.kind === 'add' && <AddMemberDialog team={team} onClose={close} />}
      {open?.kind === 'position' && <ChangePositionDialog membership={open.membership} onClose={close} />}
      {open?.kind === 'end' && <EndMembershipDialog membership={open.membership} onClose={close} />}
    </div>
  );
}
