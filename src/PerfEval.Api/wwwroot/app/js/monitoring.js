// The monitoring view (绩效运行监控): for a region, each period's execution pace against its threshold and the
// agencies below it; for an agency, its declared targets (绩效目标申报) with their review state, its monitoring
// periods and the target-change findings of its self-evaluation. Fields the API may not give yet are shown as "—".
import { getJson, getJsonOrNull } from './api.js';
import { paceChart } from './charts.js';
import { element, formatNumber, label, severityLabels } from './format.js';

export const declarationLabels = { draft: '草稿', submitted: '已报送', returned: '已退回', approved: '已批复' };

const subjectLabels = { department: '部门整体', project: '项目支出' };

const percent = (value) => (value === null || value === undefined ? '—' : `${formatNumber(value)}%`);

/** A region's own thresholds for the year, or those of the nearest region above it (null when none sets any). */
async function thresholdsFor(regionCodes, year) {
  for (const code of regionCodes) {
    const thresholds = await getJsonOrNull(`/api/v1/regions/${encodeURIComponent(code)}/monitoring-thresholds/${year}`);
    if (thresholds) return thresholds;
  }
  return null;
}

/** Region codes from a region path ("430000/430400/430423/"), nearest first. */
function chainOf(path) {
  return (path ?? '').split('/').filter(Boolean).reverse();
}

/** The region's monitoring summary for a year, grouped by period, with the thresholds that name the periods' ends. */
export async function loadRegionMonitoring(region, year) {
  const summary = await getJson(`/api/v1/dashboards/regions/${encodeURIComponent(region.code)}/monitoring`, { fiscalYear: year });
  const thresholds = region.level === 0 ? null : await thresholdsFor(chainOf((await getJson(`/api/v1/regions/${region.code}`)).path), year);
  const rows = summary.rows ?? [];
  const periodNames = [...new Set([...(thresholds?.periods ?? []).map((p) => p.period), ...rows.map((r) => r.period)])];
  const periods = periodNames.map((period) => {
    const inPeriod = rows.filter((r) => r.period === period);
    const rates = inPeriod.map((r) => r.executionRate).filter((r) => typeof r === 'number');
    const limits = [...new Set(inPeriod.map((r) => r.minExecutionRate).filter((r) => typeof r === 'number'))];
    const own = thresholds?.periods?.find((p) => p.period === period);
    return {
      period,
      endsOn: own?.endsOn ?? null,
      thresholds: limits.length ? limits.sort((a, b) => a - b) : own ? [own.minExecutionRate] : [],
      agencies: inPeriod.length,
      belowThreshold: inPeriod.filter((r) => r.belowThreshold).length,
      atRiskIndicators: inPeriod.reduce((n, r) => n + (r.atRiskIndicators ?? 0), 0),
      rates,
      medianRate: median(rates),
    };
  });
  return { region, year, summary, thresholds, periods, rows };
}

function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function renderRegionMonitoring(view, onAgency) {
  const { summary } = view;
  document.getElementById('monitoring-region-title').textContent = `${view.region.name} · ${view.year} 年度运行监控`;
  const cards = [
    ['monitoring-agencies', '报送监控的单位', summary.agencies ?? '—'],
    ['monitoring-below', '低于执行进度阈值', summary.belowThreshold ?? '—'],
    ['monitoring-at-risk', '预计难以完成的指标', summary.atRiskIndicators ?? '—'],
  ];
  document.getElementById('monitoring-cards').replaceChildren(...cards.map(([key, title, value]) => {
    const card = element('div', null, 'card');
    card.dataset.card = key;
    card.append(element('div', String(value), 'card-value'), element('div', title, 'card-title'));
    return card;
  }));
  document.getElementById('monitoring-source').textContent = view.thresholds
    ? `阈值依据：${view.thresholds.source}（${view.thresholds.regionCode}）` : '本区域及上级区域尚未设置该年度的监控期与阈值。';

  document.querySelector('#monitoring-periods tbody').replaceChildren(...view.periods.map((p) => {
    const tr = element('tr');
    tr.dataset.period = p.period;
    tr.append(...[p.period, p.endsOn ?? '—', p.thresholds.length ? p.thresholds.map(percent).join(' / ') : '—', p.agencies, p.belowThreshold,
      percent(p.medianRate), p.rates.length ? `${percent(Math.min(...p.rates))} – ${percent(Math.max(...p.rates))}` : '—', p.atRiskIndicators]
      .map((v) => element('td', String(v))));
    return tr;
  }));
  paceChart(document.getElementById('chart-monitoring-pace'), view.periods);

  document.querySelector('#monitoring-rows tbody').replaceChildren(...view.rows.map((r) => {
    const tr = element('tr', null, r.belowThreshold ? 'below-threshold' : '');
    tr.dataset.agency = r.agencyId;
    tr.dataset.period = r.period;
    const link = element('a', r.agencyName ?? r.agencyId);
    link.href = `#monitoring=${encodeURIComponent(r.agencyId)}&year=${view.year}`;
    link.addEventListener('click', (event) => { event.preventDefault(); onAgency(r.agencyId); });
    const first = element('td');
    first.append(link);
    tr.append(first, ...[r.regionCode, r.period, r.version, percent(r.executionRate), percent(r.minExecutionRate),
      r.belowThreshold ? '低于阈值' : '达到', r.atRiskIndicators ?? '—'].map((v) => element('td', String(v))));
    return tr;
  }));
}

/**
 * One agency's year: its current declaration (and the approved one when that is another version), its monitoring
 * periods (those its region's thresholds name, and for reviewers any other period the region summary lists), and
 * the check of its self-evaluation against the approved declaration (null until one exists).
 */
