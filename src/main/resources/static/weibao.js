// Weibao case search: a thin page over /api (HTTP Basic with the Tasklist account).
'use strict';

const STATUS = {
  NEW: '新建', TRIAGED: '已分级', DISPATCHED: '已派工', IN_PROGRESS: '处理中',
  WAITING_FOR_APPROVAL: '待院方批准远程接入', WAITING_FOR_REPORTER: '等待报修人回复',
  RESOLVED: '已解决待确认', CLOSED: '已关闭', ARCHIVED: '已归档', CANCELLED: '已取消',
  WAITING_FOR_AGREED_TIME: '等待约定处理时间'
};
const EVENT = {
  REGISTERED: '登记', PRIORITY_PROPOSED: '建议等级', TRIAGED: '分级受理', CANCELLED: '作废', ASSIGNED: '派工',
  SUPPORT_ACTION: '处理', NOTE: '备注', PRIORITY_CHANGED: '调整等级', SOLUTION_PLANNED: '提出方案',
  ONSITE_REQUIRED: '需要到场', WAITING_FOR_AGREED_TIME: '约定处理时间', AGREED_TIME_REACHED: '到达约定时间',
  SLA_WARNING: '时限预警', SLA_BREACHED: '时限超时', SLA_ESCALATED: '超时升级', REPEAT_FAULT: '重复故障', REMOTE_ACCESS_REQUESTED: '申请远程接入', REMOTE_ACCESS_GRANTED: '同意远程接入',
  REMOTE_ACCESS_REFUSED: '拒绝远程接入', WAITING_FOR_REPORTER: '等待报修人', REPORTER_REPLIED: '报修人回复',
  RESOLVED: '解决', CONFIRMED: '报修方确认', REOPENED: '重新打开', CLOSED: '关闭', FAULT_REPORT_WRITTEN: '出具故障报告',
  ARCHIVED: '归档', CONTRACT_ASSIGNED: '指定合同', HANDED_OVER: '移交医院处理', ATTACHMENTS_ADDED: '收到附件', MAIL_BOUNCED: '邮件退信',
  REPORT_BACKDATED: '补登报修时间'
};
const QUARANTINE_STATUS = { OPEN: '待处理', REPROCESSED: '已重新处理', DISMISSED: '已搁置' };
const CHANNEL = { EMAIL: '邮件', PHONE: '电话', WECHAT: '微信' };
const QUARANTINE_FILE = { 'message/rfc822': 'eml', 'application/json': 'json', 'application/xml': 'xml' };
const MODE = { HOTLINE: '热线', REMOTE: '远程', ONSITE: '现场' };
const SLA_KIND = { RESPONSE: '响应', SOLUTION_PLAN: '提出解决方案', ONSITE_ARRIVAL: '到达现场', RESOLUTION: '解决' };
const SLA_STATUS = {
  RUNNING: '进行中', PAUSED: '暂停计时', BREACHED: '已超时', MET: '按时达成', MET_LATE: '超时达成', CANCELLED: '已取消'
};
const SATISFACTION = { EXCELLENT: '优', GOOD: '良', POOR: '差' };

const $ = (selector) => document.querySelector(selector);
let page = 0;

function credentials() {
  return sessionStorage.getItem('weibao.auth');
}

// calls that change something send JSON (the API takes nothing else from a browser), also without a body
async function api(path, method) {
  const headers = { Authorization: 'Basic ' + credentials() };
  if (method && method !== 'GET') headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method: method || 'GET', headers });
  if (response.status === 401) {
    showLogin('用户名或密码不正确，或登录已失效。');
    throw new Error('unauthenticated');
  }
  const body = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new Error(body?.detail || response.statusText);
  }
  return body;
}

function show(panel) {
  for (const id of ['login-panel', 'search-panel', 'detail-panel', 'profile-panel', 'quarantine-panel']) {
    $('#' + id).hidden = id !== panel;
  }
}

