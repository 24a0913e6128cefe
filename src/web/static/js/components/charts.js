// @ts-check
/** ECharts, loaded from this server on first use (no CDN), and a chart card with its PNG and Excel downloads. */
import { download, saveBlob } from '../api.js';
import { h } from '../dom.js';
import { busy } from '../ui.js';

/** @type {Promise<any> | null} */
let loading = null;

/** @returns {Promise<any>} the echarts global */
export function loadEcharts() {
  const w = /** @type {any} */ (window);
  if (w.echarts) return Promise.resolve(w.echarts);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/vendor/echarts.min.js';
    script.onload = () => resolve(w.echarts);
    script.onerror = () => reject(new Error('图表组件加载失败。'));
    document.head.appendChild(script);
  });
  return loading;
}

/**
 * A data: URL as a Blob, decoded here (fetching it would be a connection the CSP rightly refuses).
 * @param {string} url
 */
export function dataUrlToBlob(url) {
  const [head = '', data = ''] = url.split(',');
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: /data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream' });
}

export const FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/**
 * A card holding one chart: its title, the chart, and the downloads of the picture and of its data.
 * @param {string} title
 * @param {string} fileName
 * @param {string} dataUrl the chart's Excel endpoint
 */
export function chartCard(title, fileName, dataUrl) {
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': title });
  const png = h('button', { type: 'button', class: 'small' }, '下载图片');
  const xlsx = h('button', { type: 'button', class: 'small' }, '下载数据（Excel）');
  /** @type {any} */
  let chart = null;
  png.addEventListener('click', () =>
    busy(png, async () => {
      if (!chart) return;
      const url = /** @type {string} */ (chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }));
      saveBlob(dataUrlToBlob(url), `${fileName}.png`);
    }),
  );
  xlsx.addEventListener('click', () => busy(xlsx, () => download(dataUrl)));
  const card = h('section', { class: 'card chart-card' }, h('div', { class: 'chart-head' }, h('h2', null, title), h('div', { class: 'actions' }, png, xlsx)), box);
  return {
    card,
    /** @param {any} echarts @param {any} option */
    draw(echarts, option) {
      chart = echarts.init(box, null, { renderer: 'canvas' });
      chart.setOption({ textStyle: { fontFamily: FONT }, animation: false, ...option });
      new ResizeObserver(() => chart.resize()).observe(box);
    },
  };
}
