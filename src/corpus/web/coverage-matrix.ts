/** Coverage over several years at once: units × years, each cell published on time, late, undated or missing, with its errors. */
import type { RegionRow, UnitKind } from '../../store/schema.js';
import type { Corpus } from '../context.js';
import { coverage, type CoverageStatus } from '../coverage.js';

export interface MatrixCell {
  status: CoverageStatus;
  reportId: number | null;
  publishDate: string | null;
  deadline: string;
  daysLate: number | null;
  errors: number;
  warnings: number;
}

export interface MatrixRow {
  unitId: number;
  unitName: string;
  kind: UnitKind;
  regionName: string;
  cells: Record<number, MatrixCell>;
}

export interface CoverageMatrix {
  region: { id: string; name: string };
  years: number[];
  rows: MatrixRow[];
  /** Per year: counts by status, and reports with errors. */
  totals: Record<number, Record<CoverageStatus, number> & { units: number; withErrors: number }>;
}

export async function coverageMatrix(corpus: Corpus, region: RegionRow, years: readonly number[], search?: string): Promise<CoverageMatrix> {
  const rows = new Map<number, MatrixRow>();
  const totals: CoverageMatrix['totals'] = {};
  for (const year of years) {
    const cov = await coverage(corpus, region, year, search);
    totals[year] = cov.totals;
    for (const e of cov.entries) {
      const row = rows.get(e.unitId) ?? { unitId: e.unitId, unitName: e.unitName, kind: e.kind, regionName: e.regionName, cells: {} };
      row.cells[year] = { status: e.status, reportId: e.reportId, publishDate: e.publishDate, deadline: e.deadline, daysLate: e.daysLate, errors: e.errors, warnings: e.warnings };
      rows.set(e.unitId, row);
    }
  }
  return { region: { id: region.id, name: region.full_name }, years: [...years], rows: [...rows.values()], totals };
}
