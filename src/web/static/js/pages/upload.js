// @ts-check
/**
 * 上传报告: drop many files, folders or zip archives; each file uploads with its own progress bar
 * and gets its own result. New reports and failed files are listed apart, failures with the reason.
 */
import { get, post, uploadFile } from '../api.js';
import { formatSize, formatTime, h, mount } from '../dom.js';
import { errorMessage, pageHead } from '../ui.js';

const ACCEPT = '.txt,.md,.html,.htm,.shtml,.docx,.doc,.wps,.pdf,.zip';
const PARALLEL = 3;
const STATUS_TEXT = { added: '新增', duplicate: '已入库', failed: '未能读取', rejected: '拒收' };

/**
 * @typedef {{ name: string, size: number, status: 'added' | 'duplicate' | 'failed' | 'rejected', reportId: number | null,
 *   unitName: string | null, year: number | null, errors: number, warnings: number, message: string | null }} ItemResult
 */

/** @param {HTMLElement} el */
export function uploadPage(el) {
  /** @type {number | null} */
  let batchId = null;
  /** @type {number} */
  let maxFileBytes = 50 * 1024 * 1024;
  /** @type {{ file: File, row: HTMLElement, bar: HTMLProgressElement, state: HTMLElement, details: HTMLElement }[]} */
  const queue = [];
  let running = 0;
  const totals = { added: 0, duplicate: 0, failed: 0, rejected: 0 };

  const input = h('input', { type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden', id: 'file-input', 'aria-label': '选择文件' });
  const zone = h(
    'div',
    { class: 'dropzone', tabindex: 0, role: 'button', 'aria-label': '把文件拖到这里，或点击选择文件' },
    h('div', { class: 'big' }, '把报告文件、文件夹或 ZIP 压缩包拖到这里'),
    h('div', null, '或 ', h('label', { for: 'file-input', class: 'button' }, '选择文件'), '（可多选）'),
    h('div', { class: 'muted' }, '支持 TXT、Markdown、HTML 网页、Word（DOCX/DOC）、PDF；单个文件不超过 50 MB。同样内容的文件不会重复保存。'),
  );
  const summary = h('div', { class: 'upload-summary' });
  const list = h('div', { class: 'upload-list' });
  const added = h('tbody');
  const failed = h('tbody');
  const addedTable = h('table', { class: 'list' }, h('thead', null, h('tr', null, h('th', null, '文件'), h('th', null, '单位'), h('th', null, '年度'), h('th', null, '检查结果'), h('th', null, ''))), added);
  const failedTable = h('table', { class: 'list' }, h('thead', null, h('tr', null, h('th', null, '文件'), h('th', null, '情况'), h('th', null, '原因'))), failed);

  const drawSummary = () =>
    mount(
      summary,
      queue.length === 0
        ? null
        : h(
            'span',
            null,
            `共 ${queue.length} 个文件，已完成 ${queue.filter((q) => q.row.classList.contains('done')).length} 个：`,
            h('span', { class: 'badge ok' }, `新增 ${totals.added}`),
            h('span', { class: 'badge' }, `已入库 ${totals.duplicate}`),
            h('span', { class: 'badge sev-error' }, `未能读取 ${totals.failed}`),
            h('span', { class: 'badge sev-warning' }, `拒收 ${totals.rejected}`),
          ),
    );

  /** @param {ItemResult} item */
  const resultLine = (item) =>
    h(
      'li',
      { class: `result ${item.status}` },
      h('span', { class: `badge st-${item.status}` }, STATUS_TEXT[item.status]),
      ' ',
      item.reportId ? h('a', { href: `#/reports/${item.reportId}` }, item.name) : item.name,
      item.unitName ? ` — ${item.unitName}${item.year ? ` ${item.year} 年度` : ''}` : '',
      item.status === 'added' && item.errors > 0 ? h('span', { class: 'badge sev-error' }, `错误 ${item.errors}`) : null,
      item.status === 'added' && item.warnings > 0 ? h('span', { class: 'badge sev-warning' }, `警告 ${item.warnings}`) : null,
      item.message ? h('div', { class: 'muted small' }, item.message) : null,
    );

  /** @param {ItemResult} item */
  const record = (item) => {
    totals[item.status]++;
    if (item.status === 'added' || item.status === 'duplicate') {
      added.appendChild(
        h(
          'tr',
          null,
          h('td', null, item.name),
          h('td', null, item.unitName ?? (item.status === 'added' && item.reportId ? h('span', { class: 'badge sev-warning' }, '单位待确认') : h('span', { class: 'muted' }, '—'))),
          h('td', null, item.year ?? ''),
          h('td', null, item.status === 'duplicate' ? h('span', { class: 'muted' }, '已入库') : item.errors + item.warnings === 0 ? h('span', { class: 'badge ok' }, '未发现问题') : [item.errors ? h('span', { class: 'badge sev-error' }, `错误 ${item.errors}`) : null, item.warnings ? h('span', { class: 'badge sev-warning' }, `警告 ${item.warnings}`) : null]),
          h('td', null, item.reportId ? h('a', { href: `#/reports/${item.reportId}` }, '打开') : h('span', { class: 'muted small' }, item.message ?? '')),
        ),
      );
    } else {
      failed.appendChild(h('tr', null, h('td', null, item.name), h('td', null, h('span', { class: `badge st-${item.status}` }, STATUS_TEXT[item.status])), h('td', null, item.message ?? '')));
    }
  };

  const pump = async () => {
    while (running < PARALLEL) {
      const next = queue.find((q) => q.row.dataset.state === 'waiting');
      if (!next) return;
      next.row.dataset.state = 'uploading';
      running++;
      void send(next).finally(() => {
        running--;
        drawSummary();
        void pump();
      });
    }
  };

  /** @param {{ file: File, row: HTMLElement, bar: HTMLProgressElement, state: HTMLElement, details: HTMLElement }} task */
  const send = async (task) => {
    const { file, bar, state, details, row } = task;
    try {
      if (file.size > maxFileBytes) throw new Error(`文件过大（${formatSize(file.size)}），单个文件不能超过 ${formatSize(maxFileBytes)}。`);
      if (batchId === null) {
        const batch = await post('/api/uploads');
        batchId = batch.id;
        maxFileBytes = batch.limits.maxFileBytes;
      }
      state.textContent = '上传中…';
      const body = await uploadFile(`/api/uploads/${batchId}/files`, file, (loaded, total) => {
        bar.value = total ? Math.round((loaded / total) * 100) : 0;
        if (loaded >= total) state.textContent = '读取和检查中…';
      });
      bar.value = 100;
      /** @type {ItemResult[]} */
      const items = body.items;
      const counts = items.reduce((/** @type {Record<string, number>} */ acc, i) => ((acc[i.status] = (acc[i.status] ?? 0) + 1), acc), {});
      state.textContent = items.length === 1 ? STATUS_TEXT[items[0]?.status ?? 'failed'] : Object.entries(counts).map(([k, n]) => `${STATUS_TEXT[/** @type {keyof typeof STATUS_TEXT} */ (k)]} ${n}`).join('，');
      row.classList.add(items.every((i) => i.status === 'added' || i.status === 'duplicate') ? 'ok' : items.some((i) => i.status === 'added') ? 'mixed' : 'bad');
      mount(details, h('ul', { class: 'results' }, items.map(resultLine)));
      for (const item of items) record(item);
    } catch (error) {
      state.textContent = '失败';
      row.classList.add('bad');
      const item = /** @type {ItemResult} */ ({ name: file.name, size: file.size, status: 'rejected', reportId: null, unitName: null, year: null, errors: 0, warnings: 0, message: errorMessage(error) });
      mount(details, h('ul', { class: 'results' }, resultLine(item)));
      record(item);
    } finally {
      row.classList.add('done');
      row.dataset.state = 'done';
    }
  };

  /** @param {File[]} files */
  const enqueue = (files) => {
    for (const file of files) {
      const bar = h('progress', { max: 100, value: 0, 'aria-label': `${file.name} 上传进度` });
      const state = h('span', { class: 'state' }, '等待');
      const details = h('div', { class: 'details' });
      const row = h('div', { class: 'upload-row', dataset: { state: 'waiting' } }, h('div', { class: 'line' }, h('span', { class: 'name', title: file.name }, file.name), h('span', { class: 'size' }, formatSize(file.size)), bar, state), details);
      list.appendChild(row);
      queue.push({ file, row, bar, state, details });
    }
    drawSummary();
    void pump();
  };

  input.addEventListener('change', () => {
    enqueue([...(input.files ?? [])]);
    input.value = '';
  });
  zone.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') input.click();
  });
  zone.addEventListener('click', (e) => {
    if (!(e.target instanceof HTMLLabelElement)) input.click();
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', async (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    enqueue(await droppedFiles(/** @type {DataTransfer} */ (e.dataTransfer)));
  });

  const failures = h('div');
  mount(
    el,
    pageHead('上传报告'),
    h('div', { class: 'upload-page' }, h('div', null, zone, input, summary, list), h('div', null, h('section', { class: 'card' }, h('h2', null, '新增的报告'), addedTable), h('section', { class: 'card' }, h('h2', null, '未能读取或被拒收的文件'), h('p', { class: 'muted small' }, '未能读取的文件原件已保存，读取能力升级后可重新读取；被拒收的文件未保存。'), failedTable), h('section', { class: 'card' }, h('h2', null, '以往失败的文件'), failures))),
  );
  void get('/api/failures').then(
    (body) =>
      mount(
        failures,
        body.items.length === 0
          ? h('p', { class: 'muted' }, '没有。')
          : h('table', { class: 'list' }, h('tbody', null, body.items.slice(0, 50).map((/** @type {any} */ f) => h('tr', null, h('td', null, f.name), h('td', { class: 'small' }, f.message ?? ''), h('td', { class: 'muted small' }, formatTime(f.at)))))),
      ),
    () => mount(failures, h('p', { class: 'muted' }, '无法加载。')),
  );
}

/**
 * The files of a drop, folders walked (browsers that give entries); plain files otherwise.
 * @param {DataTransfer} transfer
 * @returns {Promise<File[]>}
 */
async function droppedFiles(transfer) {
  const entries = [...transfer.items].map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  if (entries.some((e) => e === null)) return [...transfer.files];
  /** @type {File[]} */
  const out = [];
  /** @param {any} entry */
  const walk = async (entry) => {
    if (entry.isFile) out.push(await new Promise((resolve, reject) => entry.file(resolve, reject)));
    else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        /** @type {any[]} */
        const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) if (!child.name.startsWith('.')) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return out;
}
