import { Button, Link, makeStyles, MessageBar, MessageBarBody, SearchBox, Text, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TrainingInvitee, TrainingSessionDetail } from '../../../../../shared/api/trainings';
import { useApi } from '../../../api/context';
import { isApiError } from '../../../api/errors';
import { useApiQuery } from '../../../api/queries';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, parseDate, todayTyped } from '../../../lib/dates';
import { QueryState } from '../../../components/QueryState';
import { AttendanceCounts } from '../AttendanceCounts';
import { ConfirmDialog } from '../ConfirmDialog';
import { whenOf } from '../format';
import { WalkInDialog } from '../session/WalkInDialog';
import { AttendanceList } from './AttendanceList';
import { keyAction } from './attendance-keys';
import { filterInvitees, queryWords, topMatch } from './attendance-search';
import { FeedbackLine } from './FeedbackLine';
import { MarkBar } from './MarkBar';
import { NoteDialog } from './NoteDialog';
import { useAttendance } from './use-attendance';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '10px', flexGrow: 1, minHeight: 0 },
  search: { display: 'flex', gap: '12px', alignItems: 'center' },
  box: { flexGrow: 1, maxWidth: '620px' },
  footer: { color: tokens.colorNeutralForeground3 },
});

const LIST_ID = 'attendance-list';

export function AttendancePage() {
  const { id = '' } = useParams();
  const session = useApiQuery('trainings.get', { id });
  return <QueryState query={session}>{(data) => <AttendanceScreen session={data} />}</QueryState>;
}

/**
 * The trainer's screen in the hall: type a few letters of a name (no diacritics needed), Enter
 * marks the top match present and clears the box; Ctrl+M, Ctrl+P, Ctrl+K mark the highlighted
 * person late, excused, absent; arrows move the highlight; Ctrl+Z takes back the last mark.
 */
