// ECharts options for each chart; the data always comes straight from the API responses.
import { gradeOrder, publicationGroups } from './format.js';

const palette = ['#2f6db5', '#e0893a', '#c23531', '#5a9e6f', '#8e6bb8'];

function draw(el, option) {
  const chart = window.echarts.getInstanceByDom(el) ?? window.echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({ color: palette, animation: false, tooltip: {}, ...option }, true);
  return chart;
}

function empty(el, text) {
  return draw(el, { title: { text, left: 'center', top: 'middle', textStyle: { color: '#888', fontSize: 14 } }, series: [] });
}

export function gradesChart(el, grades) {
  const counts = new Map(grades.map((g) => [g.key, g.count]));
  const keys = [...gradeOrder, ...grades.map((g) => g.key).filter((k) => !gradeOrder.includes(k))];
  return draw(el, {
    xAxis: { type: 'category', data: keys },
    yAxis: { type: 'value', minInterval: 1, name: '报告数' },
    series: [{ name: '报告数', type: 'bar', data: keys.map((k) => counts.get(k) ?? 0), label: { show: true, position: 'top' } }],
  });
}

/** points: [{ name, year, self, computed }] */
export function scoreScatter(el, points) {
  if (!points.length) return empty(el, '尚无同时具有自评得分和计算得分的报告');
  return draw(el, {
    // Tooltips are HTML: agency names are escaped.
    tooltip: { formatter: (p) => `${window.echarts.format.encodeHTML(p.data.name)} ${p.data.year}<br>自评 ${p.data.value[0]} · 计算 ${p.data.value[1]}` },
    xAxis: { type: 'value', name: '自评得分', min: 0, max: 100 },
    yAxis: { type: 'value', name: '计算得分', min: 0, max: 100 },
    series: [
      { name: '报告', type: 'scatter', symbolSize: 14, data: points.map((p) => ({ name: p.name, year: p.year, value: [p.self, p.computed] })) },
      { name: '自评 = 计算', type: 'line', data: [[0, 0], [100, 100]], symbol: 'none', lineStyle: { type: 'dashed', color: '#999' }, tooltip: { show: false } },
    ],
  });
}

/** rules: [{ ruleId, findings, reports }] as the summary lists them (most frequent first). */
export function findingsChart(el, rules) {
  if (!rules.length) return empty(el, '没有审核发现');
  const ordered = [...rules].reverse();
  return draw(el, {
    grid: { left: 110 },
    xAxis: { type: 'value', minInterval: 1, name: '条数' },
    yAxis: { type: 'category', data: ordered.map((r) => r.ruleId), axisLabel: { interval: 0 } },
    series: [{ name: '审核发现', type: 'bar', data: ordered.map((r) => r.findings), label: { show: true, position: 'right' } }],
  });
}

/** entries: roster rows ({ agencyName, fiscalYear, status, daysLate }) of the selected years. */
export function publicationChart(el, entries) {
  const shown = entries.filter((e) => publicationGroups.some((g) => g.statuses.includes(e.status)));
  if (!shown.length) return empty(el, '名册中没有已到期的报告');
  const names = shown.map((e) => `${e.agencyName} ${e.fiscalYear}`);
  return draw(el, {
    grid: { left: 190 },
    legend: { data: publicationGroups.map((g) => g.label) },
    xAxis: { type: 'value', name: '逾期天数', nameLocation: 'center', nameGap: 28, splitNumber: 4, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
    series: publicationGroups.map((g) => ({
      name: g.label,
      type: 'bar',
      stack: 'status',
      data: shown.map((e) => (g.statuses.includes(e.status) ? Math.max(e.daysLate ?? 0, 0) : null)),
    })),
  });
}

/**
 * years: timeseries years; lines: [{ name, pick(year), secondAxis? }]. Lines with secondAxis use a right-hand axis
 * (三公 is a few 万元 beside totals of thousands).
 */
export function yearLines(el, years, lines, yName, secondName) {
  if (!years.length) return empty(el, '没有历年数据');
  const yAxis = [{ type: 'value', name: yName }];
  if (lines.some((l) => l.secondAxis)) yAxis.push({ type: 'value', name: secondName ?? yName, splitLine: { show: false } });
  return draw(el, {
    tooltip: { trigger: 'axis' },
    legend: { data: lines.map((l) => l.name) },
    xAxis: { type: 'category', data: years.map((y) => String(y.fiscalYear)) },
    yAxis,
    series: lines.map((l) => ({
      name: l.name, type: 'line', yAxisIndex: l.secondAxis ? 1 : 0, connectNulls: false, data: years.map((y) => l.pick(y) ?? null),
    })),
  });
}

export function resizeAll() {
  document.querySelectorAll('.chart').forEach((el) => window.echarts.getInstanceByDom(el)?.resize());
}

/** Cumulative execution rate bands of the monitoring pace chart (percent, lower bound inclusive). */
export const paceBands = [
  { label: '<20%', below: 20 }, { label: '20–40%', below: 40 }, { label: '40–60%', below: 60 },
  { label: '60–80%', below: 80 }, { label: '80–100%', below: 100 }, { label: '≥100%', below: Infinity },
];

/** periods: [{ period, rates: [executionRate…] }] — how many agencies fall in each execution band, one series per period. */
export function paceChart(el, periods) {
  if (!periods.some((p) => p.rates.length)) return empty(el, '没有执行进度数据');
  const bandOf = (rate) => paceBands.findIndex((b) => rate < b.below);
  return draw(el, {
    tooltip: { trigger: 'axis' },
    legend: { data: periods.map((p) => `监控期 ${p.period}`) },
    xAxis: { type: 'category', data: paceBands.map((b) => b.label), name: '累计执行率' },
    yAxis: { type: 'value', minInterval: 1, name: '单位数' },
    series: periods.map((p) => ({
      name: `监控期 ${p.period}`, type: 'bar', data: paceBands.map((_, i) => p.rates.filter((r) => bandOf(r) === i).length),
    })),
  });
}