function showLogin(message) {
  sessionStorage.removeItem('weibao.auth');
  $('#login-error').textContent = message || '';
  $('#who').textContent = '';
  $('#logout').hidden = true;
  $('#profile-link').hidden = true;
  show('login-panel');
}

function time(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function cell(row, text) {
  const td = row.insertCell();
  td.textContent = text ?? '';
  return td;
}

async function start() {
  if (!credentials()) {
    showLogin();
    return;
  }
  const user = atob(credentials()).split(':')[0];
  $('#who').textContent = '当前用户：' + user;
  $('#logout').hidden = false;
  $('#profile-link').hidden = false;
  const contracts = await api('/api/contracts');
  const select = $('#search select[name=contract]');
  select.length = 1;
  for (const c of contracts) {
    select.add(new Option(c.hospital.name + ' · ' + c.name, c.code));
  }
  show('search-panel');
  // the quarantine is for the vendor's staff; others get 403 and see no link
  try {
    await api('/api/quarantine?size=1');
    $('#quarantine-link').hidden = false;
  } catch (e) {
    $('#quarantine-link').hidden = true;
  }
  const number = new URLSearchParams(location.search).get('case');
  if (number) {
    await openCase(number);
  } else {
    await search();
  }
}

async function search() {
  const form = new FormData($('#search'));
  const query = new URLSearchParams({ page, size: 20 });
  for (const [key, value] of form) {
    if (value) query.set(key, value);
  }
  $('#search-error').textContent = '';
  let result;
  try {
    result = await api('/api/cases?' + query);
  } catch (e) {
    $('#search-error').textContent = e.message;
    return;
  }
  const body = $('#results tbody');
  body.replaceChildren();
  for (const c of result.items) {
    const row = body.insertRow();
    const link = document.createElement('a');
    link.href = '?case=' + encodeURIComponent(c.number);
    link.textContent = c.number;
    link.addEventListener('click', (event) => { event.preventDefault(); openCase(c.number); });
    cell(row, '').append(link);
    cell(row, STATUS[c.status]);
    cell(row, c.priority);
    cell(row, c.hospital?.name);
    cell(row, c.system?.name);
    cell(row, c.summary);
    cell(row, c.reporterName);
    cell(row, time(c.reportedAt));
    cell(row, c.assignee);
  }
  if (!result.items.length) {
    cell(body.insertRow(), '没有符合条件的工单').colSpan = 9;
  }
  const pager = $('#pager');
  pager.replaceChildren(`共 ${result.totalItems} 条，第 ${result.page + 1} / ${Math.max(result.totalPages, 1)} 页 `);
  if (result.page > 0) pager.append(pagerButton('上一页', result.page - 1));
  if (result.page + 1 < result.totalPages) pager.append(pagerButton('下一页', result.page + 1));
}

function pagerButton(label, target) {
  const button = document.createElement('button');
  button.textContent = label;
  button.addEventListener('click', () => { page = target; search(); });
  return button;
}

function definitionList(pairs) {
  const dl = document.createElement('dl');
  for (const [term, value] of pairs) {
    if (value === undefined || value === null || value === '') continue;
    dl.append(Object.assign(document.createElement('dt'), { textContent: term }));
    dl.append(Object.assign(document.createElement('dd'), { textContent: value }));
  }
  return dl;
}

function table(headers, rows) {
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  for (const h of headers) head.append(Object.assign(document.createElement('th'), { textContent: h }));
  const body = t.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    for (const value of r) cell(row, value);
  }
  return t;
}

function heading(text) {
  return Object.assign(document.createElement('h3'), { textContent: text });
}

