/** The parsed-report cache answers only for the row it was read from, and its shingles compare as the sets do. */
import { describe, expect, it } from 'vitest';
import { ReportCache } from '../../src/corpus/report-cache.js';
import { sectionShingles } from '../../src/corpus/similarity/sections.js';
import { jaccard, jaccardSorted } from '../../src/corpus/similarity/shingles.js';

const TEXT = '本机关认真贯彻落实政府信息公开条例，进一步加强组织领导，完善制度机制，全面推进决策、执行、管理、服务、结果公开，及时回应社会关切，政府信息公开工作取得了新的进展。全年主动公开政府信息一百余条。';
const json = (text: string) => JSON.stringify({ meta: { agency: '洪泽区商务局' }, sections: [{ number: 1, title: '总体情况', text }], tables: {}, findings: [] });

describe('report cache', () => {
  it('gives a report back only while its sha256 and parse time are those it was read with', () => {
    const cache = new ReportCache(10);
    cache.put(7, 'a'.repeat(64), '2025-01-01T00:00:00.000Z', json(TEXT));
    expect(cache.get(7, 'a'.repeat(64), '2025-01-01T00:00:00.000Z')?.report.meta.agency).toBe('洪泽区商务局');
    // Reparsed (here or in another process): the row's parse time changed.
    expect(cache.get(7, 'a'.repeat(64), '2025-02-01T00:00:00.000Z')).toBeUndefined();
    expect(cache.get(7, 'a'.repeat(64), '2025-01-01T00:00:00.000Z')).toBeUndefined();
  });

  it('drops the least recently used report when full', () => {
    const cache = new ReportCache(2);
    for (const id of [1, 2]) cache.put(id, 's', 't', json(TEXT));
    cache.get(1, 's', 't');
    cache.put(3, 's', 't', json(TEXT));
    expect([1, 2, 3].map((id) => cache.get(id, 's', 't') !== undefined)).toEqual([true, false, true]);
  });

  it('keeps sorted shingles whose Jaccard similarity is that of the sets', () => {
    const cache = new ReportCache(10);
    const a = cache.put(1, 's', 't', json(TEXT));
    const edited = TEXT.replace('一百余条', '二百余条，并在网站开设专栏集中发布惠企政策');
    const b = cache.put(2, 's', 't', json(edited));
    expect(jaccardSorted(a.shingles(1)!, b.shingles(1)!)).toBe(jaccard(sectionShingles(TEXT)!, sectionShingles(edited)!));
    expect(a.shingles(6)).toBeNull();
    expect([...a.indexedSections()]).toEqual([1]);
  });
});
