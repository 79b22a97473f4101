import { pageUrl, withBase } from '../../app/basename';
import { CopyValue } from '../../components/copy-button';

/**
 * A link inside the guide to paste into a chat or an e-mail: shown as the path on this host
 * (the same in the prerender and in the browser), copied as the whole URL.
 */
export function CopyLink({ href, what }: { href: string; what: string }) {
  return <CopyValue value={pageUrl(href)} display={withBase(href)} what={what} />;
}
