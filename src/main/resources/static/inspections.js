// Weibao inspections: plans, schedule, inspection records, photos and reports over /api (HTTP Basic, Tasklist account).
'use strict';

const STATUS = { IN_PROGRESS: '巡检中', AWAITING_SIGN_OFF: '待院方签字', REVISION: '退回修改', ARCHIVED: '已归档' };
const SLOT = { ...STATUS, PLANNED: '计划中', MISSED: '未执行' };
const DEPARTMENT = { IT: '信息科', CLINICAL: '临床科室' };
const DECISION = { SIGNED: '确认签字', REJECTED: '退回修改' };
const FILE = { ATTACHMENT: '照片/附件', REPORT: '巡检报告', SIGNED_REPORT: '签字版巡检报告' };
const EVENT = {
  REQUESTED: '发起', RESULTS_RECORDED: '填写结果', FOLLOW_UP_RAISED: '创建后续工单', FOLLOW_UP_LINKED: '关联未结工单',
  FILE_ADDED: '上传附件', REPORT_WRITTEN: '生成报告', REMINDED: '到期提醒', OVERDUE: '逾期', ESCALATED: '逾期升级',
  SIGNED: '签字', REJECTED: '退回', ARCHIVED: '归档'
};

const $ = (selector) => document.querySelector(selector);
const el = (tag, props) => Object.assign(document.createElement(tag), props);

function credentials() {
  return sessionStorage.getItem('weibao.auth');
}

async function call(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { Authorization: 'Basic ' + credentials(), ...options.headers } });
  if (response.status === 401) {
    showLogin('用户名或密码不正确，或登录已失效。');
    throw new Error('unauthenticated');
  }
  const body = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const reasons = body?.errors?.map(e => e.field + '：' + e.message).join('；');
    throw new Error(reasons || body?.detail || response.statusText);
  }
  return body;
}

function show(panel) {
  for (const id of ['login-panel', 'contract-panel', 'inspection-panel']) $('#' + id).hidden = id !== panel;
}

function showLogin(message) {
  sessionStorage.removeItem('weibao.auth');
  $('#login-error').textContent = message || '';
  show('login-panel');
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';
}

function table(headers, rows) {
  const t = el('table');
  const head = t.createTHead().insertRow();
  for (const h of headers) head.append(el('th', { textContent: h }));
  const body = t.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    for (const value of r) {
      const td = row.insertCell();
      if (value instanceof Node) td.append(value); else td.textContent = value ?? '';
    }
  }
  return t;
}

function pairs(list) {
  const dl = el('dl');
  for (const [term, value] of list) {
    if (value === undefined || value === null || value === '') continue;
    dl.append(el('dt', { textContent: term }), el('dd', { textContent: value }));
  }
  return dl;
}

function link(text, onClick) {
  const a = el('a', { href: '#', textContent: text });
  a.addEventListener('click', (event) => { event.preventDefault(); onClick(); });
  return a;
}

function caseLink(followUp) {
  return followUp ? el('a', { href: '/?case=' + encodeURIComponent(followUp.number), textContent:
      `${followUp.number}（${followUp.priority || ''}）` }) : '';
}

async function download(file) {
  const response = await fetch(file.href, { headers: { Authorization: 'Basic ' + credentials() } });
  const url = URL.createObjectURL(await response.blob());
  el('a', { href: url, download: file.fileName }).click();
  URL.revokeObjectURL(url);
}

async function start() {
  if (!credentials()) {
    showLogin();
    return;
  }
  $('#who').textContent = '当前用户：' + atob(credentials()).split(':')[0];
  const contracts = await call('/api/contracts');
  const select = $('#choose select[name=contract]');
  select.replaceChildren(...contracts.map(c => new Option(c.hospital.name + ' · ' + c.name, c.code)));
  const params = new URLSearchParams(location.search);
  if (params.get('contract')) select.value = params.get('contract');
  show('contract-panel');
  if (params.get('id')) {
    await openInspection(params.get('id'));
  } else {
    await showContract();
  }
}

async function showContract() {
  const code = $('#choose select[name=contract]').value;
  const period = $('#choose input[name=period]').value.trim();
  $('#contract-error').textContent = '';
  let data;
  let summary;
  try {
    data = await call('/api/contracts/' + encodeURIComponent(code) + '/inspections');
    summary = await call('/api/contracts/' + encodeURIComponent(code) + '/inspections/summary'
      + (period ? '?period=' + encodeURIComponent(period) : ''));
  } catch (e) {
    $('#contract-error').textContent = e.message;
    return;
  }
  history.replaceState(null, '', '?contract=' + encodeURIComponent(code));
  const out = $('#contract');
  out.replaceChildren(el('h2', { textContent: `${data.hospital.name} · ${data.contract.name}` }));
  for (const plan of data.plans) {
    out.append(el('h3', { textContent: `${plan.name}（${plan.frequencyLabel}，每年 ${plan.perYear} 次，`
        + `${plan.signOff.map(d => DEPARTMENT[d]).join('、')}签字）` }));
    out.append(pairs([['说明', plan.description], ['下次巡检', plan.next
      ? `${plan.next.date}（${plan.next.period}，截止 ${plan.next.dueDate}）` : '合同期内已无计划巡检'],
      ['检查项', plan.checklist.length + ' 项']]));
    out.append(table(['计划日期', '周期', '截止', '状态'], plan.thisYear.map(s => [s.date, s.period, s.dueDate,
      s.inspectionId ? link(SLOT[s.state], () => openInspection(s.inspectionId)) : SLOT[s.state]])));
  }
  out.append(el('h3', { textContent: `巡检汇总 ${summary.period}（${summary.from} 至 ${summary.to}）` }));
  out.append(pairs([['计划', summary.planned + ' 次'], ['已完成', summary.done + ' 次'], ['已签字归档', summary.signed + ' 次'],
    ['未执行', summary.missed + ' 次'], ['临时巡检', summary.onDemand + ' 次'], ['发现问题', summary.findings.length + ' 项'],
    ['未结后续工单', summary.openFollowUps.length + ' 个']]));
  if (summary.openFollowUps.length) {
    out.append(table(['巡检', '检查项', '结果', '标准', '后续工单'], summary.openFollowUps.map(f =>
      [f.inspection, f.code + ' ' + f.name, f.finding, f.criterion, caseLink(f.followUp)])));
  }
  out.append(el('h3', { textContent: '巡检记录' }));
  out.append(table(['巡检单号', '巡检', '状态', '截止', '工程师', '完成时间', '异常', '报告版本'], data.inspections.map(i =>
    [link(i.reference, () => openInspection(i.id)), i.title, STATUS[i.status] + (i.overdue ? '（逾期）' : ''),
      i.dueDate, i.performedBy, time(i.performedAt), i.findings, i.reportVersion || ''])));
}

