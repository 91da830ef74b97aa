import { Checkbox, Field, makeStyles, SearchBox, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSessionDetail } from '../../../../../shared/api/trainings';
import { useApiMutation, useApiQuery } from '../../../api/queries';
import { FormDialog } from '../../../components/form/FormDialog';
import { formatCount } from '../../../lib/numbers';
import { useDebounced } from '../../../lib/use-debounced';

const useStyles = makeStyles({
  list: {
    display: 'flex', flexDirection: 'column', maxHeight: '300px', overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: '4px', padding: '4px 8px',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Source = 'teams' | 'villages' | 'people';

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

/**
 * Invites whole teams (their current members), whole villages (residents in the register) or
 * individuals found by name; the back end lists each person once and says who was there already.
 */
export function InviteDialog({ session, onClose, onDone }: {
  session: TrainingSessionDetail; onClose: () => void; onDone: (message: string) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [tab, setTab] = useState<Source>('teams');
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [villageIds, setVillageIds] = useState<string[]>([]);
  const [people, setPeople] = useState<Map<string, string>>(new Map());
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const query = useDebounced(typed.trim());
  const teams = useApiQuery('teams.list', { includeDissolved: false });
  const villages = useApiQuery('villages.list', { includeInactive: false });
  const found = useApiQuery('people.search', { query, limit: 30 }, { enabled: query.length > 0, placeholderData: keepPreviousData });
  const invite = useApiMutation('trainings.invite');
  const listed = new Set(session.invitees.map((i) => i.personId));

  const submit = () => {
    if (teamIds.length + villageIds.length + people.size === 0) {
      setError(t('trainings.inviteNothing'));
      return;
    }
    invite.mutate({ sessionId: session.id, teamIds, villageIds, personIds: [...people.keys()] }, {
      onSuccess: (r) => onDone(t('trainings.invited', { added: r.added, already: r.alreadyInvited })),
      onError: (e) => setError(e.message),
    });
  };

  const choosePerson = (id: string, name: string, on: boolean) =>
    setPeople((m) => {
      const next = new Map(m);
      if (on) next.set(id, name);
      else next.delete(id);
      return next;
    });

  return (
    <FormDialog open wide title={t('trainings.inviteTitle')} busy={invite.isPending} error={error}
      submitLabel={t('trainings.inviteSubmit')} onSubmit={submit} onClose={onClose}>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as Source)}>
        <Tab value="teams">{t('trainings.inviteTeams', { count: teamIds.length })}</Tab>
        <Tab value="villages">{t('trainings.inviteVillages', { count: villageIds.length })}</Tab>
        <Tab value="people">{t('trainings.invitePeople', { count: people.size })}</Tab>
      </TabList>
      {tab === 'teams' && (
        <div className={styles.list} role="group" aria-label={t('trainings.inviteTeamsHint')}>
          <Text className={styles.muted}>{t('trainings.inviteTeamsHint')}</Text>
          {(teams.data ?? []).map((team) => (
            <Checkbox key={team.id} checked={teamIds.includes(team.id)} onChange={(_, d) => setTeamIds((l) => toggle(l, team.id, d.checked === true))}
              label={`${team.name} (${t('trainings.memberCount', { count: team.memberCount })})`} />
          ))}
        </div>
      )}
      {tab === 'villages' && (
        <div className={styles.list} role="group" aria-label={t('trainings.inviteVillagesHint')}>
          <Text className={styles.muted}>{t('trainings.inviteVillagesHint')}</Text>
          {(villages.data ?? []).map((v) => (
            <Checkbox key={v.id} checked={villageIds.includes(v.id)} onChange={(_, d) => setVillageIds((l) => toggle(l, v.id, d.checked === true))} label={v.name} />
          ))}
        </div>
      )}
      {tab === 'people' && (
        <>
          <Field label={t('addMember.search')} hint={t('addMember.searchHint')}>
            <SearchBox value={typed} onChange={(_, d) => setTyped(d.value)} autoFocus />
          </Field>
          <div className={styles.list} role="group" aria-label={t('addMember.results')}>
            {[...people].map(([id, name]) => (
              <Checkbox key={id} checked onChange={() => choosePerson(id, name, false)} label={name} />
            ))}
            {(query ? found.data?.rows ?? [] : []).filter((p) => !people.has(p.id)).map((p) => (
              <Checkbox key={p.id} checked={false} disabled={listed.has(p.id)} onChange={(_, d) => choosePerson(p.id, p.fullName, d.checked === true)}
                label={`${p.fullName}${p.villageName ? ` — ${p.villageName}` : ''}${listed.has(p.id) ? ` (${t('trainings.alreadyInvited')})` : ''}`} />
            ))}
          </div>
          {/* Only the first 30 matches are listed: say so, or a person further down seems absent. */}
          {query && found.data && (found.data.more || found.data.total > found.data.rows.length) && (
            <Text size={200} data-testid="invite-more">
              {t(found.data.more ? 'addMemberMany.moreMatchesMany' : 'addMemberMany.moreMatches', {
                shown: formatCount(found.data.rows.length), total: formatCount(found.data.total),
              })}
            </Text>
          )}
        </>
      )}
    </FormDialog>
  );
}
