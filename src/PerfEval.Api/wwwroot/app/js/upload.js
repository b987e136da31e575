// The 自评报告 file upload: POST …/imports/document (nothing stored), the draft beside the text as read with every
// figure highlighted and linked to the JSON pointer it filled, the numbers left unread, the draft's findings, then
// "save as draft version" — a PUT of the draft exactly as the import produced it, with the key entered.
import { ApiError, apiKey, getJsonOrNull, send } from './api.js';
import { describeAt, findingRow, resolvePointer } from './agency.js';
import { element } from './format.js';

const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
};

/** The media type the import route expects for a file name, or null for a kind it does not read. */
export function mediaTypeOf(fileName) {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return mediaTypes[extension] ?? null;
}

/**
 * The raw JSON text of one member of the top-level object in <paramref name="text"/>: the draft is saved exactly as
 * the import wrote it (JSON.parse would turn 1092.90 into 1092.9 and round long decimals).
 */
export function rawMember(text, name) {
  let depth = 0;
  let key = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && key === null && text.slice(end + 1).trimStart().startsWith(':')) key = JSON.parse(text.slice(i, end + 1));
      i = end;
    } else if (c === '{' || c === '[') {
      if (depth === 1 && key === name) return text.slice(i, valueEnd(text, i) + 1);
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
    } else if (c === ',' && depth === 1) {
      key = null;
    }
  }
  return null;
}

function stringEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function valueEnd(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEnd(text, i);
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i;
  }
  return text.length - 1;
}