async function openCase(number) {
  let c;
  try {
    c = await api('/api/cases/' + encodeURIComponent(number));
  } catch (e) {
    $('#search-error').textContent = e.message;
    return;
  }
  history.replaceState(null, '', '?case=' + encodeURIComponent(number));
  const detail = $('#detail');
  detail.replaceChildren();
  detail.append(Object.assign(document.createElement('h2'), {
    textContent: `${c.number}　${c.summary}（${STATUS[c.status]}）`
  }));
  detail.append(definitionList([
    ['医院', c.hospital?.name], ['合同', c.contract?.name], ['系统', c.system?.name], ['等级', c.priority],
    ['类别', c.category], ['报修人', [c.reporter.name, c.reporter.department, c.reporter.phone, c.reporter.email]
      .filter(Boolean).join(' / ')],
    ['报修时间', time(c.reportedAt)], ['登记', time(c.registeredAt) + ' ' + c.registeredBy], ['工程师', c.assignee],
    ['描述', c.description]
  ]));
  if (c.closure) {
    detail.append(heading('结案信息'));
    detail.append(definitionList([
      ['故障类型', c.closure.faultType], ['故障原因', c.closure.rootCause], ['处理结果', c.closure.resolution],
      ['解决时间', time(c.closure.resolvedAt)], ['满意度', SATISFACTION[c.closure.satisfaction]],
      ['用户意见', c.closure.feedback], ['确认人', c.closure.confirmedBy], ['关闭时间', time(c.closure.closedAt)],
      ['归档时间', time(c.closure.archivedAt)]
    ]));
  }
  if (c.cancellation) {
    detail.append(heading('作废'));
    detail.append(definitionList([['原工单', c.cancellation.duplicateOf], ['原因', c.cancellation.reason]]));
  }
  if (c.slaTargets.length) {
    detail.append(heading('服务时限'));
    detail.append(table(['目标', '合同约定', '预警', '截止', '状态', '达成时间'], c.slaTargets.map(t =>
      [SLA_KIND[t.kind], t.description, time(t.warningAt), t.dueAt ? time(t.dueAt) : '暂停计时',
        SLA_STATUS[t.status], time(t.metAt)])));
  }
  if (c.supportActions.length) {
    detail.append(heading('处理记录'));
    detail.append(table(['方式', '开始', '结束', '工程师', '说明'], c.supportActions.map(a =>
      [MODE[a.mode], time(a.startedAt), time(a.endedAt), a.engineer, a.notes])));
  }
  if (c.attachments.length) {
    detail.append(heading('附件'));
    const list = document.createElement('ul');
    for (const a of c.attachments) {
      const button = document.createElement('button');
      button.textContent = `${a.fileName}（${Math.ceil(a.size / 1024)} KB）`;
      button.addEventListener('click', () => download(a));
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    detail.append(list);
  }
  detail.append(heading('历史'));
  detail.append(table(['时间', '人员', '事件', '状态', '说明'], c.history.map(e =>
    [time(e.at), e.actor, EVENT[e.type] || e.type, e.toStatus ? STATUS[e.toStatus] : '', e.detail])));
  show('detail-panel');
}

async function download(attachment) {
  const response = await fetch(attachment.href, { headers: { Authorization: 'Basic ' + credentials() } });
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: attachment.fileName });
  link.click();
  URL.revokeObjectURL(url);
}

