// What every Weibao page shares: the header, login and logout, the API client (HTTP Basic with the Tasklist
// account, errors in Chinese), the Chinese names of codes (/api/labels), times in Asia/Shanghai, DOM helpers.
// A page imports it and calls startPage() with what the page does once a user is logged in.
'use strict';

const AUTH = 'weibao.auth';
const PAGES = [
  { page: 'cases', href: '/', text: '工单查询' },
  { page: 'inspections', href: '/inspections.html', text: '巡检' },
  { page: 'faq', href: '/faq.html', text: '常见问题' },
  { page: 'dashboard', href: '/dashboard.html', text: '服务看板' },
  { href: '/camunda/app/tasklist/', text: '任务（Tasklist）' },
  { href: '/camunda/app/cockpit/', text: '监控（Cockpit）' }
];

export const $ = (selector) => document.querySelector(selector);

/** An element with properties and children (nodes or text). */
export function el(tag, props, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children.filter(c => c !== undefined && c !== null));
  return element;
}

let names = {};

/** The Chinese name of a code, e.g. label('caseStatus', 'NEW') → 新建; an unknown code is shown as it is. */
export function label(kind, code) {
  if (code === undefined || code === null || code === '') return '';
  return names[kind]?.[code] ?? code;
}

/** The codes of a kind with their names, in the order the server gives (the enum's order). */
export function choices(kind) {
  return Object.entries(names[kind] ?? {});
}

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

