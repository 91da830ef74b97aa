import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AttendanceMark, AttendanceMarkCode, MarkResult, TrainingInvitee, TrainingSessionDetail } from '../../../../../shared/api/trainings';
import { useApi } from '../../../api/context';
import { isApiError } from '../../../api/errors';
import { queryKey } from '../../../api/queries';
import { INVALIDATES } from '../../../api/invalidation';
import { applyMark, applyOptimistic } from './session-cache';

/** What the last key did, for the status line the trainer glances at. */
export type Feedback =
  | { kind: 'marked'; name: string; status: AttendanceMarkCode }
  | { kind: 'same'; name: string; status: AttendanceMarkCode }
  | { kind: 'undone'; name: string; back: AttendanceMarkCode | null }
  | { kind: 'nothingToUndo' }
  | { kind: 'allPresent'; count: number };

interface UndoEntry {
  inviteeId: string;
  name: string;
  before: AttendanceMark | null;
}

/**
 * Marking one invitee per key press. The row changes at once; the calls go one after another
 * (each uses the version the previous answer left in the cache, so fast typing never trips
 * the optimistic-concurrency check), and each answer's row, counts and session version are
 * written into the cached session: the list is never fetched again for a mark.
 */
export function useAttendance(sessionId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = useMemo(() => queryKey('trainings.get', { id: sessionId }), [sessionId]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const queued = useRef(0);
  const refetchAfterQueue = useRef(false);
  const undo = useRef<UndoEntry[]>([]);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [error, setError] = useState<string | null>(null);

  const current = useCallback(() => queryClient.getQueryData<TrainingSessionDetail>(key), [queryClient, key]);
  const setSession = useCallback(
    (update: (s: TrainingSessionDetail) => TrainingSessionDetail) =>
      queryClient.setQueryData<TrainingSessionDetail>(key, (s) => (s ? update(s) : s)),
    [queryClient, key],
  );

  /**
   * A fetch of the session that started before a mark answers without it and would wipe the
   * mark from the screen until its own answer comes (a note opened meanwhile read "Chưa điểm
   * danh": test/e2e/trainings.test.ts). It is cancelled, and the session is fetched again once
   * the queued marks are answered, so nothing it would have brought is lost.
   */
  const holdFetches = useCallback(() => {
    if (queryClient.isFetching({ queryKey: key }) === 0) return;
    refetchAfterQueue.current = true;
    void queryClient.cancelQueries({ queryKey: key });
  }, [queryClient, key]);

  /** Other screens (the list's turnout, histories, allowance days) are refetched when next shown. */
  const staleElsewhere = useCallback(() => {
    for (const read of INVALIDATES['trainings.mark'] ?? []) void queryClient.invalidateQueries({ queryKey: [read] });
  }, [queryClient]);

  const send = useCallback(
    (inviteeId: string, call: (invitee: TrainingInvitee) => Promise<MarkResult>) => {
      queued.current++;
      queue.current = queue.current.then(async () => {
        try {
          const invitee = current()?.invitees.find((i) => i.id === inviteeId);
          if (!invitee) return;
          const result = await call(invitee);
          setSession((s) => applyMark(s, result));
          staleElsewhere();
        } catch (e) {
          // The screen may show a mark that was not saved: reload the truth, forget the undo trail.
          setError(isApiError(e) ? e.message : String(e));
          undo.current = [];
          refetchAfterQueue.current = false;
          await queryClient.invalidateQueries({ queryKey: key });
        } finally {
          queued.current--;
          if (queued.current === 0 && refetchAfterQueue.current) {
            refetchAfterQueue.current = false;
            void queryClient.invalidateQueries({ queryKey: key });
          }
        }
      });
    },
    [current, setSession, staleElsewhere, queryClient, key],
  );

  /** `note` undefined keeps the note the person already has (a key press never erases one). */
  const mark = useCallback(
    (invitee: TrainingInvitee, status: AttendanceMarkCode, note?: string | null) => {
      setError(null);
      const before = current()?.invitees.find((i) => i.id === invitee.id)?.mark ?? null;
      const nextNote = note === undefined ? (before?.note ?? null) : note || null;
      if (before?.status === status && (before.note ?? null) === nextNote) {
        setFeedback({ kind: 'same', name: invitee.fullName, status });
        return;
      }
      undo.current.push({ inviteeId: invitee.id, name: invitee.fullName, before });
      holdFetches();
      setSession((s) => applyOptimistic(s, invitee.id, { status, note: nextNote, markedAt: new Date().toISOString(), markedBy: '' }));
      setFeedback({ kind: 'marked', name: invitee.fullName, status });
      send(invitee.id, (i) => api.call('trainings.mark', { inviteeId: i.id, version: i.version, status, note: nextNote }));
    },
    [api, current, send, setSession, holdFetches],
  );

  /** Takes back the last mark made here: the person returns to what they had before (often unmarked). */
  const undoLast = useCallback((): string | null => {
    setError(null);
    const entry = undo.current.pop();
    if (!entry) {
      setFeedback({ kind: 'nothingToUndo' });
      return null;
    }
    const { before } = entry;
    holdFetches();
    setSession((s) => applyOptimistic(s, entry.inviteeId, before));
    setFeedback({ kind: 'undone', name: entry.name, back: before?.status ?? null });
    send(entry.inviteeId, (i) =>
      before
        ? api.call('trainings.mark', { inviteeId: i.id, version: i.version, status: before.status, note: before.note })
        : api.call('trainings.unmark', { inviteeId: i.id, version: i.version }),
    );
    return entry.inviteeId;
  }, [api, send, setSession, holdFetches]);

  /** After "mark all present" the trail of single marks no longer describes the list. */
  const replaceSession = useCallback(
    (session: TrainingSessionDetail, marked: number) => {
      undo.current = [];
      queryClient.setQueryData(key, session);
      setFeedback({ kind: 'allPresent', count: marked });
      staleElsewhere();
    },
    [queryClient, key, staleElsewhere],
  );

  const addWalkIn = useCallback((r: MarkResult) => setSession((s) => applyMark(s, r)), [setSession]);

  return { mark, undoLast, replaceSession, addWalkIn, feedback, error, setError };
}
