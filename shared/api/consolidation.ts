/**
 * Province consolidation (issue 13) in the app: the workspace is a file of its own beside the
 * app's database ("tong-hop-tinh.db"); these operations act on it, never on the register.
 */
import { z } from 'zod';
import { bytes, op, type FileResult } from './define';

const period = z.string().trim().min(4, 'Chọn kỳ báo cáo.').max(10, 'Kỳ báo cáo không hợp lệ.');

export interface ConsolidationVerdict {
  file: string;
  verdict: string;
  stored: boolean;
  message: string;
  commune?: string;
  period?: string;
}

export interface ConsolidationStatus {
  period: string;
  label: string;
  communes: { title: string; submitted: boolean; fileName: string | null; reportDate: string | null; layoutId: string | null }[];
  submitted: number;
  missing: string[];
}

/** One summed figure with the communes' own figures behind it (largest first). */
export interface ProvinceFigure {
  label: string;
  total: number;
  communes: { commune: string; value: number }[];
}

/**
 * The overview at province level for a period (issue 13): the commune overview's figures summed
 * over the communes whose report is used; a chart is null when the period's layout has no such table.
 */
export interface ProvinceOverview {
  period: string;
  label: string;
  listed: number;
  /** Communes whose report is summed (the latest of each). */
  submitted: string[];
  /** Communes on the province's list without a report. */
  missing: string[];
  coverage: { kind: string; covered: ProvinceFigure; uncovered: ProvinceFigure }[] | null;
  membersByRole: { role: string; members: ProvinceFigure }[] | null;
  trainings: { form: string; sessions: ProvinceFigure; attendances: ProvinceFigure }[] | null;
  activity: { indicator: string; result: ProvinceFigure; target: ProvinceFigure }[] | null;
}

export const consolidationOperations = {
  'consolidation.status': op<ConsolidationStatus>()(z.object({ period })),
  'consolidation.addCommunes': op<{ added: number; alreadyListed: string[] }>()(
    z.object({ names: z.array(z.string().max(200)).min(1, 'Nhập ít nhất một tên xã, phường.').max(2_000) }),
  ),
  'consolidation.addReports': op<ConsolidationVerdict[]>()(
    z.object({
      period: period.optional(),
      files: z.array(z.object({ name: z.string().min(1).max(255), bytes })).min(1, 'Chọn ít nhất một tệp báo cáo.').max(500, 'Mỗi lần thêm tối đa 500 tệp.'),
    }),
  ),
  'consolidation.build': op<FileResult>()(z.object({ period })),
  'consolidation.overview': op<ProvinceOverview>()(z.object({ period })),
};
