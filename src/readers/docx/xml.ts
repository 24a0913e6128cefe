/**
 * XML of an Office package through saxes: decoding, a streaming parse with namespaces, and small
 * trees for the side parts.
 *
 * Namespaces are resolved here rather than by saxes' xmlns mode: saxes looks a prefix up by walking
 * all open elements, which is a third of the reading time of a normal file and quadratic in depth
 * for a hostile one. Office files declare their prefixes on the root, so a table of bindings,
 * updated only where an element declares one, resolves each name in constant time.
 */
import { SaxesParser } from 'saxes';

/** WordprocessingML main namespace, transitional and strict (ISO 29500 strict packages). */
export const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Prefixes producers use without declaring them; any other unbound one gets a private URI instead of failing the file. */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  mc: MC_NAMESPACE,
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

/** Deepest element nesting accepted; real documents stay under a hundred levels. */
export const MAX_XML_DEPTH = 1000;

export class XmlDepthError extends Error {
  constructor() {
    super(`XML nesting deeper than ${MAX_XML_DEPTH}`);
  }
}

/** An element name with its namespace resolved (shared between elements of the same name: do not change). */
export interface XmlName {
  readonly local: string;
  readonly uri: string;
  /** Free for the handler to remember what it makes of this name (names are shared, so it is computed once). */
  memo?: number;
}

/** Attributes by qualified name, as written. */
export type XmlAttributes = Record<string, string>;

export interface XmlHandlers {
  open(name: XmlName, attributes: XmlAttributes): void;
  close(): void;
  text(text: string): void;
}

/** Prefix → namespace bindings in scope, with an undo list per open element. */
class Namespaces {
  private readonly bound = new Map<string, string>();
  private readonly undo: ([string, string | undefined][] | null)[] = [];

  /** Takes the element's declarations into scope; true when a binding changed. */
  enter(attributes: XmlAttributes): boolean {
    let changes: [string, string | undefined][] | null = null;
    for (const name in attributes) {
      if (name.charCodeAt(0) !== 120 /* x */ || !name.startsWith('xmlns')) continue;
      const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : null;
      if (prefix === null) continue;
      (changes ??= []).push([prefix, this.bound.get(prefix)]);
      this.bound.set(prefix, attributes[name]!);
    }
    this.undo.push(changes);
    return changes !== null;
  }

  /** An element that declares nothing. */
  enterPlain(): void {
    this.undo.push(null);
  }

  /** Restores the bindings before the element; true when a binding changed. */
  leave(): boolean {
    const changes = this.undo.pop();
    if (!changes) return false;
    for (let i = changes.length - 1; i >= 0; i--) {
      const [prefix, previous] = changes[i]!;
      if (previous === undefined) this.bound.delete(prefix);
      else this.bound.set(prefix, previous);
    }
    return true;
  }

  get depth(): number {
    return this.undo.length;
  }

  resolve(prefix: string): string {
    return this.bound.get(prefix) ?? CONVENTIONAL_PREFIXES[prefix] ?? (prefix === '' ? '' : `urn:gongkai:unbound:${prefix}`);
  }
}

/** Parses `text`, calling the handlers in document order. Throws saxes' error for malformed XML, XmlDepthError past MAX_XML_DEPTH. */
export function parseXml(text: string, handlers: XmlHandlers): void {
  // Positions cost a tenth of the parse and only an error needs one: an error is parsed again for its line.
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const namespaces = new Namespaces();
  // Resolved names by qualified name, valid while the bindings stay as they are.
  const names = new Map<string, XmlName>();
  // Office files declare their namespaces on the root element; when nothing after it declares one,
  // the other elements' attributes need not be searched for declarations.
  const rootEnd = text.indexOf('>', text.search(/<[^?!]/));
  const declaresInside = text.lastIndexOf('xmlns') > rootEnd;
  parser.on('opentag', (tag) => {
    if (declaresInside || namespaces.depth === 0) {
      if (namespaces.enter(tag.attributes)) names.clear();
    } else {
      namespaces.enterPlain();
    }
    if (namespaces.depth > MAX_XML_DEPTH) throw new XmlDepthError();
    let name = names.get(tag.name);
    if (!name) {
      const colon = tag.name.indexOf(':');
      name = { local: colon < 0 ? tag.name : tag.name.slice(colon + 1), uri: namespaces.resolve(colon < 0 ? '' : tag.name.slice(0, colon)) };
      names.set(tag.name, name);
    }
    handlers.open(name, tag.attributes);
  });
  parser.on('closetag', () => {
    handlers.close();
    if (namespaces.leave()) names.clear();
  });
  parser.on('text', (t) => handlers.text(t));
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof XmlDepthError) throw error;
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error), errorLine(text));
  }
}

/** The line of the first well-formedness error in `text`. */
function errorLine(text: string): number {
  const parser = new SaxesParser({ position: true });
  try {
    parser.write(text).close();
  } catch {
    return parser.line;
  }
  return 0;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** The XML text of a part: UTF-8 unless a byte order mark says UTF-16 (Word writes both). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** An attribute by local name: Word's attributes are all in its own namespace, whatever prefix a producer chose. */
export function attr(attributes: XmlAttributes, local: string): string | undefined {
  const usual = attributes[`w:${local}`];
  if (usual !== undefined) return usual;
  for (const name in attributes) {
    const colon = name.indexOf(':');
    if ((colon < 0 ? name : name.slice(colon + 1)) === local && !name.startsWith('xmlns')) return attributes[name];
  }
  return undefined;
}

export interface XmlNode {
  local: string;
  uri: string;
  /** Attributes by local name. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text directly inside the element. */
  text: string;
}

/** A whole (small) part as a tree: styles, numbering, relationships, core properties. */
export function parseTree(text: string): XmlNode {
  const root: XmlNode = { local: '#document', uri: '', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parseXml(text, {
    open(name, attributes) {
      const attrs: Record<string, string> = {};
      for (const qualified in attributes) {
        if (qualified === 'xmlns' || qualified.startsWith('xmlns:')) continue;
        attrs[qualified.slice(qualified.indexOf(':') + 1)] = attributes[qualified]!;
      }
      const node: XmlNode = { local: name.local, uri: name.uri, attrs, children: [], text: '' };
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    },
    close() {
      stack.pop();
    },
    text(t) {
      stack[stack.length - 1]!.text += t;
    },
  });
  return root;
}

export const child = (node: XmlNode | undefined, local: string): XmlNode | undefined => node?.children.find((c) => c.local === local);
export const children = (node: XmlNode | undefined, local: string): XmlNode[] => node?.children.filter((c) => c.local === local) ?? [];
