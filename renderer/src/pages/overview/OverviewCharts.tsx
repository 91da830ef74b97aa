import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Overview } from '../../../../shared/api';
import { BACKGROUND_ROLES, VILLAGE_KINDS, type BackgroundRole } from '../../../../shared/domain/vocabulary';
import { AGE_GROUPS } from '../../../../shared/overview/age-groups';
import { formatCount } from '../../lib/numbers';
import { AXIS_TICK, CHART_COLORS, CHART_HEIGHT, CHART_WIDTH, ChartCard, payloadOf } from './chart-parts';
import { peopleListAddress } from './links';

// Every chart is drawn without animation: the first frame is the final one, so print,
// PNG export and screenshots show the numbers, not a bar half-way up.
export const still = { isAnimationActive: false } as const;

/** Short labels for the bar axis; the tooltip gives the full one. */
export const ROLE_SHORT: Record<BackgroundRole, string> = {
  truong_thon: 'Trưởng thôn/TDP', bi_thu_chi_bo: 'Bí thư chi bộ', doan_thanh_nien: 'Đoàn thanh niên', cong_an: 'Công an',
  y_te: 'Y tế', giao_vien: 'Giáo viên', phu_nu: 'Hội Phụ nữ', nong_dan: 'Hội Nông dân', cuu_chien_binh: 'Cựu chiến binh',
  mat_tran: 'Mặt trận TQ', can_bo_xa: 'Cán bộ xã', vien_thong: 'Viễn thông/CNTT', nguoi_dan: 'Người dân',
};

