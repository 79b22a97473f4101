/**
 * The result's downloads (exports-section.tsx): their code and text are asked for once the
 * result is interactive, not with every question of the flow, which share this page's code.
 * The section is drawn when they are here, far below what the customer opened the page for;
 * if they cannot be downloaded the result stays as it is.
 */
import { useTranslation } from 'react-i18next';
import { useAfterStart } from '../../components/use-hydrated';
import type { Outcome } from '../../flow/recommend';
import type { Identity } from './identity-fields';

export function Exports({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { i18n } = useTranslation();
  const section = useAfterStart('exports', () => import('./exports-section').then((module) => module.withText(i18n)));
  return section && <section.ExportsSection outcome={outcome} identity={identity} />;
}
