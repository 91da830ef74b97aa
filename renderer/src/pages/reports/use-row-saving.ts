import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '../../../../shared/api';
import type { ActivityGrid, ActivityRow } from '../../../../shared/api/reports';
import { isApiError } from '../../api/errors';
import { useApiMutation } from '../../api/queries';
import { serverFieldErrors, validate, type FieldErrors } from '../../lib/form-errors';
import { sameAsStored, TARGETS_ROW, typedOf, valuesOf, type RowDraft } from './activity-entry';

export type RowState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'refused'; message: string; errors: FieldErrors; conflict: boolean };

/**
 * The entry grid's edits: a draft per row while the officer types, saved as one whole row
 * (with the version it was read at) when the focus leaves the row. Several rows may be in
 * flight at once, so each save awaits its own answer (mutateAsync) instead of the last one's.
 */
export function useRowSaving(grid: ActivityGrid) {
  const { t } = useTranslation();
  const saveActivity = useApiMutation('reports.saveActivity');
  const saveTargets = useApiMutation('reports.saveTargets');
  const [drafts, setDrafts] = useState<Record<string, RowDraft>>({});
  const [states, setStates] = useState<Record<string, RowState>>({});

  const storedOf = useCallback(
    (key: string): RowDraft => {
      if (key === TARGETS_ROW) return typedOf(grid.targets.values, grid.indicators);
      const row = grid.rows.find((r) => r.teamId === key);
      return typedOf(row?.values ?? {}, grid.indicators, row?.note ?? null);
    },
    [grid],
  );

  const draftOf = (key: string): RowDraft => drafts[key] ?? storedOf(key);

  // `edit`, `save` and `discard` keep their identity while the officer types, so the table's
  // memoised rows (ActivityTable) re-render only when their own draft or state changes (issue 11:
  // one frame per keystroke with 250 teams). They read the newest drafts and answers from here.
  const latest = useRef({ drafts, states, grid, storedOf, saveActivity: saveActivity.mutateAsync, saveTargets: saveTargets.mutateAsync, t });
  useLayoutEffect(() => {
    latest.current = { drafts, states, grid, storedOf, saveActivity: saveActivity.mutateAsync, saveTargets: saveTargets.mutateAsync, t };
  });

  const edit = useCallback((key: string, change: (d: RowDraft) => RowDraft) => {
    setDrafts((all) => ({ ...all, [key]: change(all[key] ?? latest.current.storedOf(key)) }));
    setStates((all) => {
      if (all[key]?.kind !== 'refused' || all[key].conflict) return all;
      const { [key]: _gone, ...rest } = all;
      return rest;
    });
  }, []);

  const settle = useCallback((key: string, state: RowState | null) => {
    setStates((all) => {
      if (state) return { ...all, [key]: state };
      const { [key]: _gone, ...rest } = all;
      return rest;
    });
  }, []);

  const dropDraft = useCallback(
    (key: string) =>
      setDrafts((all) => {
        const { [key]: _gone, ...rest } = all;
        return rest;
      }),
    [],
  );

  /** Saves one row if it was changed; resolves when the grid shows the saved row. */
  const save = useCallback(async (key: string): Promise<void> => {
    const { drafts, states, grid, storedOf, saveActivity, saveTargets, t } = latest.current;
    const draft = drafts[key];
    if (!draft || states[key]?.kind === 'saving') return;
    if (sameAsStored(draft, storedOf(key))) return dropDraft(key);
    const period = grid.period.code;
    const row: ActivityRow | undefined = grid.rows.find((r) => r.teamId === key);
    const input = key === TARGETS_ROW
      ? { period, version: grid.targets.version, values: valuesOf(draft) }
      : { period, teamId: key, version: row?.version ?? 0, values: valuesOf(draft), note: draft.note };
    const schema = key === TARGETS_ROW ? operations['reports.saveTargets'].input : operations['reports.saveActivity'].input;
    const checked = validate(schema, input);
    if (!checked.ok) return settle(key, { kind: 'refused', message: t('reports.fixRow'), errors: checked.errors, conflict: false });
    settle(key, { kind: 'saving' });
    try {
      if (key === TARGETS_ROW) await saveTargets(input as Parameters<typeof saveTargets>[0]);
      else await saveActivity(input as Parameters<typeof saveActivity>[0]);
      dropDraft(key);
      settle(key, { kind: 'saved' });
    } catch (e) {
      if (!isApiError(e)) throw e;
      const errors = serverFieldErrors(e);
      settle(key, { kind: 'refused', message: e.message, errors, conflict: e.code === 'CONFLICT' });
    }
  }, [dropDraft, settle]);

  /** After a conflict: forget the typed row and show what is stored now. */
  const discard = useCallback((key: string) => {
    dropDraft(key);
    settle(key, null);
  }, [dropDraft, settle]);

  const dirty = Object.keys(drafts).filter((key) => !sameAsStored(drafts[key], storedOf(key)));
  return { draftOf, drafts, edit, save, discard, states, dirty };
}
