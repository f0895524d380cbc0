// Cockpit dashboard plugin: the history of case process instances, running and finished, for service managers.
// It reads Camunda's history API with the logged-in user's rights (READ_HISTORY), so a hospital user sees
// nothing of other hospitals.

// Camunda's activity types (org.camunda.bpm.engine.ActivityTypes) in the words of the BPMN diagrams' readers;
// a type not listed falls back to its kind, so no engine code reaches the page.
const TYPES = {
  startEvent: '开始', startTimerEvent: '定时开始', messageStartEvent: '消息开始', signalStartEvent: '信号开始',
  noneEndEvent: '结束', terminateEndEvent: '终止', errorEndEvent: '错误结束', messageEndEvent: '消息结束',
  userTask: '人工任务', serviceTask: '服务任务', businessRuleTask: '规则', scriptTask: '脚本任务',
  sendTask: '发送任务', receiveTask: '等待消息', manualTask: '手工任务', task: '任务',
  subProcess: '子流程', callActivity: '调用子流程', multiInstanceBody: '多实例',
  exclusiveGateway: '网关', parallelGateway: '并行网关', inclusiveGateway: '包容网关', eventBasedGateway: '事件网关',
  intermediateMessageCatch: '等待消息', intermediateTimer: '定时器', intermediateSignalCatch: '等待信号',
  intermediateConditional: '等待条件', boundaryTimer: '定时器', boundaryMessage: '消息', boundaryError: '错误',
  boundarySignal: '信号', boundaryEscalation: '升级', boundaryConditional: '条件'
};

function typeName(type) {
  if (TYPES[type]) return TYPES[type];
  if (/EndEvent$/.test(type)) return '结束';
  if (/StartEvent$/.test(type)) return '开始';
  if (/Gateway$/.test(type)) return '网关';
  if (/^boundary|Boundary/.test(type)) return '边界事件';
  if (/^intermediate/.test(type)) return '中间事件';
  return '其他';
}

const STATES = {
  ACTIVE: '进行中', SUSPENDED: '已挂起', COMPLETED: '已结束',
  EXTERNALLY_TERMINATED: '已取消', INTERNALLY_TERMINATED: '已终止'
};

function el(tag, attributes, ...children) {
  const node = Object.assign(document.createElement(tag), attributes || {});
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
}

// Times as hospitals read them: Beijing time, whatever the browser's time zone, e.g. 2026-03-05 08:12.
const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
});

function time(iso) {
  if (!iso) return '';
  // the engine API writes offsets as +0800; Date wants +08:00
  const parts = BEIJING.formatToParts(new Date(iso.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')));
  const part = Object.fromEntries(parts.map(p => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

function duration(ms) {
  if (ms === null || ms === undefined) return '进行中';
  const minutes = Math.round(ms / 60000);
  return minutes < 60 ? minutes + ' 分' : Math.floor(minutes / 60) + ' 时 ' + (minutes % 60) + ' 分';
}

function table(headers, rows) {
  return el('table', { className: 'cam-table' },
    el('thead', {}, el('tr', {}, ...headers.map(h => el('th', {}, h)))),
    el('tbody', {}, ...rows));
}

export default [{
  id: 'weibao.caseHistory',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, { api }) => {
    const get = (path) => fetch(api.engineApi + path, { headers: { Accept: 'application/json' } })
      .then(r => r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)));
    // hospitals and people by name, not by tenant code or login id; the code or id stays when the name cannot be read
    const named = new Map();
    const nameOf = (path, read) => {
      if (!named.has(path)) named.set(path, get(path).then(read).catch(() => null));
      return named.get(path);
    };
    const hospitalName = (tenantId) => tenantId
      ? nameOf('/tenant/' + encodeURIComponent(tenantId), t => t.name).then(n => n || tenantId) : Promise.resolve('');
    const personName = (userId) => userId
      ? nameOf('/user/' + encodeURIComponent(userId) + '/profile',
        u => [u.firstName, u.lastName].filter(Boolean).join(' ')).then(n => n || userId) : Promise.resolve('');
    const namedCell = (promise) => {
      const cell = el('td');
      promise.then(n => { cell.textContent = n; });
      return cell;
    };
    const status = el('p');
    const list = el('div');
    const detail = el('div');
    const number = el('input', { placeholder: '工单号，例如 WB-2026-000001', size: 28 });
    const search = el('button', { className: 'btn btn-default', textContent: '查询' });

    async function load() {
      status.textContent = '加载中…';
      const key = number.value.trim();
      const query = '/history/process-instance?processDefinitionKey=CaseProcess&sortBy=startTime&sortOrder=desc'
        + '&maxResults=20' + (key ? '&processInstanceBusinessKeyLike=' + encodeURIComponent('%' + key + '%') : '');
      try {
        const instances = await get(query);
        status.textContent = instances.length ? '' : '没有工单流程实例。';
        list.replaceChildren(table(['工单号', '医院', '开始', '结束', '状态', ''], instances.map(i => {
          const show = el('a', { href: '#', textContent: '流程历史' });
          show.addEventListener('click', (event) => { event.preventDefault(); open(i); });
          return el('tr', {}, el('td', {}, i.businessKey || i.id), namedCell(hospitalName(i.tenantId)),
            el('td', {}, time(i.startTime)), el('td', {}, time(i.endTime)),
            el('td', {}, STATES[i.state] || '其他'),
            el('td', {}, show));
        })));
      } catch (e) {
        status.textContent = '无法读取流程历史（' + e.message + '）。';
      }
    }

    async function open(instance) {
      let activities;
      try {
        activities = await get('/history/activity-instance?processInstanceId=' + instance.id
          + '&sortBy=startTime&sortOrder=asc&maxResults=500');
      } catch (e) {
        detail.replaceChildren(el('p', {}, '无法读取该工单的流程历史（' + e.message + '）。'));
        return;
      }
      detail.replaceChildren(
        el('h4', {}, '工单 ' + (instance.businessKey || '') + ' 的流程历史'),
        el('p', {}, el('a', { href: '/?case=' + encodeURIComponent(instance.businessKey || ''), target: '_blank',
          textContent: '在工单查询中打开（含处理记录与故障报告）' })),
        table(['步骤', '类型', '处理人', '开始', '结束', '用时'], activities
          .filter(a => a.activityType !== 'exclusiveGateway')
          .map(a => el('tr', {}, el('td', {}, a.activityName || typeName(a.activityType)),
            el('td', {}, typeName(a.activityType)), namedCell(personName(a.assignee)),
            el('td', {}, time(a.startTime)), el('td', {}, time(a.endTime)),
            el('td', {}, a.canceled ? '已取消' : duration(a.durationInMillis))))));
    }

    search.addEventListener('click', load);
    number.addEventListener('keydown', (event) => { if (event.key === 'Enter') load(); });
    node.append(el('section', { className: 'weibao-case-history' },
      el('h3', {}, '工单流程历史'),
      el('p', {}, '最近的工单流程实例（含已结束的），点击查看每一步由谁、何时完成。时间均为北京时间。'),
      el('div', {}, number, ' ', search), status, list, detail));
    load();
  }
}];
