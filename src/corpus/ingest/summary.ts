/** The closing summary of an ingest, in Chinese: read, new, already stored, failed with reasons, findings by rule. */
import type { IngestSummary } from './pipeline.js';

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export function formatIngestSummary(s: IngestSummary, maxFailures = 50): string {
  const lines: string[] = [];
  lines.push(`共 ${s.files} 个文件：新增 ${s.added} 份报告，已入库（未改动）${s.already} 个，失败 ${s.failed.length} 个。`);
  if (s.failed.length > 0) {
    lines.push('', '失败的文件（原件已保存的，可在读取能力升级后用 gongkai reparse 重新读取）：');
    for (const f of s.failed.slice(0, maxFailures)) lines.push(`  ${f.name}：${f.message}`);
    if (s.failed.length > maxFailures) lines.push(`  ……另有 ${s.failed.length - maxFailures} 个`);
  }
  if (s.findingsByRule.length > 0) {
    lines.push('', '新增报告中发现的问题（按规则）：');
    const width = Math.max(...s.findingsByRule.map((f) => f.rule.length));
    for (const f of s.findingsByRule) lines.push(`  ${f.rule.padEnd(width)}  ${SEVERITY[f.severity] ?? f.severity}  ${f.count} 处`);
  } else if (s.added > 0) {
    lines.push('', '新增报告中没有发现问题。');
  }
  if (s.newUnits > 0 || s.pending > 0) {
    lines.push('');
    if (s.newUnits > 0) lines.push(`新建单位 ${s.newUnits} 个（按报告中的机关名称和地区自动建立，可用 gongkai units import 导入正式名录）。`);
    if (s.pending > 0) lines.push(`${s.pending} 份报告的单位需要人工确认：gongkai units pending`);
  }
  return lines.join('\n') + '\n';
}
