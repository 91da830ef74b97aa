import { makeStyles, Tab, TabList } from '@fluentui/react-components';
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
import { PersonSearch } from './PersonSearch';

const useStyles = makeStyles({
  seat: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(200px, 1fr))', gap: '10px 16px', alignItems: 'start' },
});

type Mode = 'existing' | 'new';

/** Adds a member: someone already registered (searched) or a new person, with a position and a start date. */
export function AddMemberDialog({ team, onClose }: { team: TeamDetail; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('existing');
  const [personId, setPersonId] = useState('');
  const person = useForm(emptyPersonValues);
  // With no Tổ trưởng yet, the first person added is most likely the leader.
  const hasLeader = team.members.some((m) => m.position === 'to_truong');
  const seat = useForm({ position: hasLeader ? 'thanh_vien' : 'to_truong', startDate: todayTyped() });
  const [duplicate, setDuplicate] = useState<ApiError | null>(null);
  const add = useApiMutation('teams.addMember');

  const showErrors = (errors: FieldErrors) => {
    const [personErrors, rest] = splitErrors(errors, 'newPerson');
    person.setErrors(personErrors);
    seat.setErrors(rest);
  };

  const submit = (confirmDuplicate = false) => {
    if (mode === 'existing' && !personId) {
      showErrors({ personId: t('addMember.choosePerson') });
      return;
    }
    const input: OperationInput<'teams.addMember'> = {
      teamId: team.id,
      teamVersion: team.version,
      position: seat.values.position as keyof typeof TEAM_POSITIONS,
      startDate: parseDate(seat.values.startDate),
      confirmDuplicate,
      ...(mode === 'existing' ? { personId } : { newPerson: personInputOf(person.values) }),
    };
    const checked = validate(operations['teams.addMember'].input, input);
    if (!checked.ok) return showErrors(checked.errors);
    setDuplicate(null);
    add.mutate(input, {
      onSuccess: onClose,
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
      busy={add.isPending}
      error={seat.formError ?? person.formError}
      submitLabel={t('addMember.submit')}
      onSubmit={() => submit(false)}
      onClose={onClose}
      footer={duplicate && <DuplicateNotice error={duplicate} busy={add.isPending} onConfirm={() => submit(true)} />}
    >
      <TabList selectedValue={mode} onTabSelect={(_, d) => { setMode(d.value as Mode); showErrors({}); setDuplicate(null); }}>
        <Tab value="existing">{t('addMember.existing')}</Tab>
        <Tab value="new">{t('addMember.newPerson')}</Tab>
      </TabList>
      {mode === 'existing'
        ? <PersonSearch memberIds={memberIds} selected={personId} onSelect={setPersonId} error={seat.errors['personId']} />
        : <PersonFields field={person.field} />}
      <div className={styles.seat}>
        <ChoiceField label={t('team.position')} required choices={choicesOf(TEAM_POSITIONS)} {...seat.field('position')} />
        <DateField label={t('team.startDate')} required {...seat.field('startDate')} />
      </div>
    </FormDialog>
  );
}
