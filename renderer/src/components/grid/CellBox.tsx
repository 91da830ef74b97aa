import type { ReactNode } from 'react';

/** Vertically centres a cell's components (badges, buttons) in ag-grid's fixed-height rows. */
export function CellBox({ children }: { children: ReactNode }) {
  return <div style={{ display: 'flex', alignItems: 'center', gap: 6, height: '100%', overflow: 'hidden' }}>{children}</div>;
}
