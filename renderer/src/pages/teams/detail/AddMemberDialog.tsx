import { makeStyles, MessageBar, MessageBarBody, Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type OperationInput, type TeamDetail } from '../../../../../shared/api';
import { TEAM_POSITIONS } from '../../../../../shared/domain/vocabulary';
import type { ApiError } from '../../../api/errors';
import { useApiMutation } from '../../../api/queries';
import { DuplicateNotice } from '../../../components/form/DuplicateNotice';
import { choicesOf, ChoiceField, DateField } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { useForm } from '../../../components/form/use-form';
import { parseDate, todayTyped } from '../../../lib/dates';
import { serverFieldErrors, splitErrors, validate, type FieldErrors } from '../../../lib/form-errors';
import { emptyPersonValues, personInputOf } from '../../people/person-form';
import { PersonFields } from '../../people/PersonFields';
import { PeoplePicker, type Chosen } from './PeoplePicker';

const useStyles = makeStyles({
  seat: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(200px, 1fr))', gap: '10px 16px', alignItems: 'start' },
});

type Mode = 'existing' | 'new';

const FOCUS: Record<Mode, string> = { existing: 'input[data-initial-focus]', new: 'input[name="fullName"]' };

/**
 * Adds members: several people already registered (ticked in one list), or new people one
 * after another ("Lưu và thêm người khác" keeps the dialog open). The cursor starts in the
 * search box, and a new person lives in the team's village unless changed (issue 11).
 */
export function AddMemberDialog({ team, onClose }: { team: TeamDetail; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('existing');
  const [chosen, setChosen] = useState<Chosen>(new Map());
  const teamVillage = team.villages[0]?.id ?? null;
  const freshPerson = { ...emptyPersonValues, villageId: teamVillage ?? '' };
  const person = useForm(freshPerson);
  // With no Tổ trưởng yet, the first person added is most likely the leader.
  const hasLeader = team.members.some((m) => m.position === 'to_truong');
  const seat = useForm({ position: hasLeader ? 'thanh_vien' : 'to_truong', startDate: todayTyped() });
  const [duplicate, setDuplicate] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const addOne = useApiMutation('teams.addMember');
  const addMany = useApiMutation('teams.addMembers');
  const busy = addOne.isPending || addMany.isPending;

  const showErrors = (errors: FieldErrors) => {
    const [personErrors, rest] = splitErrors(errors, 'newPerson');
    person.setErrors(personErrors);
    seat.setErrors(rest);
  };

  const submitExisting = () => {
    const input: OperationInput<'teams.addMembers'> = {
      teamId: team.id,
      teamVersion: team.version,
      personIds: [...chosen.keys()],
      position: seat.values.position as keyof typeof TEAM_POSITIONS,
      startDate: parseDate(seat.values.startDate),
    };
    if (chosen.size === 0) return showErrors({ personIds: t('addMemberMany.choose') });
    const checked = validate(operations['teams.addMembers'].input, input);
    if (!checked.ok) return showErrors(checked.errors);
    addMany.mutate(input, { onSuccess: onClose, onError: (error) => showErrors(serverFieldErrors(error)) });
  };

  /** `next`: keep the dialog open for another new person (same position rules, same village). */
  const submitNew = (confirmDuplicate: boolean, next: boolean) => {
    const input: OperationInput<'teams.addMember'> = {
      teamId: team.id,
      teamVersion: team.version,
      position: seat.values.position as keyof typeof TEAM_POSITIONS,
      startDate: parseDate(seat.values.startDate),
      confirmDuplicate,
      newPerson: personInputOf(person.values),
    };
    const checked = validate(operations['teams.addMember'].input, input);
    if (!checked.ok) return showErrors(checked.errors);
    setDuplicate(null);
    addOne.mutate(input, {
      onSuccess: () => {
        if (!next) return onClose();
        setAdded(person.values.fullName);
        person.reset({ ...freshPerson, villageId: person.values.villageId });
        if (seat.values.position === 'to_truong') seat.set('position', 'thanh_vien');
        setFocusKey((k) => k + 1);
      },
      // A possible duplicate is explained (with its candidates) by the notice, not twice.
      onError: (error) => (error.duplicate ? setDuplicate(error) : showErrors(serverFieldErrors(error))),
    });
  };

  const memberIds = new Set(team.members.map((m) => m.personId));
  return (
    <FormDialog
      open
      wide
      title={t('addMember.title', { team: team.name })}
      busy={busy}
      dirty={person.dirty || chosen.size > 0}
      error={seat.formError ?? person.formError}
      submitLabel={mode === 'existing' && chosen.size > 1 ? t('addMemberMany.submit', { count: chosen.size }) : t('addMember.submit')}
      onSubmit={() => (mode === 'existing' ? submitExisting() : submitNew(false, false))}
      secondaryAction={mode === 'new' ? { label: t('addMemberMany.saveAndNext'), onClick: () => submitNew(false, true) } : undefined}
      onClose={onClose}
      initialFocus={FOCUS[mode]}
      focusToken={focusKey}
      footer={duplicate && <DuplicateNotice error={duplicate} busy={busy} onConfirm={() => submitNew(true, false)} />}
    >
      <TabList selectedValue={mode} onTabSelect={(_, d) => { setMode(d.value as Mode); showErrors({}); setDuplicate(null); setAdded(null); }}>
        <Tab value="existing">{t('addMember.existing')}</Tab>
        <Tab value="new">{t('addMember.newPerson')}</Tab>
      </TabList>
      {added && mode === 'new' && (
        <MessageBar intent="success"><MessageBarBody>{t('addMemberMany.added', { name: added })}</MessageBarBody></MessageBar>
      )}
      {mode === 'existing'
        ? <PeoplePicker villageId={teamVillage} memberIds={memberIds} chosen={chosen} onChange={(c) => {
            setChosen(c);
            seat.setErrors({});
            // Several people at once are members; one Tổ trưởng is chosen on its own.
            if (c.size > 1 && seat.values.position === 'to_truong') seat.set('position', 'thanh_vien');
          }} error={seat.errors['personIds']} />
        : <PersonFields field={person.field} />}
      <div className={styles.seat}>
        <ChoiceField label={t('team.position')} required choices={choicesOf(TEAM_POSITIONS)} {...seat.field('position')} />
        <DateField label={t('team.startDate')} required {...seat.field('startDate')} />
      </div>
    </FormDialog>
  );
}
