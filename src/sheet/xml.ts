/**
 * The little XML the exports need, written by hand so the browser bundle carries no XML
 * library (plist and @xmldom/xmldom are test-only).
 */

// Characters XML 1.0 cannot carry at all, even escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

/** Text or attribute content: the five special characters escaped, impossible ones dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The values a profile uses. Numbers are always plist integers (ports, versions). */
export type PlistNode = string | number | boolean | readonly PlistNode[] | { readonly [key: string]: PlistNode };

const INDENT = '\t';

function plistNode(node: PlistNode, depth: number): string {
  const pad = INDENT.repeat(depth);
  if (typeof node === 'string') return `${pad}<string>${escapeXml(node)}</string>`;
  if (typeof node === 'boolean') return `${pad}<${node ? 'true' : 'false'}/>`;
  if (typeof node === 'number') {
    if (!Number.isSafeInteger(node)) throw new RangeError(`plist integer expected, got ${node}`);
    return `${pad}<integer>${node}</integer>`;
  }
  if (Array.isArray(node)) {
    const items = (node as readonly PlistNode[]).map((n) => plistNode(n, depth + 1));
    return [`${pad}<array>`, ...items, `${pad}</array>`].join('\n');
  }
  const entries = Object.entries(node as { readonly [key: string]: PlistNode }).flatMap(([key, value]) => [
    `${pad}${INDENT}<key>${escapeXml(key)}</key>`,
    plistNode(value, depth + 1),
  ]);
  return [`${pad}<dict>`, ...entries, `${pad}</dict>`].join('\n');
}

/** An XML property list document, as Apple's tools write it. */
export function plistXml(root: PlistNode): string {
  return [
    XML_DECLARATION,
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistNode(root, 0),
    '</plist>',
    '',
  ].join('\n');
}
