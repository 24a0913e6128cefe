/**
 * 示范市: a fictional city for the first start — a city government and departments, a district with
 * a town and a street, a county with a township — so coverage, compare and the dashboard have
 * something to show. Its codes (9901xx) are outside the national list, so it never collides with a real place.
 */
import type { RegionRow } from '../../store/schema.js';
import type { UnitRecord } from '../../corpus/units/unit-table.js';

export const DEMO_CITY: RegionRow = { id: '990100', name: '示范市', level: 'city', parent_id: null, path: '/990100/', full_name: '示范市' };
export const DEMO_REGIONS: RegionRow[] = [
  DEMO_CITY,
  { id: '990102', name: '明德区', level: 'county', parent_id: '990100', path: '/990100/990102/', full_name: '示范市明德区' },
  { id: '990121', name: '清源县', level: 'county', parent_id: '990100', path: '/990100/990121/', full_name: '示范市清源县' },
];

export interface DemoUnit {
  name: string;
  region: string;
  kind: '政府' | '部门' | '乡镇' | '街道';
  /** How many applications a year, roughly (a city government gets more than a township). */
  scale: number;
}

export const DEMO_UNITS: DemoUnit[] = [
  { name: '示范市人民政府', region: '示范市', kind: '政府', scale: 60 },
  { name: '示范市人民政府办公室', region: '示范市', kind: '部门', scale: 25 },
  { name: '示范市发展和改革委员会', region: '示范市', kind: '部门', scale: 12 },
  { name: '示范市教育局', region: '示范市', kind: '部门', scale: 18 },
  { name: '示范市公安局', region: '示范市', kind: '部门', scale: 30 },
  { name: '示范市自然资源和规划局', region: '示范市', kind: '部门', scale: 45 },
  { name: '示范市住房和城乡建设局', region: '示范市', kind: '部门', scale: 35 },
  { name: '示范市市场监督管理局', region: '示范市', kind: '部门', scale: 20 },
  { name: '明德区人民政府', region: '示范市明德区', kind: '政府', scale: 30 },
  { name: '明德区教育局', region: '示范市明德区', kind: '部门', scale: 8 },
  { name: '明德区市场监督管理局', region: '示范市明德区', kind: '部门', scale: 10 },
  { name: '青石镇人民政府', region: '示范市明德区青石镇', kind: '乡镇', scale: 4 },
  { name: '柳河街道办事处', region: '示范市明德区柳河街道', kind: '街道', scale: 5 },
  { name: '清源县人民政府', region: '示范市清源县', kind: '政府', scale: 22 },
  { name: '清源县自然资源局', region: '示范市清源县', kind: '部门', scale: 15 },
  { name: '白沙乡人民政府', region: '示范市清源县白沙乡', kind: '乡镇', scale: 3 },
];

export const demoUnitRecords = (): UnitRecord[] => DEMO_UNITS.map((u, i) => ({ line: i + 2, name: u.name, region: u.region, kind: u.kind, aliases: [`${u.region.replace(/(?:青石镇|柳河街道|白沙乡)$/, '')}${u.name.replace(/^(?:示范市|明德区|清源县)/, '')}`].filter((a) => a !== u.name), parent: null }));
