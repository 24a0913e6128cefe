/**
 * Formatting-only markup dropped from word/document.xml before it is parsed. Fonts, sizes,
 * spacing and cell borders are most of a Word file's markup (three quarters of a LibreOffice
 * file's), carry no text, and mean nothing to the reader; one regular-expression pass removes them
 * at a fraction of what parsing them would cost.
 *
 * Only empty elements of the listed names and whole border or run-property blocks go, so what is
 * left is well-formed whenever the input was. Run properties that hide text (w:vanish) or record
 * a tracked change stay. Line breaks inside removed markup are kept so error lines stay right.
 */

const WORD_NAMESPACE_DECLARATION = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Empty formatting elements (run, paragraph, cell and table properties; proofing and bookmark marks). */
const EMPTY_FORMATTING = [
  'rFonts', 'sz', 'szCs', 'color', 'kern', 'lang', 'b', 'bCs', 'i', 'iCs', 'u', 'highlight', 'w', 'position', 'vertAlign',
  'eastAsianLayout', 'cs', 'rtl', 'noProof', 'webHidden', 'rPr',
  'spacing', 'jc', 'ind', 'bidi', 'snapToGrid', 'adjustRightInd', 'widowControl', 'autoSpaceDE', 'autoSpaceDN',
  'textAlignment', 'wordWrap', 'overflowPunct', 'topLinePunct', 'keepNext', 'keepLines', 'contextualSpacing',
  'tcW', 'vAlign', 'shd', 'noWrap', 'hideMark', 'trHeight', 'cantSplit', 'gridCol',
  'top', 'left', 'bottom', 'right', 'start', 'end', 'insideH', 'insideV',
  'lastRenderedPageBreak', 'proofErr', 'bookmarkStart', 'bookmarkEnd',
];

const FORMATTING = new RegExp(
  `<w:(?:${EMPTY_FORMATTING.join('|')})\\b[^>]*/>|<w:(tcBorders|pBdr|rPr)>(?:(?!</?w:\\1\\b)[\\s\\S])*?</w:\\1>`,
  'g',
);

/** The XML without formatting-only markup, when it uses the usual w: prefix throughout; otherwise unchanged. */
export function withoutFormatting(xml: string): string {
  const declaration = xml.indexOf(WORD_NAMESPACE_DECLARATION);
  // The prefix must mean WordprocessingML on the root and nowhere be bound again.
  if (declaration < 0 || declaration > 16384 || xml.indexOf('xmlns:w=', declaration + 1) >= 0) return xml;
  return xml.replace(FORMATTING, (markup: string, block: string | undefined) => {
    if (block === 'rPr' && (markup.includes('vanish') || markup.includes('Change'))) return markup;
    return markup.includes('\n') ? markup.replace(/[^\n]+/g, '') : '';
  });
}
