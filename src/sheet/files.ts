/**
 * What the browser downloads: file names and MIME types of the exports, and the shape of
 * "can this outcome be exported" answers shared by both formats.
 */
import type { OutcomeCode } from '../flow/recommend';

/** The name Thunderbird fetches from a mail domain (autoconfig.<domain>/mail/config-v1.1.xml). */
export const AUTOCONFIG_FILE_NAME = 'config-v1.1.xml';
export const AUTOCONFIG_MIME_TYPE = 'application/xml';

/**
 * The name Thunderbird reads from the `isp` folder of its installation folder:
 * `<mail domain>.xml` (Thunderbird source, FetchConfig: fetchConfigFromDisk).
 */
export function autoconfigLocalFileName(domain: string): string {
  return `${domain}.xml`;
}

export function mobileconfigFileName(code: OutcomeCode): string {
  return `asahi-net-mail-${code}.mobileconfig`;
}

/** Safari on iPhone/iPad offers to install a profile only when it is served with this type. */
export const MOBILECONFIG_MIME_TYPE = 'application/x-apple-aspen-config';

export type ExportSupport<Reason extends string> =
  | { readonly supported: true }
  | { readonly supported: false; readonly reason: Reason };
