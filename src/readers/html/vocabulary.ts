/**
 * Words that tell report text from page chrome, in Simplified and Traditional forms: the report's
 * section headings and table labels, its title, and the labels of a page's metadata fields.
 */

/**
 * A run of text holding one of these is report text. Only phrases of the report's own headings,
 * tables and set sentences: portal navigation says 政府信息公开 too, so that alone is not a marker.
 */
const MARKER =
  /[总總][体體][情][况況]|主[动動]公[开開]政府|收到和[处處]理|行政[复復][议議]|行政[诉訴][讼訟]|存在的主要[问問][题題]|其他需要[报報]告的事[项項]|本年新收|上年[结結][转轉]|本年度[办辦]理[结結]果|予以公[开開]|部分公[开開]|不予公[开開]|[无無]法提供|不予[处處]理|其他[处處]理|[结結][转轉]下年度|第二十[条條]第|本年制[发發]件[数數]|本年[处處]理[决決]定[数數]量|本年收[费費]金[额額]|行政事[业業]性收[费費]|法人或其他[组組][织織]|申[请請]人情[况況]|[结結]果[维維]持|尚未[审審][结結]|[统統][计計]指[标標]|依申[请請]公[开開]|[统統][计計][期时時]限|信息[处處]理[费費]|公[开開]工作情[况況][统統][计計]表/;

/** Whether a run of text (whitespace removed) belongs to a report. Long prose is only searched at its start. */
export function isReportText(compact: string): boolean {
  return MARKER.test(compact.length > 4000 ? compact.slice(0, 4000) : compact);
}

/** A report title: a year, then 政府信息公开 … 报告/年报 (the agency may come first). */
export const TITLE_LIKE = /(?:19|20)\d{2}\s*年度?.{0,30}?政府(?:信息|資訊|资讯)公[开開].{0,16}?(?:[报報]告|年[报報])/;

/** Labels of the fields in a page's metadata table (索引号, 发布机构, 公开日期 …), spaces and colons removed. */
const METADATA_LABEL =
  /^(?:索引[号號]|[发發]布机[构構]|[发發]文机[关關]|公[开開]日期|[发發]布日期|[发發]布[时時][间間]|成文日期|[发發]文日期|印[发發]日期|生成日期|[发發]文字[号號]|文[号號]|主[题題]分[类類]|主[题題][词詞]|分[类類]|名[称稱]|[标標][题題]|[关關][键鍵][词詞]|有效性|[时時]效|信息[来來]源|公[开開]方式|公[开開]范[围圍]|公[开開]形式|所[属屬]机[构構]|[体體]裁分[类類]|内容概述)$/;

export function isMetadataLabel(compact: string): boolean {
  return compact.length <= 8 && METADATA_LABEL.test(compact);
}

/** Labels of a publication date, strongest first: the page's own publication date, then the document's date. */
export const PUBLISH_LABELS: readonly RegExp[] = [
  /(?:公[开開]日期|[发發][布佈]日期|[发發][布佈][时時][间間]|[发發]文日期|印[发發]日期)/,
  /成文日期/,
];

/** Whitespace and colons removed, for label tests. */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000:：]+/g, '');
}