/** An instant as people in the hospitals read it: Beijing time, to the minute (2026-12-02 09:05). */
export function time(iso) {
  if (!iso) return '';
  const part = Object.fromEntries(TIME.formatToParts(new Date(iso)).map(p => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

export function currentUser() {
  const credentials = sessionStorage.getItem(AUTH);
  return credentials ? new TextDecoder().decode(Uint8Array.from(atob(credentials), c => c.charCodeAt(0)))
    .split(':')[0] : null;
}

/**
 * The user's credentials, and the header that marks a call of this page's script: the API then answers a wrong
 * password without a challenge (no browser login dialog over the page's own form), and takes uploads from it.
 */
function credentials() {
  return { Authorization: 'Basic ' + sessionStorage.getItem(AUTH), 'X-Requested-With': 'XMLHttpRequest' };
}

const REFUSALS = {
  400: '输入有误', 401: '登录已失效，请重新登录', 403: '没有权限执行此操作', 404: '未找到，或您无权查看',
  409: '当前状态下不能这样操作', 413: '文件过大', 415: '不支持的内容类型', 429: '请求过于频繁，请稍后再试'
};

/**
 * Why the server refused, in Chinese: its own Chinese message if it has one, else the kind of refusal, and for
 * input or a state that the user can change, the fields and reasons the problem details name.
 */
function refusal(response, problem) {
  if (problem?.message) return problem.message;
  const kind = REFUSALS[response.status]
    || (response.status >= 500 ? '服务器暂时无法处理，请稍后再试' : '请求失败（' + response.status + '）');
  const reasons = [400, 409, 413].includes(response.status)
    && (problem?.errors?.map(e => e.field + '：' + e.message).join('；') || problem?.detail);
  return reasons ? `${kind}：${reasons}` : kind;
}

/**
 * A call to Weibao's API as the logged-in user. {@code json} is sent as the body; {@code form} (FormData) as an
 * upload. Answers the JSON body (null if none); a refusal throws an Error whose message a person can read.
 */
export async function api(path, { method = 'GET', json, form } = {}) {
  const headers = credentials();
  let body;
  if (form) {
    body = form;
  } else if (method !== 'GET') {
    // the API takes nothing but JSON from a browser, also when there is no body
    headers['Content-Type'] = 'application/json';
    body = json === undefined ? undefined : JSON.stringify(json);
  }
  const response = await fetch(path, { method, headers, body });
  if (response.status === 401) {
    showLogin('用户名或密码不正确，或登录已失效。');
    throw new Error('请先登录');
  }
  const type = response.headers.get('Content-Type') || '';
  const answer = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new Error(refusal(response, answer));
  return answer;
}

/** Saves a file the API serves (it needs the user's credentials, so a plain link cannot fetch it). */
export async function download(file) {
  const response = await fetch(file.href, { headers: credentials() });
  if (!response.ok) throw new Error(refusal(response, null));
  const url = URL.createObjectURL(await response.blob());
  el('a', { href: url, download: file.fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A table; a cell is text or an element. */
export function table(headers, rows) {
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

/** A row spanning the whole table, for "nothing found". */
export function emptyRow(tableBody, text, columns) {
  const td = tableBody.insertRow().insertCell();
  td.textContent = text;
  td.colSpan = columns;
}

/** Term–value pairs; empty values are left out. */
export function pairs(list) {
  const dl = el('dl');
  for (const [term, value] of list) {
    if (value === undefined || value === null || value === '') continue;
    dl.append(el('dt', { textContent: term }), el('dd', { textContent: value }));
  }
  return dl;
}

export function heading(text) {
  return el('h3', { textContent: text });
}

export function button(text, onClick) {
  const b = el('button', { type: 'button', textContent: text });
  b.addEventListener('click', onClick);
  return b;
}

/** A link that runs an action on this page instead of leaving it. */
export function action(text, onClick) {
  const a = el('a', { href: '#', textContent: text });
  a.addEventListener('click', (event) => { event.preventDefault(); onClick(); });
  return a;
}

/** Shows one of the page's sections (main > section) from its top, and hides the others. */
export function show(panelId) {
  for (const section of document.querySelectorAll('main > section')) section.hidden = section.id !== panelId;
  window.scrollTo(0, 0);
}

let pageStart = async () => {};

function renderHeader(links) {
  const here = document.body.dataset.page;
  const nav = el('nav');
  for (const p of PAGES) {
    const a = el('a', { href: p.href, textContent: p.text });
    if (p.page === here) a.setAttribute('aria-current', 'page');
    nav.append(a);
  }
  for (const link of links) {
    const a = action(link.text, link.onClick);
    a.id = link.id;
    a.hidden = true;
    nav.append(a);
  }
  nav.append(el('span', { id: 'who' }), el('button', { id: 'logout', type: 'button', hidden: true, textContent: '退出' }));
  $('header').replaceChildren(el('h1', { textContent: 'Weibao 维保服务台' }), nav);
  $('#logout').addEventListener('click', () => showLogin());
}

function renderLogin() {
  const form = el('form', { id: 'login' },
    el('label', { textContent: '用户名 ' }, el('input', { name: 'user', autocomplete: 'username', required: true })),
    el('label', { textContent: '密码 ' }, el('input', { name: 'password', type: 'password',
      autocomplete: 'current-password', required: true })),
    el('button', { type: 'submit', textContent: '登录' }),
    el('p', { className: 'error', id: 'login-error' }));
  $('main').prepend(el('section', { id: 'login-panel', hidden: true }, el('h2', { textContent: '登录' }),
    el('p', { textContent: '使用与 Tasklist 相同的账号。' }), form));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const bytes = new TextEncoder().encode(data.get('user') + ':' + data.get('password'));
    sessionStorage.setItem(AUTH, btoa(String.fromCharCode(...bytes)));
    form.reset();
    await loggedIn();
  });
}

export function showLogin(message) {
  sessionStorage.removeItem(AUTH);
  $('#login-error').textContent = message || '';
  $('#who').textContent = '';
  $('#logout').hidden = true;
  for (const link of document.querySelectorAll('header nav a[id]')) link.hidden = true;
  show('login-panel');
}

async function loggedIn() {
  try {
    names = await api('/api/labels');
  } catch (e) {
    return; // api() has shown the login again
  }
  $('#who').textContent = '当前用户：' + currentUser();
  $('#logout').hidden = false;
  await pageStart();
}

/**
 * Sets up the page: the header with the page's own links (hidden until the page shows them), the login form, and
 * {@code start}, which runs once a user is logged in and the labels are loaded.
 */
export function startPage({ links = [], start }) {
  pageStart = start;
  renderHeader(links);
  renderLogin();
  if (sessionStorage.getItem(AUTH)) {
    loggedIn().catch(() => {});
  } else {
    showLogin();
  }
}
