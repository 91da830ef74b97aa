import { useTranslation } from 'react-i18next';
import { ATTENDANCE_MARKS, type AttendanceMarkCode, type TrainingInvitee } from '../../../../../shared/api/trainings';
import { choicesOf, ChoiceField, TextField } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { useForm } from '../../../components/form/use-form';

/**
 * A mark with a reason ("Ốm, có giấy xin phép", "Đến lúc 8 giờ 20"): the note field has the focus,
 * Enter saves, Escape goes back to the search box.
 */
export function NoteDialog({ invitee, onSave, onClose }: {
  invitee: TrainingInvitee; onSave: (status: AttendanceMarkCode, note: string) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  // The mark stays what it is: an unmarked person gets no mark until the officer picks one
  // (it used to start on "Vắng có phép", so a note alone marked them absent: issue 11).
  const form = useForm({ note: invitee.mark?.note ?? '', status: invitee.mark?.status ?? '' });
  const submit = () => {
    if (!form.values.status) {
      form.setErrors({ status: t('attendanceNote.chooseMark') });
      return;
    }
    onSave(form.values.status as AttendanceMarkCode, form.values.note.trim());
    onClose();
  };
  return (
    <FormDialog open title={t('trainings.noteTitle', { name: invitee.fullName })} onSubmit={submit} onClose={onClose}>
      <TextField label={t('trainings.note')} hint={t('trainings.noteHint')} autoFocus {...form.field('note')} />
      <ChoiceField label={t('trainings.mark')} choices={choicesOf(ATTENDANCE_MARKS)} emptyLabel={t('attendanceNote.notMarked')} {...form.field('status')} />
    </FormDialog>
  );
}
