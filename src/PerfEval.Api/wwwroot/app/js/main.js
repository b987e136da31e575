// Boot: key → caller → region picker → region view; an agency row opens its drill-down. Tabs switch to the
// monitoring view (region, then agency) and to the report file upload.
import { ApiError, apiKey, describe, getJson } from './api.js';
import { downloadWorkbook, loadAgencyView, renderAgencyView } from './agency.js';
import { resizeAll } from './charts.js';
import { element, label, workflowLabels } from './format.js';
import { loadAgencyMonitoring, loadRegionMonitoring, renderAgencyMonitoring, renderRegionMonitoring } from './monitoring.js';
import { listReports, loadRegionView, renderRegionView } from './overview.js';
import { RegionPicker } from './regionPicker.js';
import { importDocument, renderUpload, saveDraft } from './upload.js';

// What the page last loaded, for anyone checking it against the API (the browser test does).
const exposed = { state: 'starting', region: null, year: null, view: null, agency: null, monitoring: null, upload: null, error: null };
window.perfeval = exposed;

const $ = (id) => document.getElementById(id);
let reports = [];
let loadSequence = 0;
let caller = null;
let currentView = 'overview';

const picker = new RegionPicker($('region-picker'), () => regionChanged().catch(showError));

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
  if (currentView === 'overview' || currentView === 'agency') showSection('overview');
}

/** The region picker moved: the region view reloads, and so does the monitoring or upload view if it is open. */
async function regionChanged() {
  await loadRegion();
  if (currentView === 'monitoring') await openRegionMonitoring();
  if (currentView === 'upload') await fillUploadAgencies();
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
  currentView = name;
  for (const section of ['overview', 'agency', 'monitoring', 'upload']) $(section).hidden = name !== section;
  for (const button of document.querySelectorAll('.tabs button')) {
    const view = button.dataset.view;
    button.setAttribute('aria-pressed', String(view === name || (view === 'overview' && name === 'agency')));
  }
  resizeAll();
}

function monitoringYear() {
  if (!$('monitoring-year').value) {
    const latest = reports.length ? Math.max(...reports.map((r) => r.fiscalYear)) : new Date().getFullYear();
    $('monitoring-year').value = String(selectedYear() ?? exposed.agency?.year ?? latest);
  }
  return Number($('monitoring-year').value);
}

/** The monitoring view: the region's for reviewers, the agency's own for an agency key. */
async function openMonitoring() {
  if (caller.role === 'agency') return openAgencyMonitoring(caller.agencyId);
  return openRegionMonitoring();
}

async function openRegionMonitoring() {
  const sequence = ++loadSequence;
  exposed.state = 'loading';
  $('error').hidden = true;
  setStatus('正在加载运行监控 …');
  const view = await loadRegionMonitoring(picker.selected, monitoringYear());
  if (sequence !== loadSequence) return;
  showSection('monitoring');
  renderRegionMonitoring(view, (agencyId) => openAgencyMonitoring(agencyId).catch(showError));
  $('monitoring-region').hidden = false;
  $('monitoring-agency').hidden = true;
  exposed.monitoring = { region: view, agency: null };
  exposed.state = 'ready';
  setStatus('');
}

async function openAgencyMonitoring(agencyId) {
  const sequence = ++loadSequence;
  exposed.state = 'loading';
  $('error').hidden = true;
  setStatus('正在加载绩效目标与运行监控 …');
  const view = await loadAgencyMonitoring(agencyId, monitoringYear(), caller.role);
  if (sequence !== loadSequence) return;
  showSection('monitoring');
  renderAgencyMonitoring(view);
  $('monitoring-region').hidden = true;
  $('monitoring-agency').hidden = false;
  $('monitoring-back').hidden = caller.role === 'agency';
  exposed.monitoring = { region: exposed.monitoring?.region ?? null, agency: view };
  exposed.state = 'ready';
  setStatus('');
}

/** Agencies the key may import for: its own (agency key) or those of the chosen region. */
async function fillUploadAgencies() {
  const agencies = caller.role === 'agency'
    ? [await getJson(`/api/v1/agencies/${encodeURIComponent(caller.agencyId)}`)]
    : await getJson('/api/v1/agencies', { regionCode: picker.selected.level === 0 ? undefined : picker.selected.code });
  const current = $('upload-agency').value;
  $('upload-agency').replaceChildren(...agencies.map((a) => new Option(a.name, a.id)));
  if (agencies.some((a) => a.id === current)) $('upload-agency').value = current;
  if (!$('upload-year').value) $('upload-year').value = String(selectedYear() ?? new Date().getFullYear() - 1);
}

