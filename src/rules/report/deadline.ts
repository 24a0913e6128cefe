import { defineRule } from '../rule.js';

/** REG2019 第四十九条 (REG2008 第三十一条 for 2018 and earlier): departments by 31 January, governments by 31 March. */
export default defineRule({
  meta: {
    id: 'report/deadline',
    severity: 'warning',
    title: '按时公布年度报告',
    description:
      '《政府信息公开条例》第四十九条：县级以上人民政府部门应当在每年1月31日前公布本部门上一年度的年度报告；县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前公布本级政府上一年度的年度报告。2018 年及以前的年度报告按原条例第三十一条在 3 月 31 日前公布。乡镇、街道的期限由地方规定，不作检查。只有能读出发布日期时才检查。',
    examples: {
      incorrect: { meta: { publishDate: '2024-02-20' }, description: '市场监督管理局（政府部门）的 2023 年度报告 2024 年 2 月 20 日才发布。' },
      correct: { description: '2024 年 1 月 20 日发布。' },
    },
  },
  check(ctx) {
    const { publishDate, year, agency } = ctx.data.meta;
    if (!publishDate || year === null) return;
    if (agency && /(?:乡|镇|街道)(?:人民政府|办事处)?$|街道办事处|乡人民政府|镇人民政府/.test(agency)) return;
    const government = !!agency && /人民政府$|行政公署$/.test(agency);
    const byMarch = year <= 2018 || government;
    const deadline = `${year + 1}-${byMarch ? '03-31' : '01-31'}`;
    if (publishDate <= deadline) return;
    const who = year <= 2018 ? '2018 年及以前的年度报告' : government ? '人民政府的年度报告' : '政府部门的年度报告';
    ctx.report({
      message: `发布日期为 ${publishDate}，晚于法定期限：${who}应在 ${deadline} 前公布。`,
    });
  },
});
