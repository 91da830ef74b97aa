import { Badge, Select, tokens } from '@fluentui/react-components';
import type { CellStyle, ColDef, ICellRendererParams, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { IMPORT_FIELDS, type ImportField, type ImportRowPreview } from '../../../../shared/api/imports';
import { CellBox } from '../../components/grid/CellBox';
import { encodingBadge, shownValue, type RowChoice } from './import-plan';

// Room for the text and, beside it, a TCVN3/VNI badge.
const MIN_WIDTH: Partial<Record<ImportField, number>> = { fullName: 210, birth: 120, gender: 110, phone: 120, village: 150 };

/** A preview row with what will be done with it. */
export type PreviewGridRow = ImportRowPreview & { choice: RowChoice };

type Params = ICellRendererParams<PreviewGridRow>;

/** The converted text, with a badge naming the legacy encoding it was typed in. */
function ValueCell({ data, field, t }: Params & { field: ImportField; t: TFunction }) {
  if (!data) return null;
  const badge = encodingBadge(data.converted[field]);
  return (
    <CellBox>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }}>{shownValue(field, data.values[field])}</span>
      {badge && (
        <Badge size="small" appearance="tint" color="brand" title={t('imports.convertedFrom', { encoding: badge })} data-testid="encoding-badge" style={{ flexShrink: 0 }}>
          {badge}
        </Badge>
      )}
    </CellBox>
  );
}

function ProblemsCell({ data }: Params) {
  if (!data) return null;
  // One line (the row is 40 px high); the tooltip and the refusal list give the whole text.
  return (
    <CellBox>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
        {data.errors.map((e) => <span key={e} style={{ color: tokens.colorPaletteRedForeground1, fontWeight: 600 }}>{e} </span>)}
        {data.warnings.map((w) => <span key={w} style={{ color: tokens.colorPaletteDarkOrangeForeground1 }}>{w} </span>)}
      </span>
    </CellBox>
  );
}

/** "create", "skip", or "link:<person id>" for one option of the native select. */
const optionValue = (c: RowChoice) => (c.action === 'link' ? `link:${c.linkTo ?? ''}` : c.action);

function ActionCell({ data, t, onChoose }: Params & { t: TFunction; onChoose: (rowNumber: number, choice: RowChoice) => void }) {
  if (!data) return null;
  const choose = (value: string) =>
    onChoose(data.rowNumber, value.startsWith('link:') ? { action: 'link', linkTo: value.slice(5) } : { action: value as 'create' | 'skip', linkTo: null });
  return (
    <CellBox>
      <Select
        size="small"
        value={optionValue(data.choice)}
        onChange={(_, d) => choose(d.value)}
        aria-label={t('imports.actionFor', { row: data.rowNumber })}
        style={{ width: '100%' }}
      >
        <option value="create">{t('imports.actionCreate')}</option>
        {data.candidates.map((c) => (
          <option key={c.id} value={`link:${c.id}`}>
            {t('imports.actionLink', { name: c.fullName, year: c.birthYear ?? '—' })}
          </option>
        ))}
        <option value="skip">{t('imports.actionSkip')}</option>
      </Select>
    </CellBox>
  );
}

/** Rows with errors are tinted red; skipped rows step back, so what will be written stands out. */
function rowStyle(data: PreviewGridRow | undefined): CellStyle | undefined {
  if (!data) return undefined;
  if (data.errors.length && data.choice.action !== 'skip') return { backgroundColor: '#fdf3f4' };
  if (data.choice.action === 'skip') return { color: '#707070', fontStyle: 'italic' };
  return undefined;
}

// The action select must keep the arrow keys; ag-grid would otherwise move between cells.
const keepSelectKeys = (p: SuppressKeyboardEventParams) =>
  (p.event.target as HTMLElement | null)?.tagName === 'SELECT' && p.event.key !== 'Tab' && p.event.key !== 'Escape';

const problemsOf = (r: PreviewGridRow | undefined) => [...(r?.errors ?? []), ...(r?.warnings ?? [])];

/**
 * Row number and action stay in view (pinned) however many fields the list has; the problems
 * column, when any row has one, comes right after the name, where the officer looks first.
 */
export function previewColumns(
  t: TFunction,
  fields: ImportField[],
  withProblems: boolean,
  onChoose: (rowNumber: number, choice: RowChoice) => void,
): ColDef<PreviewGridRow>[] {
  const cellStyle = (p: { data?: PreviewGridRow }) => rowStyle(p.data) ?? null;
  const fieldColumn = (field: ImportField): ColDef<PreviewGridRow> => ({
    colId: field,
    headerName: IMPORT_FIELDS[field],
    headerTooltip: IMPORT_FIELDS[field],
    flex: field === 'fullName' ? 1.6 : 1,
    minWidth: MIN_WIDTH[field] ?? 130,
    valueGetter: (p) => shownValue(field, p.data?.values[field]),
    tooltipValueGetter: (p) => shownValue(field, p.data?.values[field]),
    cellRenderer: ValueCell,
    cellRendererParams: { field, t },
    cellStyle,
  });
  const problems: ColDef<PreviewGridRow> = {
    colId: 'problems', headerName: t('imports.problems'), flex: 2, minWidth: 240, cellRenderer: ProblemsCell, cellStyle,
    valueGetter: (p) => problemsOf(p.data).join(' '),
    tooltipValueGetter: (p) => problemsOf(p.data).join('\n') || undefined,
  };
  const [first, ...rest] = fields;
  return [
    { field: 'rowNumber', headerName: t('imports.rowNumber'), width: 76, type: 'rightAligned', pinned: 'left', cellStyle },
    ...(first ? [fieldColumn(first)] : []),
    ...(withProblems ? [problems] : []),
    ...rest.map(fieldColumn),
    {
      colId: 'action', headerName: t('imports.action'), width: 270, pinned: 'right', sortable: false, cellRenderer: ActionCell,
      cellRendererParams: { t, onChoose }, suppressKeyboardEvent: keepSelectKeys, cellStyle,
    },
  ];
}
