/** A person's decision on a pending match: this report is that unit (its agency name becomes an alias), or a new unit. */
import { getReportRow, setReportUnit } from '../../store/reports.js';
import type { RegionRow, ReportRow, UnitKind } from '../../store/schema.js';
import { addAlias, createUnit, getUnit } from '../../store/units.js';
import type { Corpus } from '../context.js';
import { placeReport, refreshUnitYear } from '../store-report.js';
import { kindOf, normalizeAgency } from './normalize.js';

export type Decision = { unitId: number } | { newUnit: { name?: string; region: RegionRow; kind?: UnitKind } };

export async function resolveReportUnit(corpus: Corpus, report: ReportRow, decision: Decision): Promise<number> {
  try {
    return await corpus.store.db.transaction().execute(async (db) => {
      let unitId: number;
      if ('unitId' in decision) {
        if (!(await getUnit(db, decision.unitId))) throw new Error(`没有编号为 ${decision.unitId} 的单位。`);
        unitId = decision.unitId;
      } else {
        const name = normalizeAgency(decision.newUnit.name ?? report.agency ?? '');
        if (!name) throw new Error('报告没有机关名称，请用 --name 给出新单位的名称。');
        const kind = decision.newUnit.kind ?? kindOf(corpus.regions.prefix(name).rest || name);
        unitId = await createUnit(db, { name, kind, regionId: decision.newUnit.region.id, parentId: null, origin: 'manual' }, corpus.now());
      }
      if (report.agency) await addAlias(db, unitId, normalizeAgency(report.agency));
      await setReportUnit(db, report.id, unitId, 'manual', 1, null);
      if (report.unit_id !== null && report.year !== null && report.unit_id !== unitId) await refreshUnitYear(db, report.unit_id, report.year);
      const fresh = (await getReportRow(db, report.id))!;
      await placeReport(db, fresh.id, unitId, fresh.year);
      return unitId;
    });
  } finally {
    await corpus.reload();
  }
}
