// Chinese labels and number formats used across the page.
export const workflowLabels = {
  draft: '草稿', submitted: '已报送', returned: '已退回', accepted: '审核通过', published: '已公开', retracted: '已撤回',
};

export const publicationLabels = {
  not_submitted: '未报送（未到期）', in_progress: '审核中（未到期）', published_on_time: '按时公开',
  published_late: '逾期公开', published_undated: '已公开（截止日未知）', overdue: '逾期未公开',
};

/** The three groups the publication chart shows, in order. */
export const publicationGroups = [
  { key: 'onTime', label: '按时', statuses: ['published_on_time'] },
  { key: 'late', label: '逾期公开', statuses: ['published_late'] },
  { key: 'overdue', label: '逾期未公开', statuses: ['overdue'] },
];

export const severityLabels = { error: '错误', warning: '警告', info: '提示' };

export const gradeOrder = ['优', '良', '中', '差'];

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function formatNumber(value) {
  return value === null || value === undefined ? '—' : number.format(value);
}

export function label(map, key) {
  return key ? (map[key] ?? key) : '—';
}

export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}
