/** The report page's payload: the row, its unit and deadline, the form with findings, the corrections, the unit's other years. */
import type { Corpus } from '../../corpus/context.js';
import { deadlineFor, lineageSettings } from '../../corpus/deadlines.js';
import { KIND_LABELS } from '../../corpus/units/normalize.js';
import { reportView } from '../../corpus/web/report-view.js';
import type { Report } from '../../model/report.js';
import { findingsOf } from '../../store/findings.js';
import type { UnitKind } from '../../store/schema.js';
import { correctionsOf } from '../../store/web-corrections.js';
import { unitReports, type ReportPlace } from '../../store/web-reports.js';
import { webDb } from '../../store/web-schema.js';
import type { SourceCache } from '../source-cache.js';

export async function reportDetail(corpus: Corpus, cache: SourceCache, place: ReportPlace, canCorrect: boolean) {
  const db = webDb(corpus.store.db);
  const row = place.report;
  const report = JSON.parse(row.report_json) as Report;
  const findings = await findingsOf(corpus.store.db, row.id);
  const source = await cache.get(corpus, row.sha256, row.file);
  const view = reportView(report, findings, source);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  let deadline = null;
  if (row.unit_id !== null && row.year !== null && place.regionId) {
    const lineage = corpus.regions.lineage(place.regionId);
    const d = deadlineFor(place.unitKind as UnitKind, lineage, await lineageSettings(corpus.store.db, lineage), row.year);
    const status = !row.publish_date ? 'undated' : row.publish_date > d.date ? 'late' : 'on-time';
    deadline = { date: d.date, source: d.source, status, daysLate: status === 'late' ? Math.round((Date.parse(row.publish_date!) - Date.parse(d.date)) / 86_400_000) : null };
  }
  const candidate = row.match_candidate_id === null ? null : corpus.matcher.unit(row.match_candidate_id);
  return {
    id: row.id,
    sha256: row.sha256,
    file: row.file,
    format: report.source.format,
    template: row.template,
    year: row.year,
    yearAsRead: report.meta.year,
    agencyAsRead: report.meta.agency,
    publishDate: row.publish_date,
    parserVersion: row.parser_version,
    parsedAt: row.parsed_at,
    isPrimary: row.is_primary === 1,
    unit: row.unit_id === null ? null : { id: row.unit_id, name: place.unitName, kind: place.unitKind, kindLabel: KIND_LABELS[place.unitKind as UnitKind] ?? '', regionId: place.regionId, regionName: place.regionName },
    match: { kind: row.match_kind, confidence: row.match_confidence, candidate: candidate ? { id: candidate.id, name: candidate.name } : null },
    deadline,
    counts,
    ...view,
    sourceAvailable: source !== null && source.view.mode !== 'none',
    corrections: (await correctionsOf(db, row.id, row.sha256)).map((k) => ({ field: k.field, oldValue: k.old_value, newValue: k.new_value, note: k.note, username: k.username, at: k.at })),
    otherReports: row.unit_id === null ? [] : (await unitReports(db, row.unit_id)).map((r) => ({ id: r.id, year: r.year, isPrimary: r.is_primary === 1, errors: r.errors })),
    canCorrect,
    report,
  };
}
