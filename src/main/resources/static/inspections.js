// The inspection page: a contract's plans, schedule and period summary; one inspection with its results, reports,
// photos and sign-offs; uploads while it is open.
import { $, action, api, download, el, heading, label, pairs, show, startPage, table, time } from './weibao.js';

async function start() {
  const contracts = await api('/api/contracts');
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

function caseLink(followUp) {
  return followUp ? el('a', { href: '/?case=' + encodeURIComponent(followUp.number),
    textContent: `${followUp.number}（${followUp.priority || ''}）` }) : '';
}

const departments = (list) => list.map(d => label('department', d)).join('、');

async function showContract() {
  const code = $('#choose select[name=contract]').value;
  const period = $('#choose input[name=period]').value.trim();
  $('#contract-error').textContent = '';
  let data;
  let summary;
  try {
    data = await api('/api/contracts/' + encodeURIComponent(code) + '/inspections');
    summary = await api('/api/contracts/' + encodeURIComponent(code) + '/inspections/summary'
      + (period ? '?period=' + encodeURIComponent(period) : ''));
  } catch (e) {
    $('#contract-error').textContent = e.message;
    return;
  }
  history.replaceState(null, '', '?contract=' + encodeURIComponent(code));
  const out = $('#contract');
  out.replaceChildren(el('h2', { textContent: `${data.hospital.name} · ${data.contract.name}` }));
  for (const plan of data.plans) {
    out.append(heading(`${plan.name}（${plan.frequencyLabel}，每年 ${plan.perYear} 次，${departments(plan.signOff)}签字）`));
    out.append(pairs([['说明', plan.description], ['下次巡检', plan.next
      ? `${plan.next.date}（${plan.next.period}，截止 ${plan.next.dueDate}）` : '合同期内已无计划巡检'],
      ['检查项', plan.checklist.length + ' 项']]));
    out.append(table(['计划日期', '周期', '截止', '状态'], plan.thisYear.map(s => [s.date, s.period, s.dueDate,
      s.inspectionId ? action(label('slotState', s.state), () => openInspection(s.inspectionId))
        : label('slotState', s.state)])));
  }
  out.append(heading(`巡检汇总 ${summary.period}（${summary.from} 至 ${summary.to}）`));
  out.append(pairs([['计划', summary.planned + ' 次'], ['已完成', summary.done + ' 次'], ['已签字归档', summary.signed + ' 次'],
    ['未执行', summary.missed + ' 次'], ['临时巡检', summary.onDemand + ' 次'], ['发现问题', summary.findings.length + ' 项'],
    ['未结后续工单', summary.openFollowUps.length + ' 个']]));
  if (summary.openFollowUps.length) {
    out.append(table(['巡检', '检查项', '结果', '标准', '后续工单'], summary.openFollowUps.map(f =>
      [f.inspection, f.code + ' ' + f.name, f.finding, f.criterion, caseLink(f.followUp)])));
  }
  out.append(heading('巡检记录'));
  out.append(table(['巡检单号', '巡检', '状态', '截止', '工程师', '完成时间', '异常', '报告版本'], data.inspections.map(i =>
    [action(i.reference, () => openInspection(i.id)), i.title,
      label('inspectionStatus', i.status) + (i.overdue ? '（逾期）' : ''), i.dueDate, i.performedBy,
      time(i.performedAt), i.findings, i.reportVersion || ''])));
}

async function openInspection(id) {
  $('#inspection-error').textContent = '';
  let i;
  try {
    i = await api('/api/inspections/' + encodeURIComponent(id));
  } catch (e) {
    $('#contract-error').textContent = e.message;
    return;
  }
  history.replaceState(null, '', '?id=' + encodeURIComponent(id));
  $('#choose select[name=contract]').value = i.contract.code;
  const out = $('#inspection');
  out.replaceChildren(el('h2', { textContent: `${i.reference}　${i.title}（${label('inspectionStatus', i.status)}）` }));
  out.append(pairs([['医院', i.hospital.name], ['合同', i.contract.name], ['巡检计划', i.plan.name],
    ['类型', label('inspectionTrigger', i.trigger) + (i.reason ? '：' + i.reason : '')], ['截止日期', i.dueDate],
    ['逾期', i.overdueSince ? '自 ' + time(i.overdueSince) : ''], ['巡检工程师', i.performedBy],
    ['完成时间', time(i.performedAt)], ['院方参与人', i.hospitalParticipants], ['结论与建议', i.suggestions],
    ['待签字', departments(i.pendingSignOffs)], ['归档时间', time(i.archivedAt)]]));
  out.append(heading('检查结果'));
  out.append(table(['编号', '检查项目', '系统', '标准', '结果', '结论', '说明', '后续工单'], i.results.map(r =>
    [r.code, r.name, r.system?.name, r.criterion, r.finding, r.finding == null ? '' : (r.failed ? '异常' : '正常'),
      r.note, caseLink(r.followUp)])));
  out.append(heading('报告与附件'));
  out.append(table(['类型', '文件', '版本', '上传/生成', '时间'], i.files.map(f =>
    [label('inspectionFileKind', f.kind) + (f.item ? '（' + f.item + '）' : ''),
      action(f.fileName, () => download(f).catch(e => { $('#inspection-error').textContent = e.message; })),
      f.reportVersion || '', f.createdBy, time(f.createdAt)])));
  if (i.status !== 'ARCHIVED') out.append(uploadForm(i));
  out.append(heading('签字记录'));
  out.append(table(['报告版本', '部门', '意见', '原因', '签字人', '时间'], i.signOffs.map(s =>
    ['第 ' + s.reportVersion + ' 版', label('department', s.department), label('signOffDecision', s.decision), s.reason,
      s.decidedBy, time(s.decidedAt)])));
  out.append(heading('历史'));
  out.append(table(['时间', '人员', '事件', '说明'], i.history.map(e =>
    [time(e.at), e.actor, label('inspectionEvent', e.type), e.detail])));
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
  form.append(el('label', { textContent: '检查项' }, item), el('label', { textContent: '照片或文件' }, file),
    el('button', { type: 'submit', textContent: '上传' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('/api/inspections/' + inspection.id + '/files', { method: 'POST', form: new FormData(form) });
      await openInspection(inspection.id);
    } catch (e) {
      $('#inspection-error').textContent = e.message;
    }
  });
  return form;
}

$('#choose').addEventListener('submit', (event) => { event.preventDefault(); showContract(); });
$('#start-now').addEventListener('click', async () => {
  const code = $('#choose select[name=contract]').value;
  const reason = prompt('发起原因（可空）：');
  if (reason === null) return;
  try {
    const started = await api('/api/contracts/' + encodeURIComponent(code) + '/inspections',
      { method: 'POST', json: { reason } });
    await openInspection(started.id);
  } catch (e) {
    $('#contract-error').textContent = e.message;
  }
});
$('#back').addEventListener('click', () => { show('contract-panel'); showContract(); });
startPage({ start });