async function openUpload() {
  exposed.state = 'loading';
  await fillUploadAgencies();
  showSection('upload');
  exposed.state = 'ready';
}

async function readUpload() {
  const file = $('upload-file').files[0];
  if (!file) return;
  exposed.state = 'loading';
  exposed.upload = null;
  $('error').hidden = true;
  $('upload-result').hidden = true;
  setStatus(`正在读取 ${file.name} …`);
  const upload = await importDocument($('upload-agency').value, Number($('upload-year').value), file);
  renderUpload(upload, focusLinked);
  exposed.upload = upload;
  exposed.state = 'ready';
  setStatus('');
}

async function saveUpload() {
  const upload = exposed.upload;
  if (!upload) return;
  exposed.state = 'loading';
  $('upload-save').disabled = true;
  setStatus('正在保存草稿 …');
  const saved = await saveDraft(upload);
  upload.saved = saved;
  upload.currentVersion = saved.version;
  $('upload-saved').textContent = `已保存为第 ${saved.version} 版（${label(workflowLabels, saved.status)}）。`;
  exposed.state = 'ready';
  setStatus('');
}

/** A figure in the text and its row in the draft point at each other: show the one clicked to. */
function focusLinked(id) {
  document.querySelectorAll('#upload .current').forEach((node) => node.classList.remove('current'));
  const target = $(id);
  target.classList.add('current');
  target.scrollIntoView({ block: 'center' });
}

async function start() {
  if (!apiKey.get()) { askForKey(); return; }
  exposed.state = 'loading';
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
  $('nav-upload').hidden = caller.role === 'region';
  if (caller.role === 'agency') {
    $('nav-overview').textContent = '本单位报告';
    $('overview').hidden = true;
    $('back').hidden = true;
    $('region-picker').replaceChildren(element('span', home.name, 'region-home'));
    const own = (await getJson(`/api/v1/dashboards/agencies/${encodeURIComponent(caller.agencyId)}/timeseries`)).years;
    if (own.length) await openAgency(caller.agencyId, Math.max(...own.map((y) => y.fiscalYear)));
    else {
      showSection('none');
      exposed.state = 'ready';
      setStatus('本单位尚未提交报告。');
    }
    return;
  }
  await picker.start(home);
  const hash = new URLSearchParams(window.location.hash.slice(1));
  await loadRegion();
  if (hash.get('agency') && hash.get('year')) await openAgency(hash.get('agency'), Number(hash.get('year')));
}

function navigate(view) {
  if (view === 'monitoring') return openMonitoring();
  if (view === 'upload') return openUpload();
  // An agency key has no region view: its "report" tab is its own drill-down (none before its first report).
  showSection(caller.role !== 'agency' ? 'overview' : exposed.agency ? 'agency' : 'none');
  return Promise.resolve();
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
for (const button of document.querySelectorAll('.tabs button')) button.addEventListener('click', () => navigate(button.dataset.view).catch(showError));
$('agency-monitoring').addEventListener('click', () => {
  $('monitoring-year').value = String(exposed.agency.year);
  openAgencyMonitoring(exposed.agency.agencyId).catch(showError);
});
$('monitoring-form').addEventListener('submit', (event) => {
  event.preventDefault();
  (caller.role === 'agency' || !$('monitoring-agency').hidden ? openAgencyMonitoring(exposed.monitoring?.agency?.agency?.id ?? caller.agencyId) : openRegionMonitoring()).catch(showError);
});
$('monitoring-back').addEventListener('click', () => openRegionMonitoring().catch(showError));
$('upload-form').addEventListener('submit', (event) => { event.preventDefault(); readUpload().catch(showError); });
$('upload-save').addEventListener('click', () => saveUpload().catch((error) => { $('upload-save').disabled = false; showError(error); }));
$('back').addEventListener('click', () => { history.replaceState(null, '', window.location.pathname); showSection('overview'); });
window.addEventListener('resize', resizeAll);
window.addEventListener('DOMContentLoaded', () => start().catch(showError));
