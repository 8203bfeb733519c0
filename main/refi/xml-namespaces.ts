/**
 * XML namespaces for the REFI-QDA reader: the URI each element's prefix stands for, and the
 * attributes in no namespace. REFI-QDA files use a default namespace, but some tools write a
 * prefix (`<qda:Project xmlns:qda="urn:QDA-XML:project:1.0">`) or add `xsi:` attributes.
 * What Namespaces in XML 1.0 makes an error is refused (thrown as an Error the reader turns
 * into a refusal): malformed or unbound prefixes, a prefix undeclared, reserved prefixes and
 * URIs misused, and two attributes with one expanded name.
 */
import { detached } from './detached-string.js';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** Prefix ('' for the default namespace) to URI; each element that declares some inherits its parent's. */
type Bindings = Record<string, string>;

export class NamespaceScope {
  private bindings: Bindings = Object.assign(Object.create(null) as Bindings, { xml: XML_NAMESPACE });
  /** The bindings each declaring element replaced, with that element's depth, innermost last. */
  private readonly replaced: { depth: number; bindings: Bindings }[] = [];

  /**
   * Takes an opening element's attributes (qualified name to value, as the parser gives them),
   * applies its namespace declarations, and returns its attributes in no namespace by name,
   * each value detached from the parser's text. `depth` is the element's nesting depth.
   */
  open(attributes: Record<string, string>, depth: number): Record<string, string> {
    let plain = true;
    for (const name in attributes) {
      if (name === 'xmlns' || name.includes(':')) plain = false;
      else attributes[name] = detached(attributes[name]!);
    }
    // The common case: the parser's own object is the result, with no further allocation.
    return plain ? attributes : this.openQualified(attributes, depth);
  }

  /** The local name and namespace URI of an element's qualified name. */
  element(qualifiedName: string): { local: string; namespace: string } {
    const colon = qualifiedName.indexOf(':');
    if (colon === -1) return { local: qualifiedName, namespace: this.bindings[''] ?? '' };
    const { prefix, local } = split(qualifiedName, colon);
    if (prefix === 'xmlns') throw new Error(`element <${qualifiedName}> may not have the prefix xmlns`);
    return { local, namespace: this.resolve(prefix, qualifiedName) };
  }

  /** Ends the scope of the element at `depth` that is closing. */
  close(depth: number): void {
    const last = this.replaced[this.replaced.length - 1];
    if (last?.depth === depth) {
      this.bindings = last.bindings;
      this.replaced.pop();
    }
  }

  private openQualified(attributes: Record<string, string>, depth: number): Record<string, string> {
    let bindings: Bindings | null = null;
    for (const name in attributes) {
      const declared = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? split(name, 5).local : null;
      if (declared === null) continue;
      const uri = attributes[name]!.trim();
      checkDeclaration(declared, uri);
      bindings ??= Object.create(this.bindings) as Bindings;
      bindings[declared] = detached(uri);
    }
    if (bindings) {
      this.replaced.push({ depth, bindings: this.bindings });
      this.bindings = bindings;
    }
    const plain = Object.create(null) as Record<string, string>;
    const expanded = new Set<string>();
    for (const name in attributes) {
      const colon = name.indexOf(':');
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (colon === -1) {
        plain[name] = detached(attributes[name]!);
        continue;
      }
      const { prefix, local } = split(name, colon);
      const key = `{${this.resolve(prefix, name)}}${local}`;
      if (expanded.has(key)) throw new Error(`duplicate attribute ${key}`);
      expanded.add(key);
    }
    return plain;
  }

  private resolve(prefix: string, qualifiedName: string): string {
    const uri = this.bindings[prefix];
    if (uri === undefined) throw new Error(`unbound namespace prefix in ${qualifiedName}`);
    return uri;
  }
}

function split(qualifiedName: string, colon: number): { prefix: string; local: string } {
  const prefix = qualifiedName.slice(0, colon);
  const local = qualifiedName.slice(colon + 1);
  if (prefix === '' || local === '' || local.includes(':')) throw new Error(`malformed name ${qualifiedName}`);
  return { prefix, local };
}

/** The Namespaces in XML constraints on binding `prefix` ('' for the default) to `uri`. */
function checkDeclaration(prefix: string, uri: string): void {
  if (prefix === 'xmlns') throw new Error('the prefix xmlns may not be declared');
  if (prefix === 'xml' ? uri !== XML_NAMESPACE : uri === XML_NAMESPACE) {
    throw new Error(`only the prefix xml may stand for ${XML_NAMESPACE}`);
  }
  if (uri === XMLNS_NAMESPACE) throw new Error(`no prefix may stand for ${XMLNS_NAMESPACE}`);
  if (prefix !== '' && uri === '') throw new Error(`the prefix ${prefix} may not be undeclared in XML 1.0`);
}