async function showQuarantine() {
  show('quarantine-panel');
  $('#quarantine-error').textContent = '';
  let result;
  try {
    result = await api('/api/quarantine?size=200&status=' + $('#quarantine-status').value
      + '&channel=' + $('#quarantine-channel').value);
  } catch (e) {
    $('#quarantine-error').textContent = e.message;
    return;
  }
  const body = $('#quarantine tbody');
  body.replaceChildren();
  for (const item of result.items) {
    const row = body.insertRow();
    cell(row, time(item.quarantinedAt));
    cell(row, CHANNEL[item.channel] || item.channel);
    cell(row, item.source);
    cell(row, item.sender);
    cell(row, item.subject);
    cell(row, Math.ceil(item.bodyBytes / 1024) + ' KB' + (item.bodyKept ? '' : '（未保存内容）'));
    cell(row, item.detail);
    cell(row, item.attempts);
    cell(row, item.status === 'OPEN' ? QUARANTINE_STATUS.OPEN
      : `${QUARANTINE_STATUS[item.status]}（${item.resolvedBy}${item.caseNumber ? '，工单 ' + item.caseNumber : ''}）`);
    const actions = cell(row, '');
    if (item.rawHref) {
      const fileName = `quarantine-${item.id}.${QUARANTINE_FILE[item.contentType] || 'bin'}`;
      actions.append(actionButton('下载原始内容', () => download({ href: item.rawHref, fileName })));
    }
    if (item.status === 'OPEN' && result.canResolve) {
      actions.append(actionButton('重新处理', () => resolveQuarantined(item, 'reprocess')));
      actions.append(actionButton('搁置', () => resolveQuarantined(item, 'dismiss')));
    }
  }
  if (!result.items.length) {
    cell(body.insertRow(), '没有隔离的内容').colSpan = 10;
  }
}

function actionButton(label, onClick) {
  const button = document.createElement('button');
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}

async function resolveQuarantined(item, action) {
  const what = item.subject || item.source;
  const question = action === 'dismiss' ? `确定搁置吗？内容仍保留备查。（${what}）` : `重新处理吗？（${what}）`;
  if (!confirm(question)) return;
  try {
    const result = await api(`/api/quarantine/${item.id}/${action}`, 'POST');
    await showQuarantine();
    if (result?.caseNumber) {
      $('#quarantine-error').textContent = '已登记为工单 ' + result.caseNumber;
    }
  } catch (e) {
    await showQuarantine();
    $('#quarantine-error').textContent = e.message;
  }
}

$('#quarantine-link').addEventListener('click', (event) => { event.preventDefault(); showQuarantine(); });
$('#quarantine-status').addEventListener('change', () => showQuarantine());
$('#quarantine-channel').addEventListener('change', () => showQuarantine());
$('#quarantine-back').addEventListener('click', () => { show('search-panel'); search(); });

$('#login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(form.get('user') + ':' + form.get('password'))));
  sessionStorage.setItem('weibao.auth', encoded);
  try {
    await start();
  } catch (e) {
    // start() has shown the reason
  }
});
$('#logout').addEventListener('click', () => showLogin());
$('#search').addEventListener('submit', (event) => { event.preventDefault(); page = 0; search(); });
$('#back').addEventListener('click', () => {
  history.replaceState(null, '', location.pathname);
  show('search-panel');
  search();
});
// WeChat binding: a one-time code the user sends to the service account
async function openProfile() {
  show('profile-panel');
  $('#binding-result').textContent = '';
  $('#binding-error').textContent = '';
  const bindings = await api('/api/wechat/bindings');
  const app = { MP: '服务号', WECOM: '企业微信' };
  $('#bindings').replaceChildren(bindings.length === 0 ? document.createTextNode('尚未绑定')
    : table(['渠道', '报修人', '合同', '绑定时间'], bindings.map(b => [app[b.app], b.reporterName, b.contract, time(b.boundAt)])));
}

$('#profile-link').addEventListener('click', (event) => { event.preventDefault(); openProfile().catch(() => {}); });
$('#profile-back').addEventListener('click', () => { show('search-panel'); });
$('#binding-code').addEventListener('click', async () => {
  $('#binding-error').textContent = '';
  const response = await fetch('/api/wechat/binding-codes', {
    method: 'POST', headers: { Authorization: 'Basic ' + credentials(), 'Content-Type': 'application/json' }
  });
  const body = await response.json();
  if (!response.ok) {
    $('#binding-error').textContent = '无法生成绑定码：' + (body.detail || response.statusText);
    return;
  }
  $('#binding-result').textContent = '绑定码 ' + body.code + '（' + time(body.expiresAt) + ' 前有效）：' + body.instructions;
});

start().catch(() => {});
