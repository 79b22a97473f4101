/**
 * Marks the text a customer came to a page for (a question's options, a result's server host
 * names, a diagnosis's causes) for the Element Timing API, so that `npm run bench` measures
 * when it is on screen rather than when the largest element painted. Spread onto the element
 * that holds the text itself; React passes the attribute through as it is.
 */
export const CONTENT_TIMING: Readonly<Record<string, string>> = { elementtiming: 'content' };
