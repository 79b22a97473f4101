/**
 * An app's own guide page shows the settings ASAHI Net recommends for everyone (SSL/TLS,
 * SMTP AUTH, the standard outgoing server), as recommend() gives them for answers that ask
 * for nothing special: registered, no virus check option, no outgoing-mail check, a network
 * other than ASAHI Net's own (so that nothing relies on port 25). The page links into the
 * setup flow for settings that fit the customer's own line and options.
 */
import { recommend, type Outcome } from '../flow/recommend';
import type { AppId } from './model';

export function recommendedOutcome(app: AppId): Outcome {
  return recommend({ registration: 'yes', network: 'other', 'virus-check': 'no', antivirus: 'no', client: app });
}