function AttendanceScreen({ session }: { session: TrainingSessionDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApi();
  const attendance = useAttendance(session.id);
  const searchRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [open, setOpen] = useState<'markAll' | 'walkIn' | 'note' | null>(null);
  const [noteFor, setNoteFor] = useState<TrainingInvitee | null>(null);
  const [bulkBusy, setBulkBusy] = useState(false);
  const invitees = session.invitees;
  // A session dated after today has not taken place: the back end refuses marks (issue 11).
  const notYet = session.date > parseDate(todayTyped());
  const readOnly = session.status === 'cancelled' || notYet;

  const words = useMemo(() => queryWords(typed), [typed]);
  const shown = useMemo(() => filterInvitees(invitees, words), [invitees, words]);
  const numbers = useMemo(() => new Map(invitees.map((i, n) => [i.id, n + 1])), [invitees]);
  const active = shown.find((i) => i.id === highlightId) ?? topMatch(shown);
  const unmarked = session.summary.unmarked;

  const onType = (value: string) => {
    setTyped(value);
    // A new query puts the highlight on its top match; marks made meanwhile do not move it.
    setHighlightId(topMatch(filterInvitees(invitees, queryWords(value)))?.id ?? null);
  };
  const pick = useCallback((inviteeId: string) => setHighlightId(inviteeId), []);
  const focusSearch = () => setTimeout(() => searchRef.current?.focus(), 0);

  const markActive = (status: Parameters<typeof attendance.mark>[1]) => {
    if (!active || readOnly) return;
    attendance.mark(active, status);
    // The box empties for the next name; without a query, the next row is ready (a roll call).
    const at = invitees.findIndex((i) => i.id === active.id);
    setHighlightId(invitees[at + 1]?.id ?? active.id);
    setTyped('');
  };
  const undo = () => {
    if (readOnly) return;
    const back = attendance.undoLast();
    if (back) {
      setTyped('');
      setHighlightId(back);
    }
  };

  const openNote = () => {
    if (!active || readOnly) return;
    setNoteFor(active);
    setOpen('note');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const action = keyAction({
      key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, shiftKey: e.shiftKey,
      isComposing: e.nativeEvent.isComposing,
    });
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'mark') markActive(action.status);
    else if (action.kind === 'undo') undo();
    else if (action.kind === 'clear') onType('');
    else if (action.kind === 'note') openNote();
    else if (shown.length) {
      const at = Math.max(0, shown.findIndex((i) => i.id === active?.id));
      setHighlightId(shown[Math.min(shown.length - 1, Math.max(0, at + action.by))].id);
    }
  };

  const markAll = async () => {
    setBulkBusy(true);
    try {
      const result = await api.call('trainings.markAllPresent', { sessionId: session.id });
      attendance.replaceSession(result.session, result.marked);
      setOpen(null);
      focusSearch();
    } catch (e) {
      attendance.setError(isApiError(e) ? e.message : String(e));
      setOpen(null);
    } finally {
      setBulkBusy(false);
    }
  };

  return (
    <div className={styles.page}>
      <Link href={`#/trainings/${session.id}`}>{t('trainings.backToSession')}</Link>
      <PageHeader title={t('trainings.attendanceTitle')} subtitle={[session.title, whenOf(session), session.place].filter(Boolean).join(' · ')}>
        <Button disabled={readOnly} onClick={() => setOpen('walkIn')}>{t('trainings.addWalkIn')}</Button>
        <Button disabled={readOnly || unmarked === 0} onClick={() => setOpen('markAll')}>{t('trainings.markAll')}</Button>
      </PageHeader>
      {session.status === 'cancelled' && <MessageBar intent="warning"><MessageBarBody>{t('trainings.cancelledNotice')}</MessageBarBody></MessageBar>}
      {notYet && <MessageBar intent="warning"><MessageBarBody>{t('attendanceNote.notYet', { date: formatDate(session.date) })}</MessageBarBody></MessageBar>}
      <AttendanceCounts summary={session.summary} live />
      <div className={styles.search}>
        <SearchBox
          ref={searchRef}
          className={styles.box}
          size="large"
          autoFocus
          value={typed}
          onChange={(_, d) => onType(d.value)}
          onKeyDown={onKeyDown}
          placeholder={t('trainings.searchPlaceholder')}
          aria-label={t('trainings.search')}
          role="combobox"
          aria-expanded
          aria-controls={LIST_ID}
          aria-activedescendant={active ? `invitee-${active.id}` : undefined}
          autoComplete="off"
        />
      </div>
      <MarkBar active={active} disabled={readOnly} onMark={markActive} onUndo={undo} onNote={openNote} />
      <FeedbackLine feedback={attendance.feedback} noMatch={words.length > 0 && shown.length === 0 ? typed : null} />
      {attendance.error && <MessageBar intent="error" role="alert"><MessageBarBody>{attendance.error}</MessageBarBody></MessageBar>}
      <AttendanceList
        id={LIST_ID}
        label={t('trainings.invitees', { count: invitees.length })}
        shown={shown}
        numbers={numbers}
        highlightId={active?.id ?? null}
        onPick={pick}
        emptyText={invitees.length ? t('trainings.noMatchHint') : t('trainings.noInvitees')}
        t={t}
      />
      <Text size={200} className={styles.footer} data-testid="attendance-shown">
        {t('trainings.shownCount', { shown: shown.length, total: invitees.length })}
      </Text>
      {open === 'markAll' && (
        <ConfirmDialog title={t('trainings.markAllTitle')} confirmLabel={t('trainings.markAllConfirm')} busy={bulkBusy}
          onConfirm={() => void markAll()} onClose={() => { setOpen(null); focusSearch(); }}>
          <Text>{t('trainings.markAllBody', { count: unmarked })}</Text>
        </ConfirmDialog>
      )}
      {open === 'note' && noteFor && (
        <NoteDialog
          invitee={noteFor}
          onSave={(status, note) => {
            attendance.mark(noteFor, status, note);
            setTyped('');
          }}
          onClose={() => { setOpen(null); setNoteFor(null); focusSearch(); }}
        />
      )}
      {open === 'walkIn' && (
        <WalkInDialog sessionId={session.id} onClose={() => { setOpen(null); focusSearch(); }} onAdded={attendance.addWalkIn} />
      )}
    </div>
  );
}
