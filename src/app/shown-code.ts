/**
 * The settings code of the last result shown in this tab, so that an error page can repeat
 * it for a call to support. Memory only: a code describes settings, not the customer, but
 * nothing here needs to outlive the page.
 */
let shown: string | undefined;

export function rememberCode(code: string): void {
  shown = code;
}

export function shownCode(): string | undefined {
  return shown;
}
