import { Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type Person } from '../../../../shared/api';
import type { ApiError } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DuplicateNotice } from '../../components/form/DuplicateNotice';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';
import { personInputOf, personValuesOf } from './person-form';
import { PersonFields } from './PersonFields';
import { DeletePersonDialog } from './DeletePersonDialog';
import { PersonPrivacyActions } from './PersonPrivacyActions';

/** Edit a person: the full record (unmasked CCCD) is read only when the dialog opens. */
export function PersonDialog({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const person = useApiQuery('people.get', { id: personId }, { staleTime: 0 });
  if (!person.data) {
    return (
      <FormDialog open title={t('app.loading')} onSubmit={() => undefined} onClose={onClose} error={person.error?.message}>
        {!person.error && <Spinner />}
      </FormDialog>
    );
  }
  return <PersonForm person={person.data} onClose={onClose} />;
}

function PersonForm({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm(personValuesOf(person));
  const update = useApiMutation('people.update');
  const [duplicate, setDuplicate] = useState<ApiError | null>(null);
  const [deleting, setDeleting] = useState(false);

  const submit = (confirmDuplicate = false) => {
    const input = { id: person.id, version: person.version, person: personInputOf(form.values, person), confirmDuplicate };
    if (!form.check(operations['people.update'].input, input, 'person')) return;
    setDuplicate(null);
    update.mutate(input, {
      onSuccess: onClose,
      // A possible duplicate is explained (with its candidates) by the notice, not twice.
      onError: (error) => (error.duplicate ? setDuplicate(error) : form.refusedUnder('person')(error)),
    });
  };

  if (deleting) return <DeletePersonDialog personId={person.id} onClose={() => setDeleting(false)} onDeleted={onClose} />;
  return (
    <FormDialog
      dirty={form.dirty}
      open
      wide
      title={t('people.editTitle', { name: person.fullName })}
      busy={update.isPending}
      error={form.formError}
      onSubmit={() => submit(false)}
      onClose={onClose}
      footer={
        duplicate
          ? <DuplicateNotice error={duplicate} busy={update.isPending} onConfirm={() => submit(true)} />
          : <PersonPrivacyActions personId={person.id} onDelete={() => setDeleting(true)} />
      }
    >
      <PersonFields field={form.field} />
    </FormDialog>
  );
}
