import {
  CellStyleModule, ClientSideRowModelModule, LocaleModule, ModuleRegistry, QuickFilterModule,
  RowStyleModule, TooltipModule, ValidationModule, themeQuartz,
  type ColDef, type GetRowIdParams, type RowClassParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { FONT_STACK } from '../../theme';
import { GRID_LOCALE_VI } from './locale';

// Only what the register's grids use (sorting and flexible widths are in ag-grid's core):
// client-side rows, Vietnamese locale, cell/row styles, quick filter, tooltips. The validation
// module explains a missing module during development; production leaves it out.
ModuleRegistry.registerModules([
  ClientSideRowModelModule, LocaleModule, CellStyleModule, RowStyleModule, QuickFilterModule,
  TooltipModule, ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

/** ag-grid drawn to sit beside Fluent UI: same font, same blue, calm borders. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: FONT_STACK,
  fontSize: 14,
  headerFontSize: 14,
  headerFontWeight: 600,
  accentColor: '#0f6cbd',
  foregroundColor: '#242424',
  headerBackgroundColor: '#f5f5f5',
  borderColor: '#e0e0e0',
  cellHorizontalPadding: 12,
  rowHeight: 40,
  headerHeight: 40,
  wrapperBorderRadius: 4,
  browserColorScheme: 'light',
});

interface Props<T> {
  rows: T[] | undefined;
  columns: ColDef<T>[];
  getRowId: (row: T) => string;
  /** Double click or Enter on a row. */
  onOpen?: (row: T) => void;
  rowClass?: (row: T) => string | undefined;
  quickFilterText?: string;
  ariaLabel: string;
  /** What an empty list says, e.g. how to add the first row. */
  emptyText?: string;
  height?: string;
}

/** One grid component for every register list: locale, theme and keyboard behaviour in one place. */
export function DataGrid<T>(props: Props<T>) {
  const { onOpen, rowClass } = props;
  const idOf = props.getRowId;
  const getRowId = useCallback((p: GetRowIdParams<T>) => idOf(p.data), [idOf]);
  const localeText = useMemo(
    () => (props.emptyText ? { ...GRID_LOCALE_VI, noRowsToShow: props.emptyText } : GRID_LOCALE_VI),
    [props.emptyText],
  );
  return (
    <div className="tcns-grid" style={{ height: props.height ?? '100%', minHeight: 240, flexGrow: 1 }} aria-label={props.ariaLabel} role="region">
      <AgGridReact<T>
        theme={gridTheme}
        localeText={localeText}
        rowData={props.rows}
        columnDefs={props.columns}
        defaultColDef={{ sortable: true, resizable: false, minWidth: 80 }}
        getRowId={getRowId}
        quickFilterText={props.quickFilterText}
        onRowDoubleClicked={(e) => e.data && onOpen?.(e.data)}
        onCellKeyDown={(e) => {
          const key = (e.event as KeyboardEvent | undefined)?.key;
          if (key === 'Enter' && e.data && !(e.event?.target as HTMLElement | null)?.closest('button')) onOpen?.(e.data);
        }}
        getRowClass={rowClass ? (p: RowClassParams<T>) => (p.data ? rowClass(p.data) : undefined) : undefined}
        animateRows={false}
        enableCellTextSelection
        ensureDomOrder
      />
    </div>
  );
}
