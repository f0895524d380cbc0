// The supervisor dashboard (服务看板): /api/dashboard for every contract the user may read or one of them, drawn with
// ECharts (served from Weibao's own webjar): SLA trend, open cases by level and age, satisfaction, inspections, and
// this month's missed targets. Each chart shows a Chinese note instead when it has nothing to draw.
import { $, api, el, show, startPage, table, time } from './weibao.js';

const COLORS = { met: '#2e7d32', late: '#f9a825', breached: '#c62828', pending: '#90a4ae' };
const charts = new Map();

async function start() {
  const params = new URLSearchParams(location.search);
  await load(params.get('contract') || '');
}

const chosen = () => $('#choose select[name=contract]').value;

async function load(contract) {
  $('#dashboard-error').textContent = '';
  show('dashboard-panel');
  let d;
  try {
    d = await api('/api/dashboard' + (contract ? '?contract=' + encodeURIComponent(contract) : ''));
  } catch (e) {
    if (contract) {
      // a contract the user may not see (or none): the figures the user may see, with the refusal above them
      await load('');
    } else {
      $('#dashboard').hidden = true;
    }
    $('#dashboard-error').textContent = e.message;
    return;
  }
  $('#dashboard').hidden = false;
  const select = $('#choose select[name=contract]');
  select.replaceChildren(new Option('全部合同', ''),
    ...d.contracts.map(c => new Option(c.hospital + ' · ' + c.name, c.code)));
  select.value = d.scope.contract || '';
  $('#scope').textContent = d.scope.label + '，统计时间 ' + time(d.generatedAt);
  history.replaceState(null, '', d.scope.contract ? '?contract=' + encodeURIComponent(d.scope.contract)
    : location.pathname);
  slaTrend(d.slaTrend);
  openCases(d.openCases);
  satisfaction(d.satisfaction);
  inspections(d.inspections);
  breaches(d.breaches);
}

/** Draws the option into the chart's box, or shows the text when there is nothing to draw. */
function draw(id, option, emptyText) {
  const box = $('#' + id);
  charts.get(id)?.dispose();
  charts.delete(id);
  box.replaceChildren();
  box.classList.toggle('chart', !!option);
  if (!option) {
    box.append(el('p', { className: 'empty', textContent: emptyText }));
    return;
  }
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  chart.setOption(Object.assign({ textStyle: { fontFamily: getComputedStyle(document.body).fontFamily } }, option));
  charts.set(id, chart);
}

function slaTrend(months) {
  const due = months.reduce((n, m) => n + m.due + m.pending, 0);
  draw('chart-sla', due === 0 ? null : {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 50, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months.map(m => m.label) },
    yAxis: [{ type: 'value', name: '目标数', minInterval: 1 },
      { type: 'value', name: '按时率（%）', min: 0, max: 100 }],
    series: [
      { name: '按时达成', type: 'bar', stack: 'due', color: COLORS.met, data: months.map(m => m.met) },
      { name: '超时达成', type: 'bar', stack: 'due', color: COLORS.late, data: months.map(m => m.metLate) },
      { name: '超时未达成', type: 'bar', stack: 'due', color: COLORS.breached, data: months.map(m => m.breached) },
      { name: '未到期', type: 'bar', stack: 'due', color: COLORS.pending, data: months.map(m => m.pending) },
      { name: '按时率', type: 'line', yAxisIndex: 1, color: '#1f4e79', connectNulls: false,
        data: months.map(m => m.onTimePercent), label: { show: true, formatter: p => (p.value == null ? '' : p.value + '%') } }
    ]
  }, '近12个月没有到期的服务时限目标。');
}

function openCases(open) {
  $('#open-title').textContent = `未完成工单（共 ${open.total} 张，按等级与已持续时间）`;
  const levels = open.levels;
  draw('chart-open', open.total === 0 ? null : {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: levels.map(l => l.label) },
    yAxis: { type: 'value', name: '工单数', minInterval: 1 },
    series: open.bands.map((band, i) => ({
      name: band.label, type: 'bar', stack: 'age', data: levels.map(l => l.byAge[i])
    }))
  }, '当前没有未完成的工单。');
}

