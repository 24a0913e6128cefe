/** A --region argument (code, name or qualified name) to a region, with a message a user can act on when it is unknown or ambiguous. */
import type { RegionRow } from '../store/schema.js';
import type { RegionIndex } from './units/region-index.js';

export class RegionNotFound extends Error {}

export function regionArg(regions: RegionIndex, text: string): RegionRow {
  const { region, ambiguous } = regions.resolve(text);
  if (region) return region;
  if (ambiguous.length > 0) {
    throw new RegionNotFound(`地区“${text}”有多个：${ambiguous.map((r) => `${r.full_name}（${r.id}）`).join('、')}。请写出上级地区（如“北京市朝阳区”）或用代码。`);
  }
  throw new RegionNotFound(`没有找到地区“${text}”。可以写地区名称（如“洪泽区”“淮安市洪泽区”）或行政区划代码（如 320813）。`);
}
