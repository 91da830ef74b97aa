import { checkLayout, type ReportLayout } from '../layout';
import { defaultLayout } from './default';
import { hungYenLayout } from './hung-yen';

/** Every report form the app can write; a province's form is one more entry here. */
export const REPORT_LAYOUTS: readonly ReportLayout[] = [defaultLayout, hungYenLayout];

export const DEFAULT_LAYOUT_ID = defaultLayout.id;

export function findLayout(id: string): ReportLayout | undefined {
  return REPORT_LAYOUTS.find((l) => l.id === id);
}

export { checkLayout, defaultLayout, hungYenLayout };
