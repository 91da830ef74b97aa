import type { ReportLayoutInfo } from '../../../shared/api/reports';
import { REPORT_LAYOUTS } from '../../../shared/reports/layouts';
import type { Handlers } from '../dispatch';
import { activityGrid, saveActivity, saveTargets } from './activity';
import { buildReportBytes } from './build';
import { createIndicator, listIndicators, updateIndicator } from './indicators';
import { dueReports, listReports, nextReportNumber } from './register';

const layouts = (): ReportLayoutInfo[] =>
  REPORT_LAYOUTS.map((l) => ({ id: l.id, name: l.name, description: l.description, sheets: l.sheets.map((s) => s.name) }));

export const reportHandlers: Pick<
  Handlers,
  | 'reports.indicators' | 'reports.createIndicator' | 'reports.updateIndicator' | 'reports.activityGrid' | 'reports.saveActivity'
  | 'reports.saveTargets' | 'reports.due' | 'reports.layouts' | 'reports.list' | 'reports.nextNumber' | 'reports.build'
> = {
  'reports.indicators': (input, ctx) => listIndicators(ctx, input.includeInactive),
  'reports.createIndicator': (input, ctx) => createIndicator(ctx, input),
  'reports.updateIndicator': (input, ctx) => updateIndicator(ctx, input),
  'reports.activityGrid': (input, ctx) => activityGrid(ctx, input.period),
  'reports.saveActivity': (input, ctx) => saveActivity(ctx, input),
  'reports.saveTargets': (input, ctx) => saveTargets(ctx, input),
  'reports.due': (input, ctx) => dueReports(ctx, input.kinds),
  'reports.layouts': () => layouts(),
  'reports.list': (input, ctx) => listReports(ctx, input.period),
  'reports.nextNumber': (input, ctx) => ({ year: input.year, number: nextReportNumber(ctx, input.year) }),
  'reports.build': (input, ctx) => buildReportBytes(ctx, input),
};
