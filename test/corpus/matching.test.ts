/** Unit matching over the real region tree: exact, same region without its prefix, fuzzy with a confidence, pending below the threshold. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RegionIndex } from '../../src/corpus/units/region-index.js';
import { UnitMatcher } from '../../src/corpus/units/matcher.js';
import { regionSeeds } from '../../src/store/migrations/002-regions.js';
import type { UnitWithAliases } from '../../src/store/units.js';

const regions = new RegionIndex(regionSeeds(createRequire(import.meta.url)('china-area-data/data.json')));
const unit = (id: number, name: string, region: string, kind: UnitWithAliases['kind'] = 'government', aliases: string[] = []): UnitWithAliases => ({
  id,
  name,
  kind,
  region_id: region,
  parent_id: null,
  origin: 'import',
  created_at: '',
  aliases,
});
const matcher = new UnitMatcher([unit(1, '洪泽区人民政府', '320813'), unit(2, '沭阳县人民政府', '321322'), unit(3, '洪泽区商务局', '320813', 'department', ['洪泽商务局'])], regions);

describe('region prefixes', () => {
  it('reads nested region names off an agency name', () => {
    const p = regions.prefix('江苏省淮安市洪泽区人民政府');
    expect([p.region?.id, p.rest]).toEqual(['320813', '人民政府']);
  });
  it('keeps an ambiguous district name ambiguous until its city is named', () => {
    expect(regions.prefix('朝阳区人民政府').ambiguous.map((r) => r.full_name).sort()).toEqual(['北京市朝阳区', '吉林省长春市朝阳区']);
    expect(regions.prefix('北京市朝阳区人民政府').region?.id).toBe('110105');
  });
});

describe('unit matching', () => {
  it('matches a name or an alias exactly', () => {
    expect(matcher.match('洪泽区人民政府', { autoCreate: true })).toMatchObject({ kind: 'exact', unitId: 1, confidence: 1 });
    expect(matcher.match('洪泽商务局', { autoCreate: true })).toMatchObject({ kind: 'exact', unitId: 3 });
  });
  it('treats 淮安市洪泽区人民政府 and 洪泽区政府 as 洪泽区人民政府', () => {
    expect(matcher.match('淮安市洪泽区人民政府', { autoCreate: true })).toMatchObject({ kind: 'alias', unitId: 1, confidence: 0.95, alias: '淮安市洪泽区人民政府' });
    expect(matcher.match('洪泽区政府', { autoCreate: true })).toMatchObject({ kind: 'exact', unitId: 1 });
  });
  it('asks a person about a misread name (沐阳县 for 沭阳县) and names the candidate', () => {
    expect(matcher.match('沐阳县人民政府', { autoCreate: true })).toMatchObject({ kind: 'pending', unitId: null, candidateId: 2, confidence: 0.86 });
  });
  it('creates a new unit for an unknown agency of a known region, with its kind', () => {
    expect(matcher.match('洪泽区教育局', { autoCreate: true })).toMatchObject({ kind: 'new', create: { name: '洪泽区教育局', kind: 'department', region: { id: '320813' } } });
    expect(matcher.match('洪泽区三河镇人民政府', { autoCreate: true }).create).toMatchObject({ kind: 'township', township: { name: '三河镇' } });
    expect(matcher.match('洪泽区教育局', { autoCreate: false })).toMatchObject({ kind: 'pending', reason: '单位名录中没有此单位' });
  });
  it('leaves an agency without a recognisable region pending', () => {
    expect(matcher.match('某某委员会', { autoCreate: true })).toMatchObject({ kind: 'pending', reason: '名称中没有可识别的地区，需人工指定单位' });
  });
});

describe('unit matching within a region', () => {
  it('does not take 洪泽区民政局 for 洪泽区商务局: within a region only the rest of the name is compared', () => {
    expect(matcher.match('洪泽区民政局', { autoCreate: true })).toMatchObject({ kind: 'new' });
  });
});
