// One agency: year-over-year lines from its time series, and the findings of a report year, each shown next to
// the figures it points at in the document as the agency sent it.
import { getFile, getJson } from './api.js';
import { yearLines } from './charts.js';
import { element, formatNumber, label, severityLabels } from './format.js';

const moneyLines = [
  { name: '支出决算合计', key: 'finance.final.expenditure.total' },
  { name: '基本支出', key: 'finance.final.expenditure.basic' },
  { name: '项目支出', key: 'finance.final.expenditure.project' },
  { name: '三公经费（右轴）', key: 'sanGong.actual.total', secondAxis: true },
];

export async function loadAgencyView(agencyId, year) {
  const id = encodeURIComponent(agencyId);
  const [timeseries, report, findings, yoy] = await Promise.all([
    getJson(`/api/v1/dashboards/agencies/${id}/timeseries`),
    getJson(`/api/v1/agencies/${id}/reports/${year}`),
    getJson(`/api/v1/agencies/${id}/reports/${year}/findings`),
    getJson(`/api/v1/agencies/${id}/reports/${year}/yoy`).catch(() => null),
  ]);
  return { timeseries, report, findings, yoy };
}

/**
 * Years with their metrics: the stored reports' figures, plus the previous year's figures the report itself states
 * (上年数) where no report of that year is stored.
 */
export function metricYears(timeseries, yoy) {
  const years = new Map(timeseries.years.map((y) => [y.fiscalYear, { fiscalYear: y.fiscalYear, metrics: { ...y.metrics }, stated: false }]));
  if (yoy && !years.has(yoy.previousFiscalYear)) {
    const stated = yoy.items.filter((i) => i.statedPreviousValue !== null && i.statedPreviousValue !== undefined);
    if (stated.length) {
      years.set(yoy.previousFiscalYear, {
        fiscalYear: yoy.previousFiscalYear, stated: true, metrics: Object.fromEntries(stated.map((i) => [i.metricKey, i.statedPreviousValue])),
      });
    }
  }
  return [...years.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/** RFC 6901 JSON pointer into the document. */
export function resolvePointer(document, pointer) {
  let node = document;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(token in node)) return undefined;
    node = node[token];
  }
  return node;
}

/** The value at a pointer, with the unit of the amount it belongs to ("/…/value" of { value, unit }). */
export function describeAt(document, pointer) {
  const value = resolvePointer(document, pointer);
  if (pointer.endsWith('/value') && typeof value === 'number') {
    const owner = resolvePointer(document, pointer.slice(0, -'/value'.length));
    if (owner && typeof owner.unit === 'string') return `${value} ${owner.unit}`;
  }
  return describeValue(value);
}

function describeValue(value) {
  if (value === undefined) return '（报告中无此项）';
  if (value !== null && typeof value === 'object') {
    if ('value' in value || 'text' in value) return [value.text ?? value.value, value.unit && !value.text ? value.unit : ''].join('');
    return JSON.stringify(value);
  }
  return String(value);
}

/** Downloads the report's 自评表 in the layout agencies fill (GET …/exports/xlsx). */
export async function downloadWorkbook(agencyId, year) {
  const { blob, fileName } = await getFile(`/api/v1/agencies/${encodeURIComponent(agencyId)}/reports/${year}/exports/xlsx`);
  const link = element('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function renderAgencyView(view, year) {
  const { timeseries, report, findings } = view;
  document.getElementById('export-xlsx').hidden = !(report.document.indicatorTables?.length > 0);
  document.getElementById('agency-title').textContent = `${timeseries.agencyName} · ${year} 年度`;
  const years = metricYears(timeseries, view.yoy);
  yearLines(document.getElementById('chart-yoy-money'), years,
    moneyLines.map((line) => ({ ...line, pick: (y) => y.metrics[line.key] })), '万元', '三公 万元');
  yearLines(document.getElementById('chart-yoy-score'), timeseries.years,
    [{ name: '计算得分', pick: (y) => y.score }, { name: '自评得分', pick: (y) => y.selfScore }], '分');
  document.getElementById('yoy-note').hidden = !years.some((y) => y.stated);

  document.getElementById('findings-title').textContent =
    `审核发现（第 ${findings.version} 版，规则集 ${findings.rulesetVersion}）：错误 ${findings.counts.errors}，警告 ${findings.counts.warnings}，提示 ${findings.counts.infos}`;
  const body = document.querySelector('#findings tbody');
  body.replaceChildren(...findings.findings.map((f) => findingRow(f, report.document)));
}

/** A finding's table row: severity, rule, message (with expected/actual), and each figure it points at in the document. */
export function findingRow(f, document) {
  const tr = element('tr', null, `severity-${f.severity}`);
  const figures = element('td');
  for (const pointer of f.pointers) {
    const line = element('div', null, 'pointer');
    line.append(element('code', pointer), element('span', ` → ${describeAt(document, pointer)}`));
    figures.append(line);
  }
  const text = element('td');
  text.append(element('div', f.messageZh ?? f.messageEn));
  if (f.expected !== undefined && f.expected !== null) {
    text.append(element('div', `应为 ${formatNumber(f.expected)}，实为 ${formatNumber(f.actual)}，相差 ${formatNumber(f.difference)}`, 'muted'));
  }
  tr.append(element('td', label(severityLabels, f.severity)), element('td', `${f.ruleId} ${f.titleZh ?? f.title}`), text, figures);
  return tr;
}
