/** How the reader treats each HTML tag: page chrome dropped with its content, block boundaries, table parts. */

/** Elements whose content is never report text: code, embedded objects, form controls. */
export const CHROME_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'audio', 'video', 'map', 'button', 'select', 'option', 'optgroup', 'datalist', 'textarea',
  'input', 'label', 'xmp', 'plaintext', 'noembed',
]);

/**
 * Elements that start and end a line of text (and that the content finder may choose as a container).
 * Everything else (span, font, b, a, o:p, custom CMS tags like <ucapcontent>) is inline: its text
 * runs on within the enclosing block.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'html', 'head', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

export const HEADING_LEVEL: ReadonlyMap<string, number> = new Map([
  ['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6],
]);

export const ROW_GROUP_TAGS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot']);
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** An inline style or attribute that hides the element (Word's mso-hide text, duplicated print copies). */
export function isHidden(attribs: Readonly<Record<string, string>>): boolean {
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  // Most elements of Word and CMS pages carry a style; only a few say none or hidden.
  return style !== undefined && /none|hidden/i.test(style) && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
