import { defineRule } from '../rule.js';

/** The number of applications stated in the prose agrees with table 3. */
export default defineRule({
  meta: {
    id: 'narrative/applications',
    severity: 'warning',
    title: '正文申请件数与表三一致',
    description:
      '正文中“共收到（受理）政府信息公开申请N件”应与表三“一、本年新收政府信息公开申请数量”的总计一致（部分报告把上年结转也计入，与“新收 + 上年结转”一致的也视为相符）。不一致可能是正文只写了本机关本级的数字，也可能是填表错误，请核实。',
    templates: ['2019', '2021'],
    examples: {
      incorrect: { description: '正文写“全年共收到政府信息公开申请60件”，表三本年新收总计为 65 件。', sections: { 1: '2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。全年共收到政府信息公开申请60件。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。' } },
      correct: { description: '正文写“全年共收到政府信息公开申请65件”，与表三一致。' },
    },
  },
  check(ctx) {
    const stated = ctx.data.narrative?.applicationsReceived;
    if (stated === undefined) return;
    const received = ctx.cell('table3.received.total');
    const carried = ctx.cell('table3.carriedOver.total');
    if (received === null) return;
    if (stated === received || (carried !== null && stated === received + carried)) return;
    ctx.report({
      message:
        `正文说收到政府信息公开申请 ${stated} 件，而表三「一、本年新收政府信息公开申请数量」总计为 ${received} 件` +
        (carried ? `（加上年结转 ${carried} 件为 ${received + carried} 件）` : '') +
        '，二者不一致。',
      cells: ['table3.received.total'],
      location: ctx.extraction.narrativeLocations.applicationsReceived,
    });
  },
});
