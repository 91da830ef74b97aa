import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type TeamRow } from '../../../../shared/api';
import { TEAM_DECISION_KINDS, type TeamDecisionKind as DecisionKind } from '../../../../shared/decisions/content';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ChoiceField, choicesOf } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { FieldGroup } from './editor/FieldGroup';
import { useForm } from '../../components/form/use-form';
import { TeamRuleWarnings } from './legal/TeamRuleWarnings';

const useStyles = makeStyles({
  group: {
    display: 'flex', flexDirection: 'column', gap: '2px', maxHeight: '280px', overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '6px 8px',
  },
  heading: { color: tokens.colorNeutralForeground3, marginTop: '4px' },
});

/** Which teams a kind of decision can name: new teams are established, existing ones changed or dissolved. */
const teamsFor = (kind: DecisionKind, teams: TeamRow[]) =>
  kind === 'thanh_lap' ? teams.filter((x) => x.status === 'draft') : teams.filter((x) => x.status === 'established');

/** Thành lập starts with every draft team that has members ticked: that is what the office is waiting for. */
const suggested = (kind: DecisionKind, teams: TeamRow[]) =>
  kind === 'thanh_lap' ? teamsFor(kind, teams).filter((x) => x.memberCount > 0).map((x) => x.id) : [];

/** A new draft: its kind, the teams it names, who signs. The texts come from sensible defaults. */
export function NewDecisionDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const commune = useApiQuery('commune.get', {});
  const teams = useApiQuery('teams.list', { includeDissolved: false });
  const form = useForm({ kind: 'thanh_lap', signerCapacity: 'chair' });
  const kind = form.values.kind as DecisionKind;
  const [picked, setPicked] = useState<string[] | null>(null); // null: the suggestion for the kind
  const create = useApiMutation('decisions.createDraft');
  const rules = useApiQuery('rules.check', {});
  const all = teams.data ?? [];
  const choices = teamsFor(kind, all);
  const teamIds = picked ?? suggested(kind, all);
  const needsMembers = kind !== 'giai_the';

  const signers = [{ value: 'chair', label: t('decisions.signerChair', { name: commune.data?.chairName ?? '' }) }];
  if (commune.data?.viceChairs.length) signers.push({ value: 'vice_chair', label: t('decisions.signerVice', { name: commune.data.viceChairs[0] }) });

  const toggle = (id: string, on: boolean) => {
    const next = teamIds.filter((x) => x !== id);
    setPicked(on ? [...next, id] : next);
    form.setErrors(({ teamIds: _gone, ...rest }) => rest);
  };

  const submit = () => {
    const input = { kind, teamIds, signerCapacity: form.values.signerCapacity as 'chair' | 'vice_chair' };
    if (form.check(operations['decisions.createDraft'].input, input)) {
      create.mutate(input, { onSuccess: (d) => onCreated(d.id), onError: form.refused });
    }
  };

  return (
    <FormDialog open wide title={t('decisions.newTitle')} busy={create.isPending} error={form.formError}
      submitLabel={t('decisions.create')} onSubmit={submit} onClose={onClose}>
      <ChoiceField label={t('decisions.kind')} required choices={choicesOf(TEAM_DECISION_KINDS)} {...form.field('kind')}
        onChange={(v) => { form.set('kind', v); setPicked(null); }} />
      <FieldGroup legend={t('decisions.pickTeams')} required hint={t('decisions.pickTeamsHint')} error={form.errors['teamIds']}>
        <div role="group" aria-label={t('decisions.pickTeams')} className={styles.group}>
          <Text size={200} weight="semibold" className={styles.heading}>
            {kind === 'thanh_lap' ? t('decisions.draftTeams') : t('decisions.establishedTeams')}
          </Text>
          {choices.length === 0 && <Text>{t('decisions.noTeamsForKind')}</Text>}
          {choices.map((team) => (
            <Checkbox
              key={team.id}
              checked={teamIds.includes(team.id)}
              disabled={needsMembers && team.memberCount === 0}
              onChange={(_, d) => toggle(team.id, d.checked === true)}
              label={`${team.name} (${t('decisions.memberCount', { count: team.memberCount })})`}
            />
          ))}
        </div>
      </FieldGroup>
      <ChoiceField label={t('decisions.signerChoice')} required choices={signers} {...form.field('signerCapacity')} />
      {kind !== 'giai_the' && (
        <TeamRuleWarnings
          teams={choices.filter((x) => teamIds.includes(x.id)).map((x) => ({
            teamId: x.id, teamName: x.name, warnings: (rules.data?.warnings ?? []).filter((w) => w.teamId === x.id),
          }))}
        />
      )}
    </FormDialog>
  );
}
