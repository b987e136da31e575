// Boot: key → caller → region picker → region view; an agency row opens its drill-down.
import { ApiError, apiKey, describe, getJson } from './api.js';
import { downloadWorkbook, loadAgencyView, renderAgencyView } from './agency.js';
import { resizeAll } from './charts.js';
import { element } from './format.js';
import { listReports, loadRegionView, renderRegionView } from './overview.js';
import { RegionPicker } from './regionPicker.js';

// What the page last loaded, for anyone checking it against the API (the browser test does).
const exposed = { state: 'starting', region: null, year: null, view: null, agency: null, error: null };
window.perfeval = exposed;

const $ = (id) => document.getElementById(id);
let reports = [];
let loadSequence = 0;

const picker = new RegionPicker($('region-picker'), () => loadRegion().catch(showError));

function setStatus(text) { $('status').textContent = text; }

function showError(error) {
  exposed.state = 'error';
  exposed.error = describe(error);
  $('error').textContent = exposed.error;
  $('error').hidden = false;
  setStatus('');
  if (error instanceof ApiError && error.status === 401) { apiKey.clear(); askForKey(exposed.error); }
}

function askForKey(message) {
  $('key-error').textContent = message ?? '';
  $('key-error').hidden = !message;
  $('key-input').value = '';
  if (!$('key-dialog').open) $('key-dialog').showModal();
}

function selectedYear() {
  return $('year').value ? Number($('year').value) : null;
}

function fillYears() {
  const years = [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => b - a);
  const current = $('year').value;
  $('year').replaceChildren(new Option('全部年度', ''), ...years.map((y) => new Option(`${y} 年度`, String(y))));
  if (years.map(String).includes(current)) $('year').value = current;
}

async function loadRegion() {
  const sequence = ++loadSequence;
  const region = picker.selected;
  exposed.state = 'loading';
  $('error').hidden = true;
  setStatus(`正在加载 ${region.name} …`);
  reports = await listReports(region);
  fillYears();
  const year = selectedYear();
  const view = await loadRegionView(region, year, reports);
  if (sequence !== loadSequence) return;
  $('overview-title').textContent = `${region.name} · ${year ? `${year} 年度` : '全部年度'}`;
  renderRegionView(view, openAgency);
  Object.assign(exposed, { state: 'ready', region, year, view, error: null });
  setStatus(`数据截至 ${view.summary.dataAsOf ? new Date(view.summary.dataAsOf).toLocaleString('zh-CN') : '—'}`);
  showSection('overview');
}

async function openAgency(agencyId, year) {
  exposed.state = 'loading';
  setStatus('正在加载单位详情 …');
  const view = await loadAgencyView(agencyId, year);
  renderAgencyView(view, year);
  Object.assign(exposed, { state: 'ready', agency: { agencyId, year, ...view } });
  setStatus('');
  showSection('agency');
  window.location.hash = `agency=${encodeURIComponent(agencyId)}&year=${year}`;
}

function showSection(name) {
  $('overview').hidden = name !== 'overview';
  $('agency').hidden = name !== 'agency';
  resizeAll();
}

async function start() {
  if (!apiKey.get()) { askForKey(); return; }
  exposed.state = 'loading';
  let caller;
  try {
    caller = await getJson('/api/v1/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      apiKey.clear();
      exposed.state = 'error';
      exposed.error = describe(error);
      askForKey(exposed.error);
      return;
    }
    throw error;
  }
  const roleNames = { admin: '管理员', region: '区域', agency: '单位' };
  $('caller').replaceChildren(element('span', `${roleNames[caller.role] ?? caller.role}：${caller.keyName ?? ''}`));
  const home = { code: caller.homeRegionCode, name: caller.homeRegionName, level: caller.role === 'admin' ? 0 : undefined };
  if (home.level === undefined) home.level = (await getJson(`/api/v1/regions/${home.code}`)).level;
  if (caller.role === 'agency') {
    $('overview').hidden = true;
    $('back').hidden = true;
    $('region-picker').replaceChildren(element('span', home.name, 'region-home'));
    const own = (await getJson(`/api/v1/dashboards/agencies/${encodeURIComponent(caller.agencyId)}/timeseries`)).years;
    if (own.length) await openAgency(caller.agencyId, Math.max(...own.map((y) => y.fiscalYear)));
    else setStatus('本单位尚未提交报告。');
    return;
  }
  await picker.start(home);
  const hash = new URLSearchParams(window.location.hash.slice(1));
  await loadRegion();
  if (hash.get('agency') && hash.get('year')) await openAgency(hash.get('agency'), Number(hash.get('year')));
}

$('key-form').addEventListener('submit', () => {
  apiKey.set($('key-input').value.trim());
  start().catch(showError);
});
$('change-key').addEventListener('click', () => askForKey());
$('export-xlsx').addEventListener('click', () => {
  const { agencyId, year } = exposed.agency ?? {};
  if (agencyId) downloadWorkbook(agencyId, year).catch(showError);
});
$('year').addEventListener('change', () => loadRegion().catch(showError));
$('back').addEventListener('click', () => { history.replaceState(null, '', window.location.pathname); showSection('overview'); });
window.addEventListener('resize', resizeAll);
window.addEventListener('DOMContentLoaded', () => start().catch(showError));
