import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityGrid, ActivityIndicator, ActivityRow, IndicatorValues } from '../../../../shared/api/reports';
import { parsePeriod } from '../../../../shared/reports/periods';
import { formatDateTime } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { shortTeamName } from '../../lib/team-names';
import { cellAfterKey, cellErrors, reached, TARGETS_ROW, typedOf, type RowDraft } from './activity-entry';
import type { RowState, useRowSaving } from './use-row-saving';
import { useRowWindow } from './use-row-window';

const useStyles = makeStyles({
  // The table scrolls in its own box (most of the window's height), under its sticky header and
  // beside its sticky team column; only the rows in view are drawn (useRowWindow).
  wrap: {
    overflow: 'auto', maxHeight: 'max(320px, calc(100vh - 150px))', backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media print': { overflow: 'visible', maxHeight: 'none', border: 'none' },
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, width: '100%', fontSize: tokens.fontSizeBase300 },
  th: {
    position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: 600, textAlign: 'left',
    verticalAlign: 'bottom', padding: '6px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, minWidth: '84px', fontSize: tokens.fontSizeBase200,
    '@media print': { position: 'static' },
  },
  unit: { display: 'block', fontWeight: 400, color: tokens.colorNeutralForeground3 },
  team: {
    position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, padding: '4px 8px', minWidth: '150px', textAlign: 'left',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  teamHead: { left: 0, zIndex: 2, minWidth: '150px' },
  cell: { padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  input: {
    width: '100%', minWidth: '72px', boxSizing: 'border-box', padding: '5px 8px', textAlign: 'right', fontFamily: 'inherit', fontSize: 'inherit',
    border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1,
    ':focus': { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-1px' },
    ':disabled': { backgroundColor: tokens.colorNeutralBackgroundDisabled, color: tokens.colorNeutralForegroundDisabled, border: `1px solid ${tokens.colorNeutralStrokeDisabled}` },
  },
  note: { textAlign: 'left', minWidth: '110px' },
  invalid: { border: `1px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  dirty: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  status: { padding: '4px 8px', minWidth: '110px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  error: { color: tokens.colorPaletteRedForeground1 },
  sub: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  total: { fontWeight: 600, textAlign: 'right', padding: '6px 12px', backgroundColor: tokens.colorNeutralBackground2, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  totalHead: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: 600 },
  targetRow: { backgroundColor: tokens.colorBrandBackground2 },
  gap: { padding: 0, border: 'none' },
  // Chromium repeats a <tfoot> at the foot of every printed page: the period's totals and targets
  // would print beside each page's few rows as if they were that page's sums. Printed once, at the end.
  foot: { '@media print': { display: 'table-row-group' } },
});

type Saving = ReturnType<typeof useRowSaving>;

/** The team's area under its name, unless the short name already says it ("Thôn Đông" / "Thôn Đông"). */
function areaLine(row: ActivityRow, wholeCommune: string) {
  const area = row.teamLevel === 'commune' ? wholeCommune : row.villages;
  if (!area || area.toLocaleLowerCase('vi') === shortTeamName(row.teamName).toLocaleLowerCase('vi')) return null;
  return <span style={{ display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 }}>{area}</span>;
}

interface Props {
  grid: ActivityGrid;
  saving: Saving;
  /** False before the period has begun: results cannot be entered yet (targets can). */
  open: boolean;
  onReload: () => void;
}

interface RowProps {
  rowKey: string;
  label: string;
  indicators: ActivityIndicator[];
  draft: RowDraft;
  state: RowState | undefined;
  dirty: boolean;
  editable: boolean;
  /** A read-only row's results of the months inside this period, shown instead of its own. */
  summed: { values: IndicatorValues; hint: string } | null;
  edit: Saving['edit'];
  onCellKey: (e: KeyboardEvent<HTMLInputElement>) => void;
}

/** One box per indicator of a row (a team's, or the targets). */
function IndicatorCells({ rowKey, label, indicators, draft, state, dirty, editable, summed, edit, onCellKey }: RowProps) {
  const styles = useStyles();
  const errors = state?.kind === 'refused' ? cellErrors(state.errors) : {};
  return indicators.map((indicator) => (
    <td key={indicator.id} className={styles.cell}>
      <input
        className={mergeClasses(styles.input, dirty && styles.dirty, errors[indicator.id] && styles.invalid)}
        value={summed ? formatCount(summed.values[indicator.id] ?? 0) : (draft.values[indicator.id] ?? '')}
        disabled={!editable}
        readOnly={state?.kind === 'saving'}
        inputMode="numeric"
        autoComplete="off"
        data-column={indicator.id}
        aria-label={`${indicator.name} – ${label}`}
        aria-invalid={errors[indicator.id] ? true : undefined}
        title={errors[indicator.id] ?? summed?.hint}
        onChange={(e) => {
          const text = e.target.value;
          edit(rowKey, (d) => ({ ...d, values: { ...d.values, [indicator.id]: text } }));
        }}
        onFocus={(e) => e.target.select()}
        onKeyDown={onCellKey}
      />
    </td>
  ));
}

interface StatusProps {
  rowKey: string;
  row: ActivityRow | null;
  state: RowState | undefined;
  dirty: boolean;
  targetsVersion: number;
  onConflictReload: (key: string) => void;
}

function RowStatus({ rowKey, row, state, dirty, targetsVersion, onConflictReload }: StatusProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (state?.kind === 'saving') return <span>{t('reports.rowSaving')}</span>;
  if (state?.kind === 'refused') {
    return (
      <span className={styles.error} role="alert">
        {state.message}{' '}
        {state.conflict && <Link as="button" onClick={() => onConflictReload(rowKey)}>{t('common.conflictReload')}</Link>}
      </span>
    );
  }
  if (dirty) return <span>{t('reports.rowDirty')}</span>;
  if (row && row.reportedIn.length) return <span>{t('reports.rowReportedIn', { periods: row.reportedIn.map((c) => parsePeriod(c).label).join(', ') })}</span>;
  if (rowKey === TARGETS_ROW) return targetsVersion ? <span>{t('reports.targetsSaved')}</span> : <span>{t('reports.targetsNone')}</span>;
  if (row?.updatedAt) return <span>{t('reports.rowSavedAt', { at: formatDateTime(row.updatedAt) })}</span>;
  return <span>{t('reports.rowEmpty')}</span>;
}

interface TeamRowProps {
  /** The row's place among the team rows (0-based). */
  index: number;
  row: ActivityRow;
  indicators: ActivityIndicator[];
  /** The typed draft, or undefined while the row shows what is stored. */
  draft: RowDraft | undefined;
  state: RowState | undefined;
  dirty: boolean;
  open: boolean;
  edit: Saving['edit'];
  save: Saving['save'];
  onConflictReload: (key: string) => void;
  onCellKey: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** Measures the drawn row for the row window (its height can grow with a wrapped name or status). */
  measure: (element: HTMLTableRowElement | null) => void;
}

/**
 * One team's row. Memoised, with stable callbacks from useRowSaving: a keystroke re-renders
 * only the row typed in, not all 250 (issue 11; `npm run bench activity-table`).
 */
const TeamRow = memo(function TeamRow({ index, row, indicators, draft, state, dirty, open, edit, save, onConflictReload, onCellKey, measure }: TeamRowProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const stored = useMemo(() => typedOf(row.values, indicators, row.note), [row, indicators]);
  const shown = draft ?? stored;
  const editable = open && row.reportedIn.length === 0;
  // A quarter whose months were entered shows their sum, read-only, rather than empty boxes.
  const summed = useMemo(
    () => (row.reportedIn.length && row.summed
      ? { values: row.summed, hint: t('reports.summedHint', { periods: row.reportedIn.map((c) => parsePeriod(c).label).join(', ') }) }
      : null),
    [row, t],
  );
  const leave = (e: FocusEvent<HTMLTableRowElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void save(row.teamId);
  };
  return (
    // aria-rowindex: the header is row 1, so a screen reader says "row 187 of 254" though few are drawn.
    <tr onBlur={leave} data-testid="activity-row" data-index={index} data-entry-row={index} aria-rowindex={index + 2} ref={measure}>
      <th scope="row" className={styles.team} title={row.teamName}>
        {shortTeamName(row.teamName)}
        {areaLine(row, t('teams.wholeCommune'))}
      </th>
      <IndicatorCells
        rowKey={row.teamId} label={row.teamName} indicators={indicators} draft={shown} state={state}
        dirty={dirty} editable={editable} summed={summed} edit={edit} onCellKey={onCellKey}
      />
      <td className={styles.cell}>
        <input
          className={mergeClasses(styles.input, styles.note)}
          value={shown.note}
          disabled={!editable}
          data-column="note"
          aria-label={`${t('reports.note')} – ${row.teamName}`}
          onChange={(e) => { const text = e.target.value; edit(row.teamId, (d) => ({ ...d, note: text })); }}
          onKeyDown={onCellKey}
        />
      </td>
      <td className={styles.status}>
        <RowStatus rowKey={row.teamId} row={row} state={state} dirty={dirty} targetsVersion={0} onConflictReload={onConflictReload} />
      </td>
    </tr>
  );
});

/** The column headings (memoised: a keystroke does not redraw them). */
const HeaderRow = memo(function HeaderRow({ indicators }: { indicators: ActivityIndicator[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <tr aria-rowindex={1}>
      <th className={mergeClasses(styles.th, styles.teamHead)} scope="col">{t('reports.team')}</th>
      {indicators.map((i) => (
        <th key={i.id} className={styles.th} scope="col" title={i.name}>
          {i.name}
          <span className={styles.unit}>({i.unit})</span>
        </th>
      ))}
      <th className={styles.th} scope="col">{t('reports.note')}</th>
      <th className={styles.th} scope="col">{t('reports.rowStatus')}</th>
    </tr>
  );
});

interface FooterProps {
  grid: ActivityGrid;
  /** The typed targets, or undefined while they show what is stored. */
  draft: RowDraft | undefined;
  state: RowState | undefined;
  dirty: boolean;
  edit: Saving['edit'];
  save: Saving['save'];
  onCellKey: (e: KeyboardEvent<HTMLInputElement>) => void;
  onConflictReload: (key: string) => void;
}

/**
 * Below the team rows, always drawn: the period's totals, the targets (typed like a team row) and
 * the share reached. Memoised, so a keystroke in a team row does not redraw it.
 */
const Footer = memo(function Footer({ grid, draft, state, dirty, edit, save, onCellKey, onConflictReload }: FooterProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const stored = useMemo(() => typedOf(grid.targets.values, grid.indicators), [grid]);
  const leave = (e: FocusEvent<HTMLTableRowElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void save(TARGETS_ROW);
  };
  const teams = grid.rows.length;
  return (
    <tfoot className={styles.foot}>
      <tr data-testid="activity-totals" aria-rowindex={teams + 2}>
        <th scope="row" className={mergeClasses(styles.team, styles.totalHead)}>
          {t('reports.totals')}
          <span className={styles.sub}>{t('reports.totalsHint')}</span>
        </th>
        {grid.indicators.map((i) => <td key={i.id} className={styles.total}>{formatCount(grid.totals[i.id] ?? 0)}</td>)}
        <td className={styles.total} colSpan={2} />
      </tr>
      <tr onBlur={leave} className={styles.targetRow} data-testid="activity-targets" data-entry-row={teams} aria-rowindex={teams + 3}>
        <th scope="row" className={mergeClasses(styles.team, styles.targetRow)}>
          {t('reports.targets')}
          <span className={styles.sub}>{t('reports.targetsHint', { period: grid.period.label })}</span>
        </th>
        <IndicatorCells
          rowKey={TARGETS_ROW} label={t('reports.targets')} indicators={grid.indicators} draft={draft ?? stored}
          state={state} dirty={dirty} editable summed={null} edit={edit} onCellKey={onCellKey}
        />
        <td className={styles.cell} />
        <td className={styles.status}>
          <RowStatus rowKey={TARGETS_ROW} row={null} state={state} dirty={dirty} targetsVersion={grid.targets.version} onConflictReload={onConflictReload} />
        </td>
      </tr>
      <tr data-testid="activity-reached" aria-rowindex={teams + 4}>
        <th scope="row" className={mergeClasses(styles.team, styles.totalHead)}>{t('reports.reached')}</th>
        {grid.indicators.map((i) => <td key={i.id} className={styles.total}>{reached(grid.totals[i.id], grid.targets.values[i.id])}</td>)}
        <td className={styles.total} colSpan={2} />
      </tr>
    </tfoot>
  );
});

/**
 * Teams × indicators for one period, typed like a spreadsheet: Tab moves right, Enter and the
 * arrows move down and up; a row is saved (whole, with its version) when the focus leaves it.
 * Below: everything the report will count in the period, the targets (also typed), and the
 * share of each target reached. Only the team rows in view are drawn (useRowWindow).
 */
export function ActivityTable({ grid, saving, open, onReload }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { edit, save, discard } = saving;
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const rowWindow = useRowWindow(grid.rows.length, scroller, head);
  const reload = useRef(onReload);
  const latest = useRef({ grid, open, draw: rowWindow.draw });
  useLayoutEffect(() => {
    reload.current = onReload;
    latest.current = { grid, open, draw: rowWindow.draw };
  });
  const onConflictReload = useCallback((key: string) => {
    discard(key);
    reload.current();
  }, [discard]);
  // The row holding the focus stays drawn even when scrolled out of view.
  const { keep } = rowWindow;
  const onRowFocus = useCallback((e: FocusEvent<HTMLTableSectionElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-entry-row]');
    if (row) keep(Number(row.dataset.entryRow));
  }, [keep]);
  // The keyboard moves between rows by their place in the grid, not in the page, so a row not
  // drawn yet is drawn first (then focusing it scrolls it into view).
  const onCellKey = useCallback((e: KeyboardEvent<HTMLInputElement>) => {
    const { grid, open, draw } = latest.current;
    const input = e.currentTarget;
    const row = input.closest<HTMLElement>('tr[data-entry-row]');
    const table = input.closest('table');
    if (!row || !table || !input.dataset.column) return;
    const teams = grid.rows.length;
    const to = cellAfterKey(e, { row: Number(row.dataset.entryRow), column: input.dataset.column }, {
      teams,
      columns: [...grid.indicators.map((i) => i.id), 'note'],
      editable: (i) => open && grid.rows[i].reportedIn.length === 0,
    });
    if (!to) return;
    e.preventDefault();
    if (to.row < teams) draw(to.row);
    const next = table.querySelector<HTMLInputElement>(`tr[data-entry-row="${to.row}"] input[data-column="${to.column}"]`);
    next?.focus();
    next?.select();
  }, []);
  const columnCount = grid.indicators.length + 3;
  const gap = (height: number, key: string) => (
    <tr key={key} aria-hidden="true">
      <td className={styles.gap} colSpan={columnCount} style={{ height }} />
    </tr>
  );

  return (
    <div className={styles.wrap} ref={scroller} style={{ scrollPaddingTop: rowWindow.headHeight }} data-testid="activity-scroller">
      <table
        className={styles.table} aria-label={t('reports.gridLabel', { period: grid.period.label })}
        aria-rowcount={grid.rows.length + 4}
      >
        <thead ref={head}>
          <HeaderRow indicators={grid.indicators} />
        </thead>
        <tbody onFocus={onRowFocus}>
          {rowWindow.slots.flatMap(({ index, gapBefore }) => {
            const row = grid.rows[index];
            const drawn = (
              <TeamRow
                key={row.teamId} index={index} row={row} indicators={grid.indicators} draft={saving.drafts[row.teamId]}
                state={saving.states[row.teamId]} dirty={saving.dirty.includes(row.teamId)} open={open}
                edit={edit} save={save} onConflictReload={onConflictReload} onCellKey={onCellKey} measure={rowWindow.measure}
              />
            );
            return gapBefore > 0 ? [gap(gapBefore, `gap-${index}`), drawn] : [drawn];
          })}
          {rowWindow.gapAfter > 0 && gap(rowWindow.gapAfter, 'gap-end')}
        </tbody>
        <Footer
          grid={grid} draft={saving.drafts[TARGETS_ROW]} state={saving.states[TARGETS_ROW]} dirty={saving.dirty.includes(TARGETS_ROW)}
          edit={edit} save={save} onCellKey={onCellKey} onConflictReload={onConflictReload}
        />
      </table>
    </div>
  );
}
