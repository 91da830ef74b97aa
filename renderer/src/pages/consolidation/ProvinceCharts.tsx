import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProvinceFigure, ProvinceOverview } from '../../../../shared/api/consolidation';
import { BACKGROUND_ROLES, type BackgroundRole } from '../../../../shared/domain/vocabulary';
import { formatCount } from '../../lib/numbers';
import { MeterList } from '../overview/ActivityMeters';
import { AXIS_TICK, CHART_COLORS, CHART_HEIGHT, CHART_WIDTH, ChartCard, payloadOf } from '../overview/chart-parts';
import { groupedNumber, hideZero, ROLE_SHORT, RoleTick, still } from '../overview/OverviewCharts';

const useStyles = makeStyles({
  // As the commune overview: 1060 px fits beside the navigation at 1366 px and one A4 landscape page.
  section: {
    display: 'flex', flexDirection: 'column', gap: '8px', width: '1060px', maxWidth: '100%',
    // A click on a bar's number opens the list as a click on the bar does.
    '& .recharts-label-list, & .recharts-label-list *': { pointerEvents: 'none' },
    // The hovered bar's tooltip and highlight are not part of the printed page.
    // (nor the focus ring a click leaves on the chart).
    '@media print': {
      '& .recharts-tooltip-wrapper, & .recharts-tooltip-cursor': { display: 'none' },
      '& .recharts-wrapper, & .recharts-wrapper *': { outline: 'none' },
    },
  },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: '8px' },
  wide: { gridColumn: 'span 2' },
  missing: {
    margin: 0, paddingLeft: '18px', fontSize: '12px', lineHeight: '17px', maxHeight: `${CHART_HEIGHT - 24}px`, overflowY: 'auto',
    '@media print': { maxHeight: 'none', overflowY: 'visible' },
  },
  link: { cursor: 'pointer', border: 'none', background: 'none', padding: 0, textAlign: 'left', font: 'inherit', color: tokens.colorBrandForegroundLink },
  detail: { breakInside: 'avoid', display: 'flex', flexDirection: 'column', gap: '4px' },
  detailHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  table: {
    borderCollapse: 'collapse', fontSize: '12px', alignSelf: 'flex-start', minWidth: '480px',
    '& td, & th': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 8px', textAlign: 'left' },
    '& td.n, & th.n': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  },
});

/** The per-commune list behind a bar or a meter: one column per figure, ordered by the first. */
interface Detail { title: string; columns: { label: string; figure: ProvinceFigure }[] }

/** "xã Hòa Bình" (as in a sentence) → "Xã Hòa Bình" (a line or cell of its own). */
const cellTitle = (title: string) => title.charAt(0).toLocaleUpperCase('vi') + title.slice(1);

const ROLE_BY_NAME = new Map(Object.entries(BACKGROUND_ROLES).map(([key, name]) => [name as string, key as BackgroundRole]));
/** The report prints the role's full name; the axis uses the commune overview's short one. */
const roleShort = (name: string) => {
  const key = ROLE_BY_NAME.get(name);
  return key ? ROLE_SHORT[key] : name;
};

