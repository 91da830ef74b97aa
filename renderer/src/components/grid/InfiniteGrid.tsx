import {
  InfiniteRowModelModule, LocaleModule, ModuleRegistry, TooltipModule,
  type ColDef, type GetRowIdParams, type IDatasource, type SortModelItem,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { gridTheme } from './DataGrid';
import { GRID_LOCALE_VI } from './locale';

ModuleRegistry.registerModules([InfiniteRowModelModule, LocaleModule, TooltipModule]);

export interface Page<T> { rows: T[]; total: number }

interface Props<T> {
  /** One page from the back end; a new function (new filter) starts the grid over. */
  fetchPage: (offset: number, limit: number, sort: SortModelItem | undefined) => Promise<Page<T>>;
  columns: ColDef<T>[];
  getRowId: (row: T) => string;
  onOpen?: (row: T) => void;
  ariaLabel: string;
  emptyText?: string;
}

/** Rows the grid asks for at once; the contract caps a page at 500. */
const BLOCK = 100;

/**
 * A grid over a list too large to load at once (the province's register): ag-grid's infinite
 * row model asks for blocks of rows as the user scrolls, sorted by the back end, and knows the
 * true total from the first answer, so the scroll bar reaches the last row.
 */
export function InfiniteGrid<T>(props: Props<T>) {
  const { fetchPage, onOpen } = props;
  const idOf = props.getRowId;
  const getRowId = useCallback((p: GetRowIdParams<T>) => idOf(p.data), [idOf]);
  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params) => {
        fetchPage(params.startRow, params.endRow - params.startRow, params.sortModel[0]).then(
          (page) => params.successCallback(page.rows, page.total),
          () => params.failCallback(),
        );
      },
    }),
    [fetchPage],
  );
  const localeText = useMemo(
    () => (props.emptyText ? { ...GRID_LOCALE_VI, noRowsToShow: props.emptyText } : GRID_LOCALE_VI),
    [props.emptyText],
  );
  return (
    <div className="tcns-grid" style={{ height: '100%', minHeight: 240, flexGrow: 1 }} aria-label={props.ariaLabel} role="region">
      <AgGridReact<T>
        theme={gridTheme}
        localeText={localeText}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK}
        maxBlocksInCache={50}
        infiniteInitialRowCount={BLOCK}
        columnDefs={props.columns}
        defaultColDef={{ sortable: false, resizable: false, minWidth: 80 }}
        getRowId={getRowId}
        onRowDoubleClicked={(e) => e.data && onOpen?.(e.data)}
        onCellKeyDown={(e) => {
          const key = (e.event as KeyboardEvent | undefined)?.key;
          if (key === 'Enter' && e.data && !(e.event?.target as HTMLElement | null)?.closest('button')) onOpen?.(e.data);
        }}
        animateRows={false}
        enableCellTextSelection
        ensureDomOrder
      />
    </div>
  );
}
