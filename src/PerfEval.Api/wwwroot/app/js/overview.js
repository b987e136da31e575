// The region view: summary cards, the four charts and the agency table of one region and year (or all years).
import { getAllPages, getJson } from './api.js';
import { findingsChart, gradesChart, publicationChart, scoreScatter } from './charts.js';
import { element, formatNumber, label, publicationLabels, workflowLabels } from './format.js';

const expenditureMetric = 'finance.final.expenditure.total';

/** Reports of the region (every year); the year selector offers the years found here. */
export async function listReports(region) {
  return getAllPages('/api/v1/reports', { regionCode: regionParam(region) });
}

function regionParam(region) {
  return region.level === 0 ? undefined : region.code;
}

async function rankingsByYear(region, years, metric) {
  const values = new Map();
  for (const year of years) {
    const rankings = await getJson(`/api/v1/dashboards/regions/${region.code}/rankings`, { fiscalYear: year, metric });
    for (const item of rankings.items) values.set(`${item.agencyId}/${year}`, item.value);
  }
  return values;
}

async function rosterByYear(region, years) {
  const entries = [];
  for (const year of years) entries.push(...await getJson(`/api/v1/roster/${year}`, { regionCode: regionParam(region) }));
  return entries;
}

/** Everything the region view shows, straight from the API (also read by the browser test through window.perfeval). */
export async function loadRegionView(region, year, allReports) {
  const reports = allReports.filter((r) => !year || r.fiscalYear === year);
  const years = [...new Set(reports.map((r) => r.fiscalYear))].sort();
  const [summary, agencies, computed, self, expenditure, roster] = await Promise.all([
    getJson(`/api/v1/dashboards/regions/${region.code}/summary`, { fiscalYear: year }),
    getJson('/api/v1/agencies', { regionCode: regionParam(region) }),
    rankingsByYear(region, years, 'score'),
    rankingsByYear(region, years, 'selfScore'),
    rankingsByYear(region, years, expenditureMetric),
    rosterByYear(region, years),
  ]);
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const statuses = new Map(roster.map((e) => [`${e.agencyId}/${e.fiscalYear}`, e.status]));
  const rows = reports.map((r) => {
    const key = `${r.agencyId}/${r.fiscalYear}`;
    return {
      ...r,
      agencyName: names.get(r.agencyId) ?? r.agencyId,
      publicationStatus: statuses.get(key) ?? null,
      expenditure: expenditure.get(key) ?? null,
      selfScore: self.get(key) ?? null,
      computedScore: computed.get(key) ?? null,
    };
  });
  const points = rows.filter((r) => r.selfScore !== null && r.computedScore !== null)
    .map((r) => ({ name: r.agencyName, year: r.fiscalYear, self: r.selfScore, computed: r.computedScore }));
  return { summary, rows, points, roster };
}

export function renderRegionView(view, onAgency) {
  const { summary } = view;
  const published = summary.publicationStatuses.filter((s) => s.key.startsWith('published')).reduce((n, s) => n + s.count, 0);
  const overdue = summary.publicationStatuses.find((s) => s.key === 'overdue')?.count ?? 0;
  const cards = [
    ['reports', '报告数', summary.reports],
    ['mean-score', '计算得分均值', summary.scores.count ? formatNumber(summary.scores.mean) : '—'],
    ['errors', '错误', summary.findings.errors],
    ['warnings', '警告', summary.findings.warnings],
    ['published', '已公开', published],
    ['overdue', '逾期未公开', overdue],
    ['inflated', '自评高于计算', summary.scoreInflation.inflated],
  ];
  document.getElementById('cards').replaceChildren(...cards.map(([key, title, value]) => {
    const card = element('div', null, 'card');
    card.dataset.card = key;
    card.append(element('div', String(value), 'card-value'), element('div', title, 'card-title'));
    return card;
  }));

  gradesChart(document.getElementById('chart-grades'), summary.grades);
  scoreScatter(document.getElementById('chart-scatter'), view.points);
  findingsChart(document.getElementById('chart-findings'), summary.findings.mostFrequent);
  publicationChart(document.getElementById('chart-publication'), view.roster);

  const body = document.querySelector('#agencies tbody');
  body.replaceChildren(...view.rows.map((r) => {
    const tr = element('tr');
    tr.dataset.agency = r.agencyId;
    tr.dataset.year = String(r.fiscalYear);
    const link = element('a', r.agencyName);
    link.href = `#agency=${encodeURIComponent(r.agencyId)}&year=${r.fiscalYear}`;
    link.addEventListener('click', (event) => { event.preventDefault(); onAgency(r.agencyId, r.fiscalYear, r.agencyName); });
    const first = element('td');
    first.append(link);
    tr.append(first, ...[r.fiscalYear, r.version, label(workflowLabels, r.status), label(publicationLabels, r.publicationStatus),
      formatNumber(r.expenditure), formatNumber(r.selfScore), formatNumber(r.computedScore), r.findingCounts.errors, r.findingCounts.warnings]
      .map((v) => element('td', String(v))));
    return tr;
  }));
}
