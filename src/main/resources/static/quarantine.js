// The quarantine section of the case page: what intake could not register, kept with its raw input for the
// vendor's staff; leads and managers reprocess or put items aside.
import { $, api, button, download, el, emptyRow, show, time } from './weibao.js';

// The quarantine's API, statuses and columns: the one place on the pages that names them.
const QUARANTINE = {
  url: '/api/mail-quarantine',
  statuses: { OPEN: '待处理', REPROCESSED: '已重新处理', DISCARDED: '已丢弃' },
  open: 'OPEN',
  putAside: { action: 'discard', text: '丢弃' },
  rawFileName: (item) => `quarantine-${item.id}.eml`,
  describe: (item) => item.subject || '无主题',
  columns: {
    隔离时间: item => time(item.quarantinedAt), 邮箱: item => item.mailbox, 发件人: item => item.sender,
    主题: item => item.subject, 大小: item => Math.ceil(item.size / 1024) + ' KB', 原因: item => item.error,
    次数: item => item.attempts
  }
};
const HEADINGS = [...Object.keys(QUARANTINE.columns), '结果', '操作'];

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
  $('#quarantine thead').replaceChildren(el('tr', {}, ...HEADINGS.map(h => el('th', { textContent: h }))));
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
    for (const text of [...Object.values(QUARANTINE.columns).map(column => column(item)), outcome]) {
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
  if (!result.items.length) emptyRow(body, '没有隔离的内容', HEADINGS.length);
}

async function resolve(item, action, text) {
  if (!confirm(`确定${text}这一项吗？（${QUARANTINE.describe(item)}）`)) return;
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
