import type { Commune } from '../../../../shared/api';
import type { ActivityIndicator, ReportTotals } from '../../../../shared/api/reports';
import type { ReportLayout } from '../../../../shared/reports/layout';
import { personalFieldsOf } from '../../../../shared/reports/personal-fields';
import { communeTitle, placeDateLine, reportNumberText, shortDate, upperVi } from '../../../../shared/reports/format';
import { periodPhrase, periodRangeText, type ReportPeriod } from '../../../../shared/reports/periods';
import type { Context } from '../../context';
import { resultTotals } from '../activity';
import { listIndicators } from '../indicators';
import { memberSource } from './members';
import { indicatorSource, reportIndicators, resultSource } from './results';
import { allTeams, establishedOn } from './scope';
import type { Sources } from './source';
import { membersByRole, seatCounts, teamsByLevel, villageCoverage } from './summary';
import { trainingSources } from './trainings';

export interface ReportMeta {
  commune: Commune;
  period: ReportPeriod;
  layout: ReportLayout;
  number: number | null;
  numberText: string; // "12/BC-UBND"
  date: string; // ISO
  preparedBy: string | null;
  /** Values for the layout's {placeholders}. */
  placeholders: Record<string, string>;
}

export interface ReportModel {
  meta: ReportMeta;
  /** The indicator columns of the results sheet, in catalogue order. */
  indicators: ActivityIndicator[];
  sources: Sources;
  hasTrainings: boolean;
  memberCount: number;
  totals: ReportTotals;
}

/** The fields the layout's member tables print (the rest are not read from the database). */
function memberColumnsOf(layout: ReportLayout): Set<string> {
  return new Set(layout.sheets.flatMap((s) => s.tables.filter((t) => t.source === 'members').flatMap((t) => t.columns.map((c) => String(c.key)))));
}

/**
 * Everything a report shows, as of the period's last day: teams established then, their members
 * then, trainings held in the period, results reported inside it. Reads only.
 */
export function buildReportModel(
  ctx: Context,
  options: { commune: Commune; period: ReportPeriod; layout: ReportLayout; number: number | null; date: string; preparedBy: string | null },
): ReportModel {
  const { commune, period, layout } = options;
  const teams = allTeams(ctx);
  const seats = seatCounts(ctx, period.to);
  const established = teams.filter((t) => establishedOn(t, period.to));
  const inPeriod = resultTotals(ctx, period.from, period.to);
  const indicators = reportIndicators(listIndicators(ctx), inPeriod);
  const trainings = trainingSources(ctx, period);
  // The seats counted for the summary already hold the member count: no second scan.
  const seated = new Set(established.map((t) => t.id));
  const members = memberSource(ctx, established, period.to, personalFieldsOf(layout), {
    printed: memberColumnsOf(layout),
    count: seats.reduce((n, s) => n + (seated.has(s.teamId) ? s.n : 0), 0),
  });
  const sources: Sources = {
    teamsByLevel: teamsByLevel(teams, seats, period),
    membersByRole: membersByRole(teams, seats, period),
    villageCoverage: villageCoverage(ctx, teams, period),
    trainingTotals: trainings.totals,
    indicators: indicatorSource(ctx, indicators, period),
    members,
    trainings: trainings.list,
    results: resultSource(ctx, teams, seats, indicators, period),
  };
  const numberText = reportNumberText(options.number, layout.symbol);
  const communeName = communeTitle(commune.kind, commune.name);
  const coverage = sources.villageCoverage.total ?? {};
  return {
    meta: {
      commune, period, layout, number: options.number, numberText, date: options.date, preparedBy: options.preparedBy,
      placeholders: {
        period: periodPhrase(period),
        PERIOD: upperVi(periodPhrase(period)),
        label: period.label,
        range: periodRangeText(period),
        commune: communeName,
        COMMUNE: upperVi(communeName),
        province: commune.province,
        number: numberText,
        date: shortDate(options.date),
        placeDate: placeDateLine(commune.placeName, options.date),
      },
    },
    indicators,
    sources,
    hasTrainings: trainings.sessions > 0,
    memberCount: members.count,
    totals: {
      teams: established.length,
      members: members.count,
      villages: coverage.villages ?? 0,
      coveredVillages: coverage.covered ?? 0,
      sessions: trainings.sessions,
      peopleTrained: trainings.people,
      indicators: Object.fromEntries(indicators.map((i) => [i.id, inPeriod[i.id] ?? 0])),
    },
  };
}
