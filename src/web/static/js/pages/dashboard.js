// @ts-check
/**
 * 统计图表: a region over several years — applications received and how they were handled, the
 * outcome mix, review and litigation, units ranked — each with the number of reports behind it,
 * each downloadable as a picture and as Excel data.
 */
import { get, qs } from '../api.js';
import { h, mount } from '../dom.js';
import { go } from '../router.js';
import { chartCard, loadEcharts } from '../components/charts.js';
import { errorBox, loading, pageHead } from '../ui.js';

const PALETTE = ['#1f4e8c', '#3a8fd9', '#e08a00', '#c62828', '#2e7d32', '#7b5ea7', '#8d6e63'];

/**
 * @param {HTMLElement} el
 * @param {string | null} id
 * @param {URLSearchParams} query
 */
export async function dashboardPage(el, id, query) {
  mount(el, loading());
  let roots;
  try {
    roots = (await get('/api/regions')).items;
  } catch (error) {
    mount(el, errorBox(error));
    return;
  }
  if (!id) {
    if (roots.length === 0) return mount(el, h('p', { class: 'muted' }, '还没有可统计的地区。'));
    go(`/dashboard/${encodeURIComponent(roots[0].id)}`);
    return;
  }
  const params = { from: query.get('from') ?? '', to: query.get('to') ?? '', mode: query.get('mode') ?? '', metric: query.get('metric') ?? '' };
  let d;
  try {
    d = await get(`/api/regions/${encodeURIComponent(id)}/dashboard${qs(params)}`);
  } catch (error) {
    mount(el, errorBox(error));
    return;
  }
  const region = h('select', { 'aria-label': '地区' }, roots.map((/** @type {any} */ r) => h('option', { value: r.id, ...(r.id === id ? { selected: true } : {}) }, r.fullName)));
  if (!roots.some((/** @type {any} */ r) => r.id === id)) region.prepend(h('option', { value: id, selected: true }, d.region.name));
  const from = h('input', { type: 'number', class: 'year', min: 2000, max: 2100, value: params.from || d.years[0], 'aria-label': '起始年度' });
  const to = h('input', { type: 'number', class: 'year', min: 2000, max: 2100, value: params.to || d.years[d.years.length - 1], 'aria-label': '截止年度' });
  const mode = h('select', { 'aria-label': '汇总口径' }, Object.entries(d.modes).map(([k, label]) => h('option', { value: k, ...(k === d.mode ? { selected: true } : {}) }, `口径：${label}`)));
  const metric = h('select', { 'aria-label': '排名依据' }, Object.entries(d.metrics).map(([k, label]) => h('option', { value: k, ...(k === d.ranking.metric ? { selected: true } : {}) }, `排名：${label}`)));
  const form = h('form', { class: 'filters' }, region, '年度', from, '—', to, mode, metric, h('button', { type: 'submit', class: 'primary' }, '查看'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(`/dashboard/${encodeURIComponent(region.value)}${qs({ from: from.value, to: to.value, mode: mode.value, metric: metric.value })}`);
  });

  const base = `/api/regions/${encodeURIComponent(id)}/dashboard.xlsx`;
  const q = { from: from.value, to: to.value, mode: mode.value, metric: metric.value };
  const years = d.series.map((/** @type {any} */ p) => `${p.year}\n样本 ${p.reports} 份`);
  const last = d.series[d.series.length - 1];
  const apps = chartCard('申请数量（历年）', `${d.region.name}申请数量`, `${base}${qs({ ...q, chart: 'applications' })}`);
  const outcomes = chartCard(`办理结果构成（${last?.year ?? ''} 年度，样本 ${last?.reports ?? 0} 份）`, `${d.region.name}办理结果构成`, `${base}${qs({ ...q, chart: 'outcomes' })}`);
  const review = chartCard('行政复议和行政诉讼（历年）', `${d.region.name}行政复议和行政诉讼`, `${base}${qs({ ...q, chart: 'review' })}`);
  const ranking = chartCard(`单位排名（${d.ranking.year} 年度，样本 ${d.ranking.sampleSize} 份）`, `${d.region.name}单位排名`, `${base}${qs({ ...q, chart: 'ranking' })}`);

  el.className = 'full dashboard';
  mount(
    el,
    pageHead(`${d.region.name} 统计图表`),
    form,
    h(
      'div',
      { class: 'muted small mode-note' },
      `汇总口径：${d.modeLabel}。${d.modeAssumption}`,
      d.warnings.length ? h('details', null, h('summary', { class: 'warn-text' }, `口径提示（${d.warnings.length} 条）`), h('div', { class: 'popup' }, d.warnings.map((/** @type {string} */ w) => h('p', null, w)))) : null,
    ),
    h('div', { class: 'chart-grid' }, apps.card, outcomes.card, review.card, ranking.card),
  );

  let echarts;
  try {
    echarts = await loadEcharts();
  } catch (error) {
    el.appendChild(errorBox(error));
    return;
  }
  const grid = { left: 50, right: 20, top: 40, bottom: 50 };
  apps.draw(echarts, {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: '件' },
    series: [
      { name: '本年新收', type: 'bar', data: d.series.map((/** @type {any} */ p) => p.received) },
      { name: '上年结转', type: 'bar', data: d.series.map((/** @type {any} */ p) => p.carriedOver) },
      { name: '办理总计', type: 'line', data: d.series.map((/** @type {any} */ p) => p.processed) },
      { name: '结转下年度', type: 'line', data: d.series.map((/** @type {any} */ p) => p.carriedForward) },
    ],
  });
  outcomes.draw(echarts, {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { orient: 'vertical', left: 0, top: 'middle' },
    series: [{ type: 'pie', radius: ['35%', '70%'], center: ['62%', '52%'], label: { formatter: '{b}\n{d}%' }, data: (last?.outcomes ?? []).filter((/** @type {any} */ o) => o.count > 0).map((/** @type {any} */ o) => ({ name: o.label, value: o.count })) }],
  });
  review.draw(echarts, {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: '件' },
    series: [
      { name: '行政复议', type: 'bar', data: d.series.map((/** @type {any} */ p) => p.review.total) },
      { name: '复议纠正', type: 'bar', data: d.series.map((/** @type {any} */ p) => p.review.corrected) },
      { name: '行政诉讼（直接起诉）', type: 'bar', data: d.series.map((/** @type {any} */ p) => p.litigation.direct) },
      { name: '行政诉讼（复议后起诉）', type: 'bar', data: d.series.map((/** @type {any} */ p) => p.litigation.afterReview) },
    ],
  });
  const rows = [...d.ranking.rows].reverse();
  ranking.draw(echarts, {
    color: ['#1f4e8c'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 170, right: 40, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((/** @type {any} */ r) => `${r.rank}. ${r.unitName}`), axisLabel: { width: 160, overflow: 'truncate', interval: 0, fontSize: 11 } },
    series: [{ type: 'bar', data: rows.map((/** @type {any} */ r) => r.value), label: { show: true, position: 'right' } }],
  });
}
