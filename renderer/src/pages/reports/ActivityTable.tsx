import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FocusEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityGrid, ActivityRow, IndicatorValues } from '../../../../shared/api/reports';
import { parsePeriod } from '../../../../shared/reports/periods';
import { formatDateTime } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { shortTeamName } from '../../lib/team-names';
import { cellErrors, reached, TARGETS_ROW } from './activity-entry';
import type { RowState, useRowSaving } from './use-row-saving';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'separate', borderSpacing: 0, width: '100%', fontSize: tokens.fontSizeBase300 },
  th: {
    position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: 600, textAlign: 'left',
    verticalAlign: 'bottom', padding: '6px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, minWidth: '84px', fontSize: tokens.fontSizeBase200,
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

/** Moves the focus up or down one row in the same column, like Enter in a spreadsheet. */
function moveFocus(e: KeyboardEvent<HTMLInputElement>) {
  const down = e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey);
  const up = e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey);
  if (!down && !up) return;
  const input = e.currentTarget;
  const table = input.closest('table');
  const column = input.dataset.column;
  if (!table || !column) return;
  const inputs = [...table.querySelectorAll<HTMLInputElement>(`input[data-column="${column}"]:not(:disabled)`)];
  const next = inputs[inputs.indexOf(input) + (down ? 1 : -1)];
  if (next) {
    e.preventDefault();
    next.focus();
    next.select();
  }
}

/**
 * Teams × indicators for one period, typed like a spreadsheet: Tab moves right, Enter and the
 * arrows move down and up; a row is saved (whole, with its version) when the focus leaves it.
 * Below: everything the report will count in the period, the targets (also typed), and the
 * share of each target reached.
 */
export function ActivityTable({ grid, saving, open, onReload }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const leaveRow = (key: string) => (e: FocusEvent<HTMLTableRowElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void saving.save(key);
  };

  const statusOf = (key: string, row: ActivityRow | null) => {
    const state: RowState | undefined = saving.states[key];
    if (state?.kind === 'saving') return <span>{t('reports.rowSaving')}</span>;
    if (state?.kind === 'refused') {
      return (
        <span className={styles.error} role="alert">
          {state.message}{' '}
          {state.conflict && <Link as="button" onClick={() => { saving.discard(key); onReload(); }}>{t('common.conflictReload')}</Link>}
        </span>
      );
    }
    if (saving.dirty.includes(key)) return <span>{t('reports.rowDirty')}</span>;
    if (row && row.reportedIn.length) return <span>{t('reports.rowReportedIn', { periods: row.reportedIn.map((c) => parsePeriod(c).label).join(', ') })}</span>;
    if (key === TARGETS_ROW) return grid.targets.version ? <span>{t('reports.targetsSaved')}</span> : <span>{t('reports.targetsNone')}</span>;
    if (row?.updatedAt) return <span>{t('reports.rowSavedAt', { at: formatDateTime(row.updatedAt) })}</span>;
    return <span>{t('reports.rowEmpty')}</span>;
  };

  /** `summed`: a read-only row's results of the months inside this period, shown instead of its own. */
  const inputsOf = (key: string, label: string, editable: boolean, summed: { values: IndicatorValues; hint: string } | null = null) => {
    const draft = saving.draftOf(key);
    const state = saving.states[key];
    const errors = state?.kind === 'refused' ? cellErrors(state.errors) : {};
    const dirty = saving.dirty.includes(key);
    return grid.indicators.map((indicator) => (
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
            saving.edit(key, (d) => ({ ...d, values: { ...d.values, [indicator.id]: text } }));
          }}
          onFocus={(e) => e.target.select()}
          onKeyDown={moveFocus}
        />
      </td>
    ));
  };

  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={t('reports.gridLabel', { period: grid.period.label })}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.th, styles.teamHead)} scope="col">{t('reports.team')}</th>
            {grid.indicators.map((i) => (
              <th key={i.id} className={styles.th} scope="col" title={i.name}>
                {i.name}
                <span className={styles.unit}>({i.unit})</span>
              </th>
            ))}
            <th className={styles.th} scope="col">{t('reports.note')}</th>
            <th className={styles.th} scope="col">{t('reports.rowStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => {
            const editable = open && row.reportedIn.length === 0;
            const draft = saving.draftOf(row.teamId);
            // A quarter whose months were entered shows their sum, read-only, rather than empty boxes.
            const summed = row.reportedIn.length && row.summed
              ? { values: row.summed, hint: t('reports.summedHint', { periods: row.reportedIn.map((c) => parsePeriod(c).label).join(', ') }) }
              : null;
            return (
              <tr key={row.teamId} onBlur={leaveRow(row.teamId)} data-testid="activity-row">
                <th scope="row" className={styles.team} title={row.teamName}>
                  {shortTeamName(row.teamName)}
                  {areaLine(row, t('teams.wholeCommune'))}
                </th>
                {inputsOf(row.teamId, row.teamName, editable, summed)}
                <td className={styles.cell}>
                  <input
                    className={mergeClasses(styles.input, styles.note)}
                    value={draft.note}
                    disabled={!editable}
                    data-column="note"
                    aria-label={`${t('reports.note')} – ${row.teamName}`}
                    onChange={(e) => { const text = e.target.value; saving.edit(row.teamId, (d) => ({ ...d, note: text })); }}
                    onKeyDown={moveFocus}
                  />
                </td>
                <td className={styles.status}>{statusOf(row.teamId, row)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr data-testid="activity-totals">
            <th scope="row" className={mergeClasses(styles.team, styles.totalHead)}>
              {t('reports.totals')}
              <span className={styles.sub}>{t('reports.totalsHint')}</span>
            </th>
            {grid.indicators.map((i) => <td key={i.id} className={styles.total}>{formatCount(grid.totals[i.id] ?? 0)}</td>)}
            <td className={styles.total} colSpan={2} />
          </tr>
          <tr onBlur={leaveRow(TARGETS_ROW)} className={styles.targetRow} data-testid="activity-targets">
            <th scope="row" className={mergeClasses(styles.team, styles.targetRow)}>
              {t('reports.targets')}
              <span className={styles.sub}>{t('reports.targetsHint', { period: grid.period.label })}</span>
            </th>
            {inputsOf(TARGETS_ROW, t('reports.targets'), true)}
            <td className={styles.cell} />
            <td className={styles.status}>{statusOf(TARGETS_ROW, null)}</td>
          </tr>
          <tr data-testid="activity-reached">
            <th scope="row" className={mergeClasses(styles.team, styles.totalHead)}>{t('reports.reached')}</th>
            {grid.indicators.map((i) => <td key={i.id} className={styles.total}>{reached(grid.totals[i.id], grid.targets.values[i.id])}</td>)}
            <td className={styles.total} colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
