/**
 * The package parts Word and Excel files share (Open Packaging Conventions): the XML
 * declaration, the content types of the parts, and relationship parts.
 */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
/** Relationship types of the Office formats, and the namespace of their r: attributes. */
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The relationships part's namespace, and the root of the package's own relationship types. */
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** [Content_Types].xml: the default types of .rels and .xml parts, and each part's own type. */
export function contentTypes(parts: readonly (readonly [part: string, contentType: string])[]): string {
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    parts.map(([part, contentType]) => `<Override PartName="${part}" ContentType="${contentType}"/>`).join('') +
    '</Types>'
  );
}

/** A relationships part: each [type, target] in order, as rId1, rId2, … */
export function relationships(list: readonly (readonly [type: string, target: string])[]): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    list.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}