function satisfaction(s) {
  $('#satisfaction-title').textContent = `满意度（${s.label}，共 ${s.total} 条评价）`;
  draw('chart-satisfaction', s.total === 0 ? null : {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { top: 0 },
    series: [{
      name: '满意度', type: 'pie', radius: ['35%', '65%'], top: 20,
      label: { formatter: '{b} {c}（{d}%）' },
      data: [
        { name: '优', value: s.excellent, itemStyle: { color: COLORS.met } },
        { name: '良', value: s.good, itemStyle: { color: '#1976d2' } },
        { name: '差', value: s.poor, itemStyle: { color: COLORS.breached } }
      ]
    }]
  }, `${s.label}暂无满意度评价。`);
  $('#satisfaction-sources').textContent =
    s.bySource.map(r => `${r.label}：优 ${r.excellent}，良 ${r.good}，差 ${r.poor}`).join('；');
}

function inspections(i) {
  $('#inspections-title').textContent = `巡检（${i.label}）`;
  const empty = i.planned === 0 && i.awaitingSignOff === 0;
  draw('chart-inspections', empty ? null : {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: ['计划', '已完成', '已签字归档', '逾期未执行', '待院方签字'] },
    yAxis: { type: 'value', name: '次数', minInterval: 1 },
    series: [{
      name: '巡检', type: 'bar', label: { show: true, position: 'top' },
      data: [
        { value: i.planned, itemStyle: { color: COLORS.pending } },
        { value: i.done, itemStyle: { color: '#1976d2' } },
        { value: i.signed, itemStyle: { color: COLORS.met } },
        { value: i.missed, itemStyle: { color: COLORS.breached } },
        { value: i.awaitingSignOff, itemStyle: { color: COLORS.late } }
      ]
    }]
  }, `${i.label}没有计划的巡检，也没有待签字的巡检报告。`);
}

function breaches(b) {
  $('#breaches-title').textContent = `${b.label}超时（共 ${b.total} 项）`;
  const byLevel = new Map();
  for (const item of b.items) {
    const row = byLevel.get(item.levelLabel) || { late: 0, open: 0 };
    if (item.metAt) row.late++; else row.open++;
    byLevel.set(item.levelLabel, row);
  }
  const levels = [...byLevel.keys()].sort();
  draw('chart-breaches', b.total === 0 ? null : {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: levels },
    yAxis: { type: 'value', name: '目标数', minInterval: 1 },
    series: [
      { name: '超时达成', type: 'bar', stack: 'missed', color: COLORS.late, data: levels.map(l => byLevel.get(l).late) },
      { name: '超时未达成', type: 'bar', stack: 'missed', color: COLORS.breached,
        data: levels.map(l => byLevel.get(l).open) }
    ]
  }, `${b.label}没有超时的服务时限目标。`);
  const list = $('#breach-list');
  $('#breach-list-title').textContent = `${b.label}超时明细` + (b.total > b.items.length
    ? `（最近到期的 ${b.items.length} 项，共 ${b.total} 项）` : '');
  if (!b.items.length) {
    list.replaceChildren(el('p', { className: 'empty', textContent: `${b.label}没有超时的服务时限目标。` }));
    return;
  }
  list.replaceChildren(table(['工单号', '等级', '服务时限', '应达成时间', '达成时间', '状态', '超时'],
    b.items.map(i => [el('a', { href: '/?case=' + encodeURIComponent(i.caseNumber), textContent: i.caseNumber }),
      i.levelLabel, i.kindLabel + '：' + i.target, time(i.dueAt), i.metAt ? time(i.metAt) : '—', i.statusLabel,
      i.lateText])));
}

startPage({ start });

$('#choose').addEventListener('submit', (event) => {
  event.preventDefault();
  load(chosen());
});
$('#choose select[name=contract]').addEventListener('change', () => load(chosen()));
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
