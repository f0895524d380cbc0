// The quarantine section of the case page: what the intake channels could not register, kept with its raw input
// for the vendor's staff; leads and managers reprocess items or put them aside (kept for the record).
import { $, api, button, choices, download, el, emptyRow, label, show, time } from './weibao.js';

// The quarantine's API, filters and columns: the one place on the pages that names them.
const QUARANTINE = {
  url: '/api/quarantine',
  statuses: 'quarantineStatus', // the labels' kind
  open: 'OPEN',
  pending: ['OPEN', 'IGNORED'], // still to decide: reprocess (take in after all) or put aside
  channels: ['EMAIL', 'PHONE', 'WECHAT'],
  putAside: { action: 'dismiss', text: '搁置', question: '确定搁置吗？内容仍保留备查。' },
  rawExtension: { 'message/rfc822': 'eml', 'application/json': 'json', 'application/xml': 'xml' },
  describe: (item) => item.subject || item.source,
  columns: {
    隔离时间: item => time(item.quarantinedAt), 渠道: item => label('channel', item.channel), 来源: item => item.source,
    发件人: item => item.sender, 主题: item => item.subject,
    大小: item => Math.ceil(item.bodyBytes / 1024) + ' KB' + (item.bodyKept ? '' : '（未保存内容）'),
    原因: item => item.detail, 次数: item => item.attempts
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

/** Fills the filters and the table's head; once, when the page loads its labels. */
export function setUpQuarantine() {
  $('#quarantine thead').replaceChildren(el('tr', {}, ...HEADINGS.map(h => el('th', { textContent: h }))));
  $('#quarantine-status').replaceChildren(...choices(QUARANTINE.statuses).map(([code, text]) => new Option(text, code)));
  $('#quarantine-channel').replaceChildren(new Option('全部', ''),
    ...QUARANTINE.channels.map(code => new Option(label('channel', code), code)));
}

export async function showQuarantine() {
  show('quarantine-panel');
  $('#quarantine-error').textContent = '';
  const query = new URLSearchParams({ size: 200, status: $('#quarantine-status').value });
  if ($('#quarantine-channel').value) query.set('channel', $('#quarantine-channel').value);
  let result;
  try {
    result = await api(`${QUARANTINE.url}?${query}`);
  } catch (e) {
    $('#quarantine-error').textContent = e.message;
    return;
  }
  const body = $('#quarantine tbody');
  body.replaceChildren();
  for (const item of result.items) {
    const row = body.insertRow();
    const status = label(QUARANTINE.statuses, item.status);
    const outcome = QUARANTINE.pending.includes(item.status) ? status
      : `${status}（${item.resolvedBy}${item.caseNumber ? '，工单 ' + item.caseNumber : ''}）`;
    for (const text of [...Object.values(QUARANTINE.columns).map(column => column(item)), outcome]) {
      row.insertCell().textContent = text ?? '';
    }
    const actions = row.insertCell();
    if (item.rawHref) {
      const fileName = `quarantine-${item.id}.${QUARANTINE.rawExtension[item.contentType] || 'bin'}`;
      actions.append(button('下载原始内容', () => download({ href: item.rawHref, fileName })
        .catch(e => { $('#quarantine-error').textContent = e.message; })));
    }
    if (QUARANTINE.pending.includes(item.status) && result.canResolve) {
      actions.append(button('重新处理', () => resolve(item, 'reprocess', '确定重新处理吗？')));
      actions.append(button(QUARANTINE.putAside.text, () => resolve(item, QUARANTINE.putAside.action,
        QUARANTINE.putAside.question)));
    }
  }
  if (!result.items.length) emptyRow(body, '没有隔离的内容', HEADINGS.length);
}

async function resolve(item, action, question) {
  if (!confirm(`${question}（${QUARANTINE.describe(item)}）`)) return;
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

$('#quarantine-status').addEventListener('change', () => showQuarantine());
$('#quarantine-channel').addEventListener('change', () => showQuarantine());
