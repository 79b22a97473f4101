/**
 * Finding elements the way a person names them (a role and its accessible name, or the text
 * shown), run inside the page by either driver. It is plain JavaScript in a string, sent as it
 * is: no build step rewrites it, and both drivers' script evaluation runs it whatever the page's
 * Content-Security-Policy (it is the driver's script, not the page's).
 *
 * The accessible name is a simplified form of the ARIA rules, enough for this site: aria-label,
 * aria-labelledby, a form control's <label>, a fieldset's <legend>, else the text inside.
 * Elements that are not rendered (display: none, visibility: hidden, [hidden]) are never found,
 * nor, by role, what is hidden from assistive technology (aria-hidden); visually hidden text
 * (sr-only) is, as assistive technology reads it.
 */

export type Role =
  | 'alert'
  | 'button'
  | 'combobox'
  | 'definition'
  | 'group'
  | 'heading'
  | 'link'
  | 'main'
  | 'navigation'
  | 'radio'
  | 'region'
  | 'status'
  | 'term'
  | 'textbox';

/** What to find: by role (and name), by shown text, or by CSS; optionally inside another match. */
export interface Query {
  readonly role?: Role;
  /** The accessible name: equal after collapsing white space, or containing it with `exact: false`. */
  readonly name?: string;
  /** Heading level, for `role: 'heading'`. */
  readonly level?: number;
  /** The element that shows exactly this text (the innermost one). */
  readonly text?: string;
  readonly css?: string;
  readonly exact?: boolean;
  readonly within?: Query;
  /** Which of several matches (0 = first, -1 = last). */
  readonly nth?: number;
}

/** A JavaScript expression for an object with `find(query)`, `all(query)`, `name(el)`, `text(el)`, `box(el)`. */
export const LIB = `({
  roles: {
    alert: '[role="alert"]',
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    combobox: 'select, [role="combobox"]',
    definition: 'dd, [role="definition"]',
    group: 'fieldset, [role="group"], [role="radiogroup"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    link: 'a[href], [role="link"]',
    main: 'main, [role="main"]',
    navigation: 'nav, [role="navigation"]',
    radio: 'input[type="radio"], [role="radio"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    status: '[role="status"], output',
    term: 'dt, [role="term"]',
    textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="search"], input[type="url"], input[type="tel"], input[type="number"], textarea, [role="textbox"]',
  },
  clean(text) {
    return String(text || '').replace(/\\s+/g, ' ').trim();
  },
  rendered(el) {
    if (el.closest('[hidden]')) return false;
    if (el.getClientRects().length === 0) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  },
  /** Rendered and in the accessibility tree (what a role is looked for in). */
  exposed(el) {
    return this.rendered(el) && !el.closest('[aria-hidden="true"]');
  },
  /** The text inside, as assistive technology reads it: without aria-hidden parts, scripts or styles. */
  text(el) {
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
        else if (child.nodeType === Node.ELEMENT_NODE && !child.matches('[aria-hidden="true"], script, style, template')) walk(child);
      }
    };
    walk(el);
    return this.clean(parts.join(''));
  },
  name(el) {
    const label = el.getAttribute('aria-label');
    if (label) return this.clean(label);
    const by = el.getAttribute('aria-labelledby');
    if (by) return this.clean(by.split(/\\s+/).map((id) => { const named = document.getElementById(id); return named ? this.text(named) : ''; }).join(' '));
    if (el.labels && el.labels.length) return this.clean([...el.labels].map((l) => this.text(l)).join(' '));
    if (el.tagName === 'FIELDSET') {
      const legend = el.querySelector(':scope > legend');
      if (legend) return this.text(legend);
    }
    if (el.tagName === 'INPUT' && (el.type === 'submit' || el.type === 'button')) return this.clean(el.value);
    return this.text(el);
  },
  matches(el, q) {
    if (q.role && !el.matches(this.roles[q.role])) return false;
    if (q.level && !el.matches('h' + q.level + ', [role="heading"][aria-level="' + q.level + '"]')) return false;
    if (q.name !== undefined) {
      const name = this.name(el);
      const wanted = this.clean(q.name);
      if (q.exact === false ? !name.includes(wanted) : name !== wanted) return false;
    }
    return true;
  },
  all(q, scope) {
    const roots = q.within ? this.all(q.within, scope) : [scope || document];
    const found = [];
    for (const root of roots) {
      let candidates;
      if (q.role) candidates = root.querySelectorAll(this.roles[q.role]);
      else if (q.css) candidates = root.querySelectorAll(q.css);
      else candidates = root.querySelectorAll('body *');
      for (const el of candidates) {
        if (q.css && !el.matches(q.css)) continue;
        if (!(q.role ? this.exposed(el) : this.rendered(el)) || !this.matches(el, q)) continue;
        if (q.text !== undefined) {
          const wanted = this.clean(q.text);
          const own = this.text(el);
          if (q.exact === false ? !own.includes(wanted) : own !== wanted) continue;
          // The innermost element showing the text.
          if ([...el.children].some((child) => this.rendered(child) && (q.exact === false ? this.text(child).includes(wanted) : this.text(child) === wanted))) continue;
        }
        if (!found.includes(el)) found.push(el);
      }
    }
    return found;
  },
  find(q) {
    const found = this.all(q);
    const nth = q.nth ?? 0;
    return found[nth < 0 ? found.length + nth : nth] ?? null;
  },
  box(el) {
    const r = el.getBoundingClientRect();
    return { x: Math.round((r.x + scrollX) * 10) / 10, y: Math.round((r.y + scrollY) * 10) / 10, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
  },
})`;
