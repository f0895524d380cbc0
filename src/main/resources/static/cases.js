// The case page: search the cases and the archive, open a case (its targets, support, files and history), the
// user's WeChat binding, and the quarantine for the vendor's staff.
import {
  $, action, api, button, choices, download, el, emptyRow, heading, label, pairs, show, startPage, table, time
} from './weibao.js';
import { mayViewQuarantine, setUpQuarantine, showQuarantine } from './quarantine.js';

let page = 0;

const levelText = (priority) => priority ? `${priority} ${label('priority', priority)}` : '';

async function start() {
  const contracts = await api('/api/contracts');
  const contract = $('#search select[name=contract]');
  contract.length = 1;
  for (const c of contracts) contract.add(new Option(c.hospital.name + ' · ' + c.name, c.code));
  const status = $('#search select[name=status]');
  status.length = 1;
  for (const [code, text] of choices('caseStatus')) status.add(new Option(text, code));
  const priority = $('#search select[name=priority]');
  priority.length = 1;
  for (const [code] of choices('priority')) priority.add(new Option(levelText(code), code));
  setUpQuarantine();
  $('#profile-link').hidden = false;
  $('#quarantine-link').hidden = !(await mayViewQuarantine());
  const number = new URLSearchParams(location.search).get('case');
  if (number) {
    await openCase(number);
  } else {
    show('search-panel');
    await search();
  }
}

async function search() {
  const query = new URLSearchParams({ page, size: 20 });
  for (const [key, value] of new FormData($('#search'))) {
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
    const link = el('a', { href: '?case=' + encodeURIComponent(c.number), textContent: c.number });
    link.addEventListener('click', (event) => { event.preventDefault(); openCase(c.number); });
    const row = body.insertRow();
    row.insertCell().append(link);
    for (const text of [label('caseStatus', c.status), c.priority, c.hospital?.name, c.system?.name, c.summary,
      c.reporterName, time(c.reportedAt), c.assignee]) {
      row.insertCell().textContent = text ?? '';
    }
  }
  if (!result.items.length) emptyRow(body, '没有符合条件的工单', 9);
  const pager = $('#pager');
  pager.replaceChildren(`共 ${result.totalItems} 条，第 ${result.page + 1} / ${Math.max(result.totalPages, 1)} 页 `);
  if (result.page > 0) pager.append(button('上一页', () => { page = result.page - 1; search(); }));
  if (result.page + 1 < result.totalPages) pager.append(button('下一页', () => { page = result.page + 1; search(); }));
}

async function openCase(number) {
  let c;
  try {
    c = await api('/api/cases/' + encodeURIComponent(number));
  } catch (e) {
    show('search-panel');
    $('#search-error').textContent = `工单 ${number}：${e.message}`;
    return;
  }
  history.replaceState(null, '', '?case=' + encodeURIComponent(number));
  $('#detail-error').textContent = '';
  const detail = $('#detail');
  detail.replaceChildren(el('h2', { textContent: `${c.number}　${c.summary}（${label('caseStatus', c.status)}）` }));
  detail.append(pairs([
    ['医院', c.hospital?.name], ['合同', c.contract?.name], ['系统', c.system?.name], ['等级', levelText(c.priority)],
    ['类别', label('category', c.category)], ['影响', label('impact', c.impact)], ['渠道', label('channel', c.channel)],
    ['报修人', [c.reporter.name, c.reporter.department, c.reporter.phone, c.reporter.email].filter(Boolean).join(' / ')],
    ['报修时间', time(c.reportedAt)], ['登记', time(c.registeredAt) + ' ' + c.registeredBy], ['工程师', c.assignee],
    ['描述', c.description]
  ]));
  if (c.closure) {
    detail.append(heading('结案信息'), pairs([
      ['故障类型', label('faultType', c.closure.faultType)], ['故障原因', c.closure.rootCause],
      ['处理结果', c.closure.resolution], ['解决时间', time(c.closure.resolvedAt)],
      ['满意度', label('satisfaction', c.closure.satisfaction)], ['用户意见', c.closure.feedback],
      ['确认人', c.closure.confirmedBy], ['关闭时间', time(c.closure.closedAt)], ['归档时间', time(c.closure.archivedAt)]
    ]));
  }
  if (c.cancellation) {
    detail.append(heading('作废'), pairs([['原工单', c.cancellation.duplicateOf], ['原因', c.cancellation.reason]]));
  }
  if (c.slaTargets.length) {
    detail.append(heading('服务时限'), table(['目标', '合同约定', '预警', '截止', '状态', '达成时间'], c.slaTargets.map(t =>
      [label('slaKind', t.kind), t.description, time(t.warningAt), t.dueAt ? time(t.dueAt) : label('slaStatus', 'PAUSED'),
        label('slaStatus', t.status), time(t.metAt)])));
  }
  if (c.supportActions.length) {
    detail.append(heading('处理记录'), table(['方式', '开始', '结束', '工程师', '说明'], c.supportActions.map(a =>
      [label('supportMode', a.mode), time(a.startedAt), time(a.endedAt), a.engineer, a.notes])));
  }
  if (c.attachments.length) {
    detail.append(heading('附件与报告'), table(['类型', '文件', '大小', '时间'], c.attachments.map(a =>
      [label('attachmentKind', a.kind), fileLink(a), Math.ceil(a.size / 1024) + ' KB', time(a.createdAt)])));
  }
  detail.append(heading('历史'), table(['时间', '人员', '事件', '状态', '说明'], c.history.map(e =>
    [time(e.at), e.actor, label('caseEvent', e.type), label('caseStatus', e.toStatus), e.detail])));
  show('detail-panel');
}

function fileLink(attachment) {
  const link = action(attachment.fileName, () => download(attachment)
    .catch(e => { $('#detail-error').textContent = e.message; }));
  link.dataset.href = attachment.href;
  return link;
}

// WeChat binding: a one-time code the user sends to the service account
async function openProfile() {
  show('profile-panel');
  $('#binding-result').textContent = '';
  $('#binding-error').textContent = '';
  try {
    const bindings = await api('/api/wechat/bindings');
    $('#bindings').replaceChildren(bindings.length === 0 ? '尚未绑定' : table(['渠道', '报修人', '合同', '绑定时间'],
      bindings.map(b => [label('weChatApp', b.app), b.reporterName, b.contract, time(b.boundAt)])));
  } catch (e) {
    $('#binding-error').textContent = e.message;
  }
}

async function newBindingCode() {
  $('#binding-error').textContent = '';
  try {
    const code = await api('/api/wechat/binding-codes', { method: 'POST' });
    $('#binding-result').textContent = `绑定码 ${code.code}（${time(code.expiresAt)} 前有效）：${code.instructions}`;
  } catch (e) {
    $('#binding-error').textContent = '无法生成绑定码：' + e.message;
  }
}

function backToList() {
  history.replaceState(null, '', location.pathname);
  show('search-panel');
  search();
}

$('#search').addEventListener('submit', (event) => { event.preventDefault(); page = 0; search(); });
$('#back').addEventListener('click', backToList);
$('#profile-back').addEventListener('click', () => show('search-panel'));
$('#binding-code').addEventListener('click', newBindingCode);
$('#quarantine-back').addEventListener('click', backToList);
startPage({
  links: [{ id: 'profile-link', text: '微信绑定', onClick: openProfile },
    { id: 'quarantine-link', text: '隔离区', onClick: showQuarantine }],
  start
});
