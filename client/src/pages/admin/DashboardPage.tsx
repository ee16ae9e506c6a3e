import { dashboardIntroductionStatuses, type Dashboard } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type XAxisProps } from "recharts";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { abbreviateLabel, charactersFor } from "../../lib/chartLabels.ts";
import { introductionRows } from "../../lib/dashboardSeries.ts";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMediaQuery } from "../../lib/useMediaQuery.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { ChartFigure } from "./ChartFigure.tsx";
import { useDashboard } from "./useDashboard.ts";

// Colours with at least 4.5:1 contrast on white, distinguishable for the common colour-vision deficiencies.
const palette = { primary: "#166534", secondary: "#1d4ed8", amber: "#b45309", red: "#991b1b", purple: "#6d28d9", grey: "#4b5563" };
const statusColours: Record<(typeof dashboardIntroductionStatuses)[number], string> = {
  AWAITING_BROKER: palette.purple,
  WITH_CONTACT_POINT: palette.secondary,
  PENDING: palette.amber,
  ACCEPTED: palette.primary,
  DECLINED: palette.red,
  WITHDRAWN: palette.grey,
};
// The charts are drawn for sighted readers; the table under each is the accessible version.
const chartProps = { accessibilityLayer: false } as const;
const tick = { fill: "#374151", fontSize: 13 };
/** Phones: category labels go on the vertical axis, shortened, so they never overlap (see Charts). */
const phoneQuery = "(max-width: 560px)";