export function CoverageChart({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = data.coverage.map((c) => ({ ...c, label: VILLAGE_KINDS[c.kind] }));
  const open = () => navigate('/villages');
  const pairing = data.pairingThreshold ? data.coverage.reduce((s, c) => s + c.pairingIssues, 0) : 0;
  return (
    <ChartCard
      title={t('overview.coverage')}
      testId="chart-coverage" hint={t('overview.chartLink')}
      foot={data.pairingThreshold ? t('overview.pairing', { threshold: data.pairingThreshold, count: pairing }) : undefined}
    >
      <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="#e0e0e0" />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar {...still} dataKey="established" name={t('overview.established')} stackId="c" fill={CHART_COLORS.good} onClick={open} cursor="pointer">
          <LabelList dataKey="established" position="center" fill="#fff" fontSize={11} formatter={hideZero} />
        </Bar>
        <Bar {...still} dataKey="planned" name={t('overview.planned')} stackId="c" fill={CHART_COLORS.planned} onClick={open} cursor="pointer">
          <LabelList dataKey="planned" position="center" fill="#000" fontSize={11} formatter={hideZero} />
        </Bar>
        <Bar {...still} dataKey="none" name={t('overview.none')} stackId="c" fill={CHART_COLORS.bad} onClick={open} cursor="pointer">
          <LabelList dataKey="none" position="center" fill="#fff" fontSize={11} formatter={hideZero} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}

/** A bar's number, grouped the Vietnamese way ("12.480"); none on an empty bar. */
export const hideZero = (v: unknown) => (v ? formatCount(Number(v)) : '');
/** Axis ticks and tooltips grouped the same way (a province's totals pass 1.000). */
export const groupedNumber = (v: unknown) => formatCount(Number(v));

/** One line per label: recharts' own tick wraps at spaces when it guesses the width short. */
export function RoleTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  return (
    <text x={Number(x)} y={Number(y)} dy={3} textAnchor="end" fontSize={10} fill={AXIS_TICK.fill}>
      {String(payload?.value ?? '')}
    </text>
  );
}

export function RolesChart({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = data.membersByRole.map((r) => ({ ...r, label: ROLE_SHORT[r.role], full: BACKGROUND_ROLES[r.role] }));
  return (
    <ChartCard title={t('overview.roles')} testId="chart-roles" hint={t('overview.chartLink')}>
      <BarChart layout="vertical" width={CHART_WIDTH} height={CHART_HEIGHT} data={rows} margin={{ top: 0, right: 24, bottom: 0, left: 0 }} barCategoryGap={2}>
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={104} tick={RoleTick} interval={0} />
        <Tooltip labelFormatter={(_, p) => (p?.[0]?.payload as { full?: string } | undefined)?.full ?? ''} />
        <Bar
          {...still} dataKey="count" name={t('overview.kpi.members')} fill={CHART_COLORS.blue} cursor="pointer"
          onClick={(item) => {
            const row = payloadOf<(typeof rows)[number]>(item);
            if (row) navigate(peopleListAddress({ membersOnly: true, role: row.role }));
          }}
        >
          <LabelList dataKey="count" position="right" fontSize={10} fill="#242424" />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}

export function AgesChart({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const label = (g: string) => AGE_GROUPS.find((a) => a.id === g)?.label ?? t('overview.ageUnknown');
  // The "unknown age" column is shown only when someone has no birth year.
  const rows = data.membersByAge.filter((a) => a.group !== 'unknown' || a.nam + a.nu + a.other > 0).map((a) => ({ ...a, label: label(a.group) }));
  const hasOther = rows.some((r) => r.other > 0);
  const open = (gender: 'nam' | 'nu' | 'unknown') => (item: unknown) => {
    const row = payloadOf<(typeof rows)[number]>(item);
    if (row) navigate(peopleListAddress({ membersOnly: true, age: row.group, gender }));
  };
  return (
    <ChartCard title={t('overview.ages')} testId="chart-ages" hint={t('overview.chartLink')}>
      <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={rows} margin={{ top: 12, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="#e0e0e0" />
        <XAxis dataKey="label" tick={AXIS_TICK} interval={0} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar {...still} dataKey="nam" name={t('overview.male')} fill={CHART_COLORS.blue} onClick={open('nam')} cursor="pointer">
          <LabelList dataKey="nam" position="top" fontSize={10} formatter={hideZero} />
        </Bar>
        <Bar {...still} dataKey="nu" name={t('overview.female')} fill={CHART_COLORS.pink} onClick={open('nu')} cursor="pointer">
          <LabelList dataKey="nu" position="top" fontSize={10} formatter={hideZero} />
        </Bar>
        {hasOther && (
          <Bar {...still} dataKey="other" name={t('overview.otherGender')} fill={CHART_COLORS.grey} onClick={open('unknown')} cursor="pointer" />
        )}
      </BarChart>
    </ChartCard>
  );
}

export function TrainingsChart({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // "T1" … "T12": twelve month names fit the axis; the title gives the span.
  const rows = data.trainingsByMonth.map((m) => ({ ...m, label: `T${Number(m.month.slice(5))}` }));
  const span = `${rows[0].month.slice(5)}/${rows[0].month.slice(0, 4)}–${rows.at(-1)!.month.slice(5)}/${rows.at(-1)!.month.slice(0, 4)}`;
  const { invited, attended } = data.turnout;
  const rate = invited ? `${Math.round((attended / invited) * 100)}%` : '—';
  return (
    <ChartCard title={t('overview.trainings', { span })} testId="chart-trainings" hint={t('overview.chartLink')} foot={t('overview.turnout', { rate, attended, invited })}>
      <ComposedChart width={CHART_WIDTH} height={CHART_HEIGHT} data={rows} margin={{ top: 12, right: 0, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="#e0e0e0" />
        <XAxis dataKey="label" tick={{ ...AXIS_TICK, fontSize: 10 }} interval={0} />
        <YAxis yAxisId="people" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis yAxisId="sessions" orientation="right" allowDecimals={false} tick={AXIS_TICK} width={24} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar
          {...still} yAxisId="people" dataKey="attended" name={t('overview.attended')} fill={CHART_COLORS.blue} cursor="pointer"
          onClick={() => navigate('/trainings')}
        >
          <LabelList dataKey="attended" position="top" fontSize={10} formatter={hideZero} />
        </Bar>
        <Line {...still} yAxisId="sessions" dataKey="sessions" name={t('overview.sessions')} stroke={CHART_COLORS.good} strokeWidth={2} dot={{ r: 3 }} />
      </ComposedChart>
    </ChartCard>
  );
}
