import type { WorkOrderKpisQuery } from '../../gql/graphql.js';

type Kpis = WorkOrderKpisQuery['workOrderKpis'];
export type KpiStatus = 'ok' | 'bad' | 'none';
export type KpiCard = {
  key: string;
  value: string;
  status: KpiStatus;
  note: { key: string; v?: string | number };
};

/** Ratios with two decimals at most, so 97.97 % never shows as a target-meeting "98 %". */
const percent = (ratio: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(ratio);

/** SPEC §3.4 (IPARK 5.2.1.5-6): repair handling ≥ 98 %, return visits 100 %, satisfaction ≥ 95 %, pass 100 %. */
export const KPI_TARGETS = {
  timeliness: 0.98,
  returnVisitRate: 1,
  satisfaction: 0.95,
  firstTimePass: 1,
} as const;

/**
 * The dashboard's cards, each judged against its target: green when met, red when missed,
 * grey with nothing to count or no single target (mean times answer to each order's own SLA).
 */
export function kpiCards(k: Kpis, locale: string, minutes: (n: number) => string): KpiCard[] {
  const ratios = (Object.keys(KPI_TARGETS) as (keyof typeof KPI_TARGETS)[]).map((key): KpiCard => {
    const target = KPI_TARGETS[key];
    const v = k[key];
    const status: KpiStatus = v === null || v === undefined ? 'none' : v >= target ? 'ok' : 'bad';
    const shown = target === 1 ? percent(1, locale) : `≥ ${percent(target, locale)}`;
    return {
      key,
      value: v == null ? '—' : percent(v, locale),
      status,
      note: { key: 'kpi.target', v: shown },
    };
  });
  const mean = (key: 'meanResponseMinutes' | 'meanResolutionMinutes'): KpiCard => ({
    key,
    value: k[key] == null ? '—' : minutes(Math.round(k[key])),
    status: 'none',
    note: { key: 'kpi.bySla' },
  });
  return [
    { key: 'filed', value: String(k.filed), status: 'none', note: { key: 'kpi.completed', v: k.completed } },
    ...ratios,
    mean('meanResponseMinutes'),
    mean('meanResolutionMinutes'),
    {
      key: 'slaBreaches',
      value: String(k.slaBreaches),
      status: k.slaBreaches === 0 ? 'ok' : 'bad',
      note: { key: 'kpi.target', v: 0 },
    },
  ];
}