/** Reads the file through the import route; also notes the report's current version, which the save then names in If-Match. */
export async function importDocument(agencyId, year, file) {
  const mediaType = mediaTypeOf(file.name);
  if (!mediaType) throw new Error(`只能读取 .docx、.pdf 或 .txt 文件：${file.name}`);
  const id = encodeURIComponent(agencyId);
  const response = await fetch(new URL(`/api/v1/agencies/${id}/reports/${year}/imports/document`, window.location.origin), {
    method: 'POST',
    body: file,
    headers: { 'X-Api-Key': apiKey.get() ?? '', Accept: 'application/json', 'Content-Type': mediaType },
  });
  const text = await response.text();
  if (!response.ok) {
    let problem = null;
    try { problem = JSON.parse(text); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  const current = await getJsonOrNull(`/api/v1/agencies/${id}/reports/${year}`);
  return {
    agencyId, year, fileName: file.name, result: JSON.parse(text), documentText: rawMember(text, 'document'),
    currentVersion: current?.version ?? null, idempotencyKey: randomKey(),
  };
}

/** Stores the draft as a new report version (a draft in the workflow); If-Match guards a version stored meanwhile. */
export async function saveDraft(upload) {
  const headers = { 'Idempotency-Key': upload.idempotencyKey };
  if (upload.currentVersion !== null) headers['If-Match'] = `"${upload.currentVersion}"`;
  return send('PUT', `/api/v1/agencies/${encodeURIComponent(upload.agencyId)}/reports/${upload.year}`, upload.documentText, 'application/json', headers);
}

function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `app-draft-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A filled pointer's value in the draft: an amount or share as number and unit (its 原文 wording is in the text beside). */
function draftValue(document, pointer) {
  const value = resolvePointer(document, pointer);
  if (value && typeof value === 'object' && typeof value.value === 'number') return `${value.value} ${value.unit ?? ''}`.trim();
  return describeAt(document, pointer);
}

/** Marks of one paragraph: figures (with every pointer they filled) first, then unread numbers that overlap none. */
function spansOf(paragraph, provenance, unread) {
  const figures = new Map();
  provenance.forEach((p) => {
    if (p.paragraph !== paragraph) return;
    const key = `${p.start}:${p.end}`;
    if (!figures.has(key)) figures.set(key, { kind: 'figure', start: p.start, end: p.end, pointers: [] });
    if (!figures.get(key).pointers.includes(p.pointer)) figures.get(key).pointers.push(p.pointer);
  });
  const spans = [...figures.values()];
  for (const u of unread) {
    if (u.paragraph !== paragraph) continue;
    if (!spans.some((s) => u.start < s.end && s.start < u.end)) spans.push({ kind: 'unread', start: u.start, end: u.end, reason: u.reason });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Draws the import: text with marks, the draft's pointers, unread numbers, findings and warnings. */
export function renderUpload(upload, onNavigate) {
  const { result } = upload;
  const pointers = [...new Set(result.provenance.map((p) => p.pointer))];
  const rowOf = new Map(pointers.map((p, i) => [p, `draft-${i}`]));
  const marksOf = new Map(pointers.map((p) => [p, []]));

  const text = document.getElementById('upload-text');
  let markCount = 0;
  text.replaceChildren(...result.paragraphs.map((paragraph) => {
    const p = element('p', null, 'source-paragraph');
    p.dataset.paragraph = String(paragraph.number);
    p.append(element('span', paragraph.page ? `¶${paragraph.number} · 第${paragraph.page}页` : `¶${paragraph.number}`, 'paragraph-number'));
    let cursor = 0;
    for (const span of spansOf(paragraph.number, result.provenance, result.unread)) {
      if (span.start < cursor) continue;
      p.append(paragraph.text.slice(cursor, span.start));
      const written = paragraph.text.slice(span.start, span.end);
      if (span.kind === 'figure') {
        const mark = element('a', written, 'figure');
        mark.id = `figure-${markCount++}`;
        mark.href = `#${rowOf.get(span.pointers[0])}`;
        mark.dataset.pointer = span.pointers[0];
        mark.title = span.pointers.join('\n');
        mark.addEventListener('click', (event) => { event.preventDefault(); onNavigate(rowOf.get(span.pointers[0])); });
        span.pointers.forEach((pointer) => marksOf.get(pointer).push(mark.id));
        p.append(mark);
      } else {
        const mark = element('mark', written, 'unread');
        mark.title = `未读入：${span.reason}`;
        p.append(mark);
      }
      cursor = span.end;
    }
    p.append(paragraph.text.slice(cursor));
    return p;
  }));

  const firstSource = new Map();
  result.provenance.forEach((p) => { if (!firstSource.has(p.pointer)) firstSource.set(p.pointer, p); });
  document.querySelector('#upload-draft tbody').replaceChildren(...pointers.map((pointer) => {
    const tr = element('tr');
    tr.id = rowOf.get(pointer);
    tr.dataset.pointer = pointer;
    const source = firstSource.get(pointer);
    const links = element('td');
    for (const id of marksOf.get(pointer)) {
      const link = element('a', `¶${document.getElementById(id).parentElement.dataset.paragraph}`);
      link.href = `#${id}`;
      link.addEventListener('click', (event) => { event.preventDefault(); onNavigate(id); });
      links.append(link, ' ');
    }
    const code = element('td', null, 'pointer');
    code.append(element('code', pointer));
    tr.append(code, element('td', draftValue(result.document, pointer)), element('td', `${source.number}${source.unit ?? ''}`), links);
    return tr;
  }));

  document.getElementById('upload-unread-title').textContent = `未读入的数字（${result.unread.length}）`;
  document.querySelector('#upload-unread tbody').replaceChildren(...result.unread.map((u) => {
    const tr = element('tr');
    tr.append(...[`¶${u.paragraph}`, `${u.number}${u.unit ?? ''}`, u.sentence, u.reason].map((v) => element('td', v)));
    return tr;
  }));

  document.getElementById('upload-findings-title').textContent = `草稿的审核发现（${result.findings.length}）`;
  document.querySelector('#upload-findings tbody').replaceChildren(...result.findings.map((f) => findingRow(f, result.document)));

  document.getElementById('upload-warnings').replaceChildren(...result.warnings.map((w) =>
    element('li', [w.message, w.pointer ? `（${w.pointer}）` : '', w.paragraph ? ` ¶${w.paragraph}` : ''].join(''))));

  document.getElementById('upload-summary').textContent =
    `${upload.fileName}（${result.format}）：${result.paragraphCount} 段，${pointers.length} 项数字已填入草稿，${result.unread.length} 个数字未读入，`
    + `${result.warnings.length} 条提醒。${upload.currentVersion ? `该年度已有第 ${upload.currentVersion} 版报告，保存将成为新版本。` : '该年度尚无报告。'}`;
  document.getElementById('upload-result').hidden = false;
  document.getElementById('upload-save').disabled = false;
  document.getElementById('upload-saved').textContent = '';
}