function Charts({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const tooltipFormatter = (value: unknown) => n(Number(value));
  const byType = data.opportunitiesByType.map((r) => ({ ...r, label: t(`opportunityType.${r.type}`) }));
  const byStatus = data.opportunitiesByStatus.map((r) => ({ ...r, label: t(`admin.opportunityStatus.${r.status}`) }));
  const months = introductionRows(data.introductionsByMonth, locale);
  const introductionsTotal = months.reduce((sum, m) => sum + m.total, 0);
  const horizontalHeight = (rows: number) => Math.max(240, rows * 34 + 60);
  // On a phone, side-by-side labels under columns overlap: the bars lie down instead (labels on the
  // vertical axis, one per line), the axis is narrower and long labels are shortened; the tooltip
  // and the table keep the full text.
  const phone = useMediaQuery(phoneQuery, false);
  const labelWidth = phone ? 120 : 210;
  const categoryTick = { ...tick, fontSize: phone ? 12 : 13 };
  const shortLabel = (label: string) => (phone ? abbreviateLabel(label, charactersFor(labelWidth)) : label);
  /** A bar chart of counts per category: columns on wide screens, bars on a phone. */
  const categoryBars = (rows: { label: string; count: number }[], name: string, fill: string, columnAxis: Partial<XAxisProps> = {}) =>
    phone ? (
      <ResponsiveContainer width="100%" height={horizontalHeight(rows.length)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 0, right: 16 }} {...chartProps}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={tick} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={categoryTick} tickFormatter={shortLabel} interval={0} />
          <Tooltip formatter={tooltipFormatter} />
          <Bar dataKey="count" name={name} fill={fill} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    ) : (
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={rows} {...chartProps}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={tick} {...columnAxis} />
          <YAxis allowDecimals={false} tick={tick} />
          <Tooltip formatter={tooltipFormatter} />
          <Bar dataKey="count" name={name} fill={fill} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    );
  const top = (rows: { label: string; count: number }[]) => rows.slice(0, 3).map((r) => `${r.label} ${n(r.count)}`).join(", ");

  return (
    <div className="admin-charts">
      <ChartFigure
        testId="chart-countries"
        title={t("admin.dashboard.byCountry")}
        summary={t("admin.dashboard.summaryTop", { top: top(data.membersByCountry) })}
        rows={data.membersByCountry}
        rowKey={(r) => r.code}
        columns={[
          { header: t("admin.dashboard.country"), value: (r) => r.label },
          { header: t("admin.dashboard.firms"), value: (r) => n(r.count), numeric: true },
        ]}
      >
        {categoryBars(data.membersByCountry, t("admin.dashboard.firms"), palette.primary)}
      </ChartFigure>

      <ChartFigure
        testId="chart-clusters"
        title={t("admin.dashboard.byCluster")}
        summary={t("admin.dashboard.summaryTop", { top: top(data.membersByCluster) })}
        rows={data.membersByCluster}
        rowKey={(r) => r.code}
        columns={[
          { header: t("admin.dashboard.cluster"), value: (r) => r.label },
          { header: t("admin.dashboard.firms"), value: (r) => n(r.count), numeric: true },
        ]}
      >
        <ResponsiveContainer width="100%" height={horizontalHeight(data.membersByCluster.length)}>
          <BarChart data={data.membersByCluster} layout="vertical" margin={{ left: phone ? 0 : 8, right: 16 }} {...chartProps}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={tick} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={categoryTick} tickFormatter={shortLabel} interval={0} />
            <Tooltip formatter={tooltipFormatter} />
            <Bar dataKey="count" name={t("admin.dashboard.firms")} fill={palette.secondary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>

      <ChartFigure
        testId="chart-capabilities"
        title={t("admin.dashboard.capabilities")}
        summary={t("admin.dashboard.capabilitiesSummary", {
          top: data.requestedCapabilities
            .slice(0, 3)
            .map((r) => t("admin.dashboard.capabilityPair", { label: r.label, requested: n(r.requested), offering: n(r.offering) }))
            .join("; "),
        })}
        rows={data.requestedCapabilities}
        rowKey={(r) => r.code}
        columns={[
          { header: t("admin.dashboard.capability"), value: (r) => r.label },
          { header: t("admin.dashboard.requested"), value: (r) => n(r.requested), numeric: true },
          { header: t("admin.dashboard.offering"), value: (r) => n(r.offering), numeric: true },
        ]}
      >
        <ResponsiveContainer width="100%" height={horizontalHeight(data.requestedCapabilities.length * 1.4)}>
          <BarChart data={data.requestedCapabilities} layout="vertical" margin={{ left: phone ? 0 : 8, right: 16 }} {...chartProps}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={tick} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={categoryTick} tickFormatter={shortLabel} interval={0} />
            <Tooltip formatter={tooltipFormatter} />
            <Legend />
            <Bar dataKey="requested" name={t("admin.dashboard.requested")} fill={palette.amber} isAnimationActive={false} />
            <Bar dataKey="offering" name={t("admin.dashboard.offering")} fill={palette.primary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>

      <ChartFigure
        testId="chart-types"
        title={t("admin.dashboard.byType")}
        summary={t("admin.dashboard.summaryTop", { top: top([...byType].sort((a, b) => b.count - a.count)) })}
        rows={byType}
        rowKey={(r) => r.type}
        columns={[
          { header: t("admin.dashboard.type"), value: (r) => r.label },
          { header: t("admin.dashboard.opportunities"), value: (r) => n(r.count), numeric: true },
        ]}
      >
        {categoryBars(byType, t("admin.dashboard.opportunities"), palette.secondary, { interval: 0, angle: -20, textAnchor: "end", height: 70 })}
      </ChartFigure>

      <ChartFigure
        testId="chart-statuses"
        title={t("admin.dashboard.byStatus")}
        summary={t("admin.dashboard.summaryTop", { top: top([...byStatus].sort((a, b) => b.count - a.count)) })}
        rows={byStatus}
        rowKey={(r) => r.status}
        columns={[
          { header: t("admin.dashboard.status"), value: (r) => r.label },
          { header: t("admin.dashboard.opportunities"), value: (r) => n(r.count), numeric: true },
        ]}
      >
        {categoryBars(byStatus, t("admin.dashboard.opportunities"), palette.purple, { interval: 0 })}
      </ChartFigure>

      <ChartFigure
        testId="chart-introductions"
        title={t("admin.dashboard.introductions")}
        summary={t("admin.dashboard.introductionsSummary", { count: introductionsTotal, total: n(introductionsTotal), last: n(months.at(-1)?.total ?? 0) })}
        rows={months}
        rowKey={(r) => r.month}
        columns={[
          { header: t("admin.dashboard.month"), value: (r) => r.label },
          { header: t("admin.dashboard.total"), value: (r) => n(r.total), numeric: true },
          ...dashboardIntroductionStatuses.map((s) => ({ header: t(`admin.introductionStatus.${s}`), value: (r: (typeof months)[number]) => n(r[s]), numeric: true })),
        ]}
      >
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={months} {...chartProps}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={categoryTick} interval="preserveStartEnd" minTickGap={phone ? 16 : 8} />
            <YAxis allowDecimals={false} tick={tick} width={phone ? 36 : 60} />
            <Tooltip formatter={tooltipFormatter} />
            <Legend />
            <Line type="monotone" dataKey="total" name={t("admin.dashboard.total")} stroke={palette.secondary} strokeWidth={3} isAnimationActive={false} />
            {dashboardIntroductionStatuses.map((s) => (
              <Line key={s} type="monotone" dataKey={s} name={t(`admin.introductionStatus.${s}`)} stroke={statusColours[s]} strokeDasharray="5 3" isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}

/** What the network needs and does, drawn: members, needs against offers, opportunities, introductions. */
export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  return (
    <AdminFrame title={t("admin.dashboard.title")} intro={t("admin.dashboard.intro")}>
      {dashboard.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <Charts data={dashboard.data} />
      )}
    </AdminFrame>
  );
}
