/**
 * "Open on your phone" and the printed sheet's code, for the result and the app guides: their
 * code and text are asked for once the page is interactive (useAfterStart), since lean-qr would
 * not fit the pages' JavaScript budget before then. Each is drawn by its own component, so that
 * only it is drawn again when they arrive; if they cannot be downloaded the page stays as it is.
 */
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAfterStart } from '../use-hydrated';
import type { Opens } from './open-on-phone';

const load = (instance: i18n) => () => import('./open-on-phone').then((section) => section.withText(instance));

/** The section's components, once they are here. */
export function useShareSection() {
  const { i18n } = useTranslation();
  return useAfterStart('share', load(i18n));
}

/** `profile`: the page offers a configuration profile, which the phone itself installs most easily. */
export function OpenOnPhoneAfterStart({ url, opens, profile }: { url: string; opens: Opens; profile?: boolean }) {
  const share = useShareSection();
  return share && <share.OpenOnPhone url={url} opens={opens} profile={profile} />;
}
