// Cockpit dashboard plugin: the history of case process instances, running and finished, for service managers.
// It reads Camunda's history API with the logged-in user's rights (READ_HISTORY), so a hospital user sees
// nothing of other hospitals.
const TYPES = {
  startEvent: '开始', endEvent: '结束', userTask: '人工任务', serviceTask: '服务任务', businessRuleTask: '规则',
  exclusiveGateway: '网关', intermediateMessageCatch: '等待消息', boundaryTimer: '定时器', intermediateTimer: '定时器'
};

function el(tag, attributes, ...children) {
  const node = Object.assign(document.createElement(tag), attributes || {});
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '';
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
      .then(r => r.ok ? r.json() : Promise.reject(new Error(r.status + ' ' + r.statusText)));
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
        list.replaceChildren(table(['工单号', '医院（租户）', '开始', '结束', '状态', ''], instances.map(i => {
          const show = el('a', { href: '#', textContent: '流程历史' });
          show.addEventListener('click', (event) => { event.preventDefault(); open(i); });
          return el('tr', {}, el('td', {}, i.businessKey || i.id), el('td', {}, i.tenantId || ''),
            el('td', {}, time(i.startTime)), el('td', {}, time(i.endTime)),
            el('td', {}, i.state === 'COMPLETED' ? '已结束' : i.state === 'ACTIVE' ? '进行中' : i.state),
            el('td', {}, show));
        })));
      } catch (e) {
        status.textContent = '无法读取流程历史：' + e.message;
      }
    }

    async function open(instance) {
      const activities = await get('/history/activity-instance?processInstanceId=' + instance.id
        + '&sortBy=startTime&sortOrder=asc&maxResults=500');
      detail.replaceChildren(
        el('h4', {}, '工单 ' + (instance.businessKey || '') + ' 的流程历史'),
        el('p', {}, el('a', { href: '/?case=' + encodeURIComponent(instance.businessKey || ''), target: '_blank',
          textContent: '在工单查询中打开（含处理记录与故障报告）' })),
        table(['步骤', '类型', '处理人', '开始', '结束', '用时'], activities
          .filter(a => a.activityType !== 'exclusiveGateway')
          .map(a => el('tr', {}, el('td', {}, a.activityName || a.activityId),
            el('td', {}, TYPES[a.activityType] || a.activityType), el('td', {}, a.assignee || ''),
            el('td', {}, time(a.startTime)), el('td', {}, time(a.endTime)),
            el('td', {}, a.canceled ? '已取消' : duration(a.durationInMillis))))));
    }

    search.addEventListener('click', load);
    number.addEventListener('keydown', (event) => { if (event.key === 'Enter') load(); });
    node.append(el('section', { className: 'weibao-case-history' },
      el('h3', {}, '工单流程历史'),
      el('p', {}, '最近的工单流程实例（含已结束的），点击查看每一步由谁、何时完成。'),
      el('div', {}, number, ' ', search), status, list, detail));
    load();
  }
}];