async function openInspection(id) {
  $('#inspection-error').textContent = '';
  let i;
  try {
    i = await call('/api/inspections/' + encodeURIComponent(id));
  } catch (e) {
    $('#contract-error').textContent = e.message;
    return;
  }
  history.replaceState(null, '', '?id=' + encodeURIComponent(id));
  $('#choose select[name=contract]').value = i.contract.code;
  const out = $('#inspection');
  out.replaceChildren(el('h2', { textContent: `${i.reference}　${i.title}（${STATUS[i.status]}）` }));
  out.append(pairs([['医院', i.hospital.name], ['合同', i.contract.name], ['巡检计划', i.plan.name],
    ['类型', i.trigger === 'SCHEDULED' ? '计划巡检' : '临时巡检：' + (i.reason || '')], ['截止日期', i.dueDate],
    ['逾期', i.overdueSince ? '自 ' + time(i.overdueSince) : ''], ['巡检工程师', i.performedBy],
    ['完成时间', time(i.performedAt)], ['院方参与人', i.hospitalParticipants], ['结论与建议', i.suggestions],
    ['待签字', i.pendingSignOffs.map(d => DEPARTMENT[d]).join('、')], ['归档时间', time(i.archivedAt)]]));
  out.append(el('h3', { textContent: '检查结果' }));
  out.append(table(['编号', '检查项目', '系统', '标准', '结果', '结论', '说明', '后续工单'], i.results.map(r =>
    [r.code, r.name, r.system?.name, r.criterion, r.finding, r.finding == null ? '' : (r.failed ? '异常' : '正常'),
      r.note, caseLink(r.followUp)])));
  out.append(el('h3', { textContent: '报告与附件' }));
  out.append(table(['类型', '文件', '版本', '上传/生成', '时间'], i.files.map(f =>
    [FILE[f.kind] + (f.item ? '（' + f.item + '）' : ''), link(f.fileName, () => download(f)), f.reportVersion || '',
      f.createdBy, time(f.createdAt)])));
  if (i.status !== 'ARCHIVED') out.append(uploadForm(i));
  out.append(el('h3', { textContent: '签字记录' }));
  out.append(table(['报告版本', '部门', '意见', '原因', '签字人', '时间'], i.signOffs.map(s =>
    ['第 ' + s.reportVersion + ' 版', DEPARTMENT[s.department], DECISION[s.decision], s.reason, s.decidedBy,
      time(s.decidedAt)])));
  out.append(el('h3', { textContent: '历史' }));
  out.append(table(['时间', '人员', '事件', '说明'], i.history.map(e => [time(e.at), e.actor, EVENT[e.type] || e.type,
    e.detail])));
  show('inspection-panel');
}

function uploadForm(inspection) {
  const form = el('form');
  const item = el('select', { name: 'item' });
  item.add(new Option('（整个巡检）', ''));
  for (const r of inspection.results) {
    const option = new Option(r.code + ' ' + r.name, r.code);
    item.add(option);
    if (r.kind === 'ATTACHMENT' && !item.dataset.chosen) { option.selected = true; item.dataset.chosen = '1'; }
  }
  const file = el('input', { type: 'file', name: 'file', required: true, accept: 'image/*,application/pdf' });
  const labelled = (text, input) => { const l = el('label', { textContent: text }); l.append(input); return l; };
  form.append(labelled('检查项', item), labelled('照片或文件', file), el('button', { type: 'submit', textContent: '上传' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('/api/inspections/' + inspection.id + '/files', {
        // an upload is the one non-JSON call: the header shows it comes from this page, not another site's form
        method: 'POST', headers: { 'X-Requested-With': 'XMLHttpRequest' }, body: new FormData(form)
      });
      await openInspection(inspection.id);
    } catch (e) {
      $('#inspection-error').textContent = e.message;
    }
  });
  return form;
}

$('#login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  sessionStorage.setItem('weibao.auth',
    btoa(String.fromCharCode(...new TextEncoder().encode(form.get('user') + ':' + form.get('password')))));
  await start().catch(() => {});
});
$('#choose').addEventListener('submit', (event) => { event.preventDefault(); showContract(); });
$('#start-now').addEventListener('click', async () => {
  const code = $('#choose select[name=contract]').value;
  const reason = prompt('发起原因（可空）：') ?? null;
  if (reason === null) return;
  try {
    const started = await call('/api/contracts/' + encodeURIComponent(code) + '/inspections', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason })
    });
    await openInspection(started.id);
  } catch (e) {
    $('#contract-error').textContent = e.message;
  }
});
$('#back').addEventListener('click', () => { show('contract-panel'); showContract(); });
start().catch(() => {});
