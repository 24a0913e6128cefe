/** Table 2 (主动公开政府信息情况) of the 2021 and 2019 formats, as data. */

export interface Table2Column {
  key: string;
  label: string;
  /** Money columns keep decimals and are converted to this unit. */
  money?: '万元' | '元';
  /** Columns that may be negative (2019 本年增/减). */
  signed?: boolean;
}

export interface Table2Row {
  key: string;
  label: string;
  /** Article 20 item the block belongs to, e.g. 第二十条第（一）项. */
  item: string;
  pattern: RegExp;
  /** Other labels real reports print for the row. */
  aliases?: readonly string[];
  columns: readonly Table2Column[];
}

const ISSUED_2021: readonly Table2Column[] = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
];
const DECISIONS_2021: readonly Table2Column[] = [{ key: 'decisions', label: '本年处理决定数量' }];

export const TABLE2_ROWS_2021: readonly Table2Row[] = [
  { key: 'regulations', label: '规章', item: '第二十条第（一）项', pattern: /^规章/, columns: ISSUED_2021 },
  { key: 'normativeDocuments', label: '行政规范性文件', item: '第二十条第（一）项', pattern: /^(?:行政)?规范性文件/, aliases: ['规范性文件'], columns: ISSUED_2021 },
  { key: 'licensing', label: '行政许可', item: '第二十条第（五）项', pattern: /^行政许可/, columns: DECISIONS_2021 },
  { key: 'penalties', label: '行政处罚', item: '第二十条第（六）项', pattern: /^行政处罚/, columns: DECISIONS_2021 },
  { key: 'coercion', label: '行政强制', item: '第二十条第（六）项', pattern: /^行政强制/, columns: DECISIONS_2021 },
  {
    key: 'fees',
    label: '行政事业性收费',
    item: '第二十条第（八）项',
    pattern: /^行政事业性收费/,
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', money: '万元' }],
  },
];

const MADE_2019: readonly Table2Column[] = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'totalPublic', label: '对外公开总数量' },
];
const ITEMS_2019: readonly Table2Column[] = [
  { key: 'previous', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', signed: true },
  { key: 'decisions', label: '处理决定数量' },
];

export const TABLE2_ROWS_2019: readonly Table2Row[] = [
  { key: 'regulations', label: '规章', item: '第二十条第（一）项', pattern: /^规章/, columns: MADE_2019 },
  { key: 'normativeDocuments', label: '规范性文件', item: '第二十条第（一）项', pattern: /^(?:行政)?规范性文件/, aliases: ['行政规范性文件'], columns: MADE_2019 },
  { key: 'licensing', label: '行政许可', item: '第二十条第（五）项', pattern: /^行政许可/, columns: ITEMS_2019 },
  { key: 'otherServices', label: '其他对外管理服务事项', item: '第二十条第（五）项', pattern: /^其他对外管理服务/, columns: ITEMS_2019 },
  { key: 'penalties', label: '行政处罚', item: '第二十条第（六）项', pattern: /^行政处罚/, columns: ITEMS_2019 },
  { key: 'coercion', label: '行政强制', item: '第二十条第（六）项', pattern: /^行政强制/, columns: ITEMS_2019 },
  { key: 'fees', label: '行政事业性收费', item: '第二十条第（八）项', pattern: /^行政事业性收费/, columns: ITEMS_2019.slice(0, 2) },
  {
    key: 'procurement',
    label: '政府集中采购',
    item: '第二十条第（九）项',
    pattern: /^政府集中采购/,
    columns: [
      { key: 'items', label: '采购项目数量' },
      { key: 'amount', label: '采购总金额', money: '元' },
    ],
  },
];

export const table2RowsFor = (template: '2019' | '2021'): readonly Table2Row[] =>
  template === '2019' ? TABLE2_ROWS_2019 : TABLE2_ROWS_2021;

/** Header words that mark a table 2 as the 2019 or the 2021 format. */
export const TABLE2_2019_MARKS = /本年新制作数量|本年新公开数量|对外公开总数量|第二十条第\(九\)项|政府集中采购|上一年项目数量/;
export const TABLE2_2021_MARKS = /本年制发件数|本年废止件数|现行有效件|本年收费金额/;
