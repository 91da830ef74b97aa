import type { Handlers } from '../dispatch';
import { overviewPdf } from './export-pdf';
import { getOverview } from './overview';

export const overviewHandlers: Pick<Handlers, 'overview.get' | 'overview.exportPdf'> = {
  'overview.get': (_input, ctx) => getOverview(ctx),
  'overview.exportPdf': (input, ctx) => overviewPdf(ctx, input.png),
};