function DetailTable({ detail, onClose }: { detail: Detail; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const values = detail.columns.map((c) => new Map(c.figure.communes.map((x) => [x.commune, x.value])));
  return (
    <section className={styles.detail} data-testid="province-detail" aria-label={detail.title}>
      <div className={styles.detailHead}>
        <Text weight="semibold">{detail.title}</Text>
        <Button size="small" className="tcns-no-print" onClick={onClose}>{t('common.close')}</Button>
      </div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>{t('consolidation.charts.index')}</th><th>{t('consolidation.charts.commune')}</th>
            {detail.columns.map((c) => <th key={c.label} className="n">{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {detail.columns[0].figure.communes.map((row, i) => (
            <tr key={row.commune}>
              <td>{i + 1}</td><td>{cellTitle(row.commune)}</td>
              {values.map((v, k) => <td key={k} className="n">{formatCount(v.get(row.commune) ?? 0)}</td>)}
            </tr>
          ))}
          <tr>
            <th colSpan={2}>{t('consolidation.charts.total')}</th>
            {detail.columns.map((c) => <th key={c.label} className="n">{formatCount(c.figure.total)}</th>)}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/**
 * The overview at province level (issue 13): the commune overview's charts, summed over the
 * communes whose report is used for the period, each bar or meter opening the per-commune
 * list behind it; plus who has not submitted. Figures come from consolidation.overview.
 */
export function ProvinceCharts({ data }: { data: ProvinceOverview }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [detail, setDetail] = useState<Detail | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const open = (d: Detail) => {
    setDetail(d);
    requestAnimationFrame(() => detailRef.current?.scrollIntoView({ block: 'nearest' }));
  };
  const absent = t('consolidation.charts.notInLayout');

  const coverage = data.coverage?.map((c) => ({ label: c.kind, covered: c.covered.total, uncovered: c.uncovered.total, source: c }));
  const openCoverage = (first: 'covered' | 'uncovered') => (item: unknown) => {
    const c = payloadOf<NonNullable<typeof coverage>[number]>(item)?.source;
    if (!c) return;
    const cols = { covered: { label: t('consolidation.charts.covered'), figure: c.covered }, uncovered: { label: t('consolidation.charts.uncovered'), figure: c.uncovered } };
    open({ title: t('consolidation.charts.coverageDetail', { kind: c.kind, what: cols[first].label.toLocaleLowerCase('vi') }), columns: first === 'covered' ? [cols.covered, cols.uncovered] : [cols.uncovered, cols.covered] });
  };

  // As on the commune overview: the largest first, roles nobody holds left out.
  const roles = data.membersByRole?.map((r) => ({ label: roleShort(r.role), full: r.role, count: r.members.total, source: r }))
    .filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
  const trainings = data.trainings?.map((r) => ({ label: r.form, attendances: r.attendances.total, sessions: r.sessions.total, source: r }));
  const openTraining = (item: unknown) => {
    const r = payloadOf<NonNullable<typeof trainings>[number]>(item)?.source;
    if (r) open({ title: t('consolidation.charts.trainingDetail', { form: r.form.toLocaleLowerCase('vi') }), columns: [{ label: t('consolidation.charts.attendances'), figure: r.attendances }, { label: t('consolidation.charts.sessions'), figure: r.sessions }] });
  };

  return (
    <div className={styles.section} data-testid="province-overview">
      <div className={styles.grid}>
        <ChartCard title={t('consolidation.charts.submission', { submitted: data.submitted.length, listed: data.listed })} testId="province-chart-submission">
          {data.missing.length === 0 ? (
            <Text size={200}>{t('consolidation.charts.allSubmitted')}</Text>
          ) : (
            <>
              <Text size={200}>{t('consolidation.charts.missingTitle', { count: data.missing.length })}</Text>
              <ol className={styles.missing} data-testid="province-missing">{data.missing.map((m) => <li key={m}>{cellTitle(m)}</li>)}</ol>
            </>
          )}
        </ChartCard>

        <ChartCard title={t('consolidation.charts.coverage')} testId="province-chart-coverage" hint={t('consolidation.charts.hint')}>
          {coverage ? (
            <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={coverage} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
              <CartesianGrid vertical={false} stroke="#e0e0e0" />
              <XAxis dataKey="label" tick={AXIS_TICK} />
              <YAxis allowDecimals={false} tick={AXIS_TICK} tickFormatter={groupedNumber} />
              <Tooltip formatter={groupedNumber} />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              <Bar {...still} dataKey="covered" name={t('consolidation.charts.covered')} stackId="c" fill={CHART_COLORS.good} onClick={openCoverage('covered')} cursor="pointer">
                <LabelList dataKey="covered" position="center" fill="#fff" fontSize={11} formatter={hideZero} />
              </Bar>
              <Bar {...still} dataKey="uncovered" name={t('consolidation.charts.uncovered')} stackId="c" fill={CHART_COLORS.bad} onClick={openCoverage('uncovered')} cursor="pointer">
                <LabelList dataKey="uncovered" position="center" fill="#fff" fontSize={11} formatter={hideZero} />
              </Bar>
            </BarChart>
          ) : <Text size={200}>{absent}</Text>}
        </ChartCard>

        <ChartCard title={t('consolidation.charts.roles')} testId="province-chart-roles" hint={t('consolidation.charts.hint')}>
          {roles ? (
            <BarChart layout="vertical" width={CHART_WIDTH} height={CHART_HEIGHT} data={roles} margin={{ top: 0, right: 32, bottom: 0, left: 0 }} barCategoryGap={2}>
              <XAxis type="number" hide allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={104} tick={RoleTick} interval={0} />
              <Tooltip formatter={groupedNumber} labelFormatter={(_, p) => (p?.[0]?.payload as { full?: string } | undefined)?.full ?? ''} />
              <Bar
                {...still} dataKey="count" name={t('consolidation.charts.members')} fill={CHART_COLORS.blue} cursor="pointer"
                onClick={(item) => {
                  const r = payloadOf<NonNullable<typeof roles>[number]>(item)?.source;
                  if (r) open({ title: t('consolidation.charts.roleDetail', { role: r.role }), columns: [{ label: t('consolidation.charts.members'), figure: r.members }] });
                }}
              >
                <LabelList dataKey="count" position="right" fontSize={10} fill="#242424" formatter={hideZero} />
              </Bar>
            </BarChart>
          ) : <Text size={200}>{absent}</Text>}
        </ChartCard>

        <ChartCard title={t('consolidation.charts.trainings')} testId="province-chart-trainings" hint={t('consolidation.charts.hint')}>
          {trainings ? (
            <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={trainings} margin={{ top: 18, right: 0, bottom: 0, left: -8 }}>
              <CartesianGrid vertical={false} stroke="#e0e0e0" />
              <XAxis dataKey="label" tick={AXIS_TICK} />
              <YAxis yAxisId="people" allowDecimals={false} tick={AXIS_TICK} tickFormatter={groupedNumber} />
              <YAxis yAxisId="sessions" orientation="right" allowDecimals={false} tick={AXIS_TICK} tickFormatter={groupedNumber} width={28} />
              <Tooltip formatter={groupedNumber} />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              <Bar {...still} yAxisId="people" dataKey="attendances" name={t('consolidation.charts.attendances')} fill={CHART_COLORS.blue} onClick={openTraining} cursor="pointer">
                <LabelList dataKey="attendances" position="top" fontSize={10} formatter={hideZero} />
              </Bar>
              <Bar {...still} yAxisId="sessions" dataKey="sessions" name={t('consolidation.charts.sessions')} fill={CHART_COLORS.good} onClick={openTraining} cursor="pointer">
                <LabelList dataKey="sessions" position="top" fontSize={10} formatter={hideZero} />
              </Bar>
            </BarChart>
          ) : <Text size={200}>{absent}</Text>}
        </ChartCard>

        <div className={styles.wide}>
          <ChartCard title={t('consolidation.charts.activity', { period: data.label })} testId="province-chart-activity" hint={t('consolidation.charts.hint')}>
            {data.activity ? (
              <MeterList
                perRow
                rows={data.activity.map((a) => ({ id: a.indicator, name: a.indicator, result: a.result.total, target: a.target.total || null }))}
                onOpen={(row) => {
                  const a = data.activity!.find((x) => x.indicator === row.id)!;
                  open({ title: t('consolidation.charts.activityDetail', { indicator: a.indicator }), columns: [{ label: t('consolidation.charts.result'), figure: a.result }, { label: t('consolidation.charts.target'), figure: a.target }] });
                }}
              />
            ) : <Text size={200}>{absent}</Text>}
          </ChartCard>
        </div>
      </div>
      <div ref={detailRef}>{detail && <DetailTable detail={detail} onClose={() => setDetail(null)} />}</div>
    </div>
  );
}