export async function loadAgencyMonitoring(agencyId, year, role) {
  const id = encodeURIComponent(agencyId);
  const agency = await getJson(`/api/v1/agencies/${id}`);
  const [declaration, approved, check, thresholds] = await Promise.all([
    getJsonOrNull(`/api/v1/agencies/${id}/declarations/${year}`),
    getJsonOrNull(`/api/v1/agencies/${id}/declarations/${year}/approved`),
    getJsonOrNull(`/api/v1/agencies/${id}/reports/${year}/declared-targets`),
    thresholdsFor(chainOf(agency.regionPath), year),
  ]);
  const names = new Set((thresholds?.periods ?? []).map((p) => p.period));
  if (role !== 'agency') {
    const summary = await getJsonOrNull(`/api/v1/dashboards/regions/${encodeURIComponent(agency.regionCode)}/monitoring`, { fiscalYear: year });
    (summary?.rows ?? []).filter((r) => r.agencyId === agencyId).forEach((r) => names.add(r.period));
  }
  const periods = (await Promise.all([...names].map((period) =>
    getJsonOrNull(`/api/v1/agencies/${id}/monitoring/${year}/${encodeURIComponent(period)}`)))).filter(Boolean)
    .map((p) => ({ ...p, endsOn: thresholds?.periods?.find((t) => t.period === p.period)?.endsOn ?? null }))
    .sort((a, b) => (a.endsOn ?? a.period).localeCompare(b.endsOn ?? b.period));
  return { agency, year, declaration, approved: approved && approved.version !== declaration?.version ? approved : null, check, periods };
}

function targetText(target) {
  if (!target) return '—';
  if (target.text) return target.text;
  return [target.operator, target.value, target.unit].filter((v) => v !== undefined && v !== null).join('');
}

function cells(tr, values) {
  tr.append(...values.map((v) => element('td', v === null || v === undefined ? '—' : String(v))));
  return tr;
}

export function renderAgencyMonitoring(view) {
  const { agency, declaration } = view;
  document.getElementById('monitoring-agency-title').textContent = `${agency.name} · ${view.year} 年度绩效目标与运行监控`;

  const state = document.getElementById('declaration-state');
  state.textContent = declaration
    ? `申报第 ${declaration.version} 版：${label(declarationLabels, declaration.status)}`
      + (declaration.approvedVersion ? `；已批复版本：第 ${declaration.approvedVersion} 版` : '；尚无批复版本')
      + (view.approved ? '（批复后又有调整，以下为当前版本）' : '')
    : '该年度尚未申报绩效目标。';
  state.dataset.status = declaration?.status ?? 'none';
  const targets = [];
  for (const set of declaration?.document?.targetSets ?? []) {
    for (const indicator of set.indicators ?? []) {
      targets.push(cells(element('tr'), [
        [label(subjectLabels, set.subject), set.projectName].filter(Boolean).join('：'),
        indicator.level1, indicator.level2, indicator.level3, targetText(indicator.target), indicator.weight]));
    }
  }
  document.querySelector('#declared-targets tbody').replaceChildren(...targets);

  document.querySelector('#agency-periods tbody').replaceChildren(...view.periods.map((p) => {
    const tr = element('tr', null, p.belowThreshold ? 'below-threshold' : '');
    tr.dataset.period = p.period;
    const doc = p.document ?? {};
    const money = (m) => (m && m.value !== undefined ? `${formatNumber(m.value)} ${m.unit ?? ''}`.trim() : '—');
    const risky = (doc.indicators ?? []).filter((i) => i.atRisk);
    cells(tr, [p.period, p.endsOn, p.version, money(doc.executed), money(doc.fullYearBudget), percent(p.executionRate), percent(p.minExecutionRate),
      p.minExecutionRate === null || p.minExecutionRate === undefined ? '无阈值' : p.belowThreshold ? '低于阈值' : '达到',
      risky.length ? risky.map((i) => [i.level3, i.progress?.text ?? i.progress?.value, i.deviationReason].filter(Boolean).join('，')).join('；') : String(p.atRiskIndicators ?? 0)]);
    return tr;
  }));
  document.getElementById('agency-periods-empty').hidden = view.periods.length > 0;

  const check = view.check;
  document.getElementById('target-check-title').textContent = check
    ? `自评与批复目标的比对（自评第 ${check.reportVersion} 版 × 申报第 ${check.declarationVersion} 版）：错误 ${check.errorCount ?? '—'}，警告 ${check.warningCount ?? '—'}`
    : '自评与批复目标的比对：需有已批复的申报和该年度自评报告后才有结果。';
  document.querySelector('#target-changes tbody').replaceChildren(...(check?.findings ?? []).map((f) => {
    const tr = element('tr', null, `severity-${f.severity}`);
    const pointers = element('td', null, 'pointer');
    for (const [title, list] of [['自评', f.reportPointers], ['申报', f.declarationPointers]]) {
      for (const pointer of list ?? []) {
        const line = element('div');
        line.append(element('span', `${title} `), element('code', pointer));
        pointers.append(line);
      }
    }
    cells(tr, [label(severityLabels, f.severity), `${f.ruleId} ${f.titleZh ?? f.title ?? ''}`, f.indicator, f.declared, f.stated, f.messageZh ?? f.messageEn]);
    tr.append(pointers);
    return tr;
  }));
  document.querySelector('#declared-scores tbody').replaceChildren(...(check?.scores ?? []).map((s) =>
    cells(element('tr'), [s.profile, formatNumber(s.quotedTotal), formatNumber(s.declaredTotal), formatNumber(s.difference),
      [s.quotedGrade, s.declaredGrade].map((g) => g ?? '—').join(' → ')])));
}
