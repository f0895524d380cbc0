// The quarantine section of the case page: what intake could not register, kept with its raw input for the
// vendor's staff; leads and managers reprocess or put items aside.
import { $, api, button, download, emptyRow, show, time } from './weibao.js';

// The quarantine's API and statuses: the one place on the pages that names them.
const QUARANTINE = {
  url: '/api/mail-quarantine',
  statuses: { OPEN: '待处理', REPROCESSED: '已重新处理', DISCARDED: '已丢弃' },
  open: 'OPEN',
  putAside: { action: 'discard', text: '丢弃' },
  rawFileName: (item) => `quarantine-${item.id}.eml`
};

/** Whether the user may see the quarantine (the vendor's staff; others are refused). */
export async function mayViewQuarantine() {
  try {
    await api(QUARANTINE.url + '?size=1');
    return true;
  } catch (e) {
    return false;
  }
}

export function setUpQuarantine(back) {
  const select = $('#quarantine-status');
  select.replaceChildren(...Object.entries(QUARANTINE.statuses).map(([code, text]) => new Option(text, code)));
  select.addEventListener('change', () => showQuarantine());
  $('#quarantine-back').addEventListener('click', back);
}

export async function showQuarantine() {
  show('quarantine-panel');
  $('#quarantine-error').textContent = '';
  let result;
  try {
    result = await api(`${QUARANTINE.url}?size=200&status=${$('#quarantine-status').value}`);
  } catch (e) {
    $('#quarantine-error').textContent = e.message;
    return;
  }
  const body = $('#quarantine tbody');
  body.replaceChildren();
  for (const item of result.items) {
    const row = body.insertRow();
    const outcome = item.status === QUARANTINE.open ? QUARANTINE.statuses[item.status]
      : `${QUARANTINE.statuses[item.status]}（${item.resolvedBy}${item.caseNumber ? '，工单 ' + item.caseNumber : ''}）`;
    for (const text of [time(item.quarantinedAt), item.mailbox, item.sender, item.subject,
      Math.ceil(item.size / 1024) + ' KB', item.error, item.attempts, outcome]) {
      row.insertCell().textContent = text ?? '';
    }
    const actions = row.insertCell();
    actions.append(button('下载原始内容', () => download({ href: item.rawHref, fileName: QUARANTINE.rawFileName(item) })
      .catch(e => { $('#quarantine-error').textContent = e.message; })));
    if (item.status === QUARANTINE.open && result.canResolve) {
      actions.append(button('重新处理', () => resolve(item, 'reprocess', '重新处理')));
      actions.append(button(QUARANTINE.putAside.text, () => resolve(item, QUARANTINE.putAside.action,
        QUARANTINE.putAside.text)));
    }
  }
  if (!result.items.length) emptyRow(body, '没有隔离的内容', 9);
}

async function resolve(item, action, text) {
  if (!confirm(`确定${text}这一项吗？（${item.subject || '无主题'}）`)) return;
  let message = '';
  try {
    const result = await api(`${QUARANTINE.url}/${item.id}/${action}`, { method: 'POST' });
    if (result?.caseNumber) message = '已登记为工单 ' + result.caseNumber;
  } catch (e) {
    message = e.message;
  }
  await showQuarantine();
  $('#quarantine-error').textContent = message;
}
