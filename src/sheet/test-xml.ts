/** Strict XML parsing for the export tests: any warning or error fails the test. */
import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';

// xmldom lets a bare "&" through; XML does not.
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export function parseXml(xml: string): Document {
  if (BARE_AMPERSAND.test(xml)) throw new Error('unescaped "&"');
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'text/xml');
}

export function childElements(parent: Element | Document): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);
}

export function only(parent: Element | Document, tag: string): Element {
  const found = Array.from(parent.getElementsByTagName(tag));
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0] as Element;
}

export function textOf(parent: Element | Document, tag: string): string {
  return only(parent, tag).textContent ?? '';
}
