/**
 * The new Outlook for Windows. Sources, checked 2026-12-01 (docs/apps.md §3):
 * - that it supports POP: Microsoft, "Accounts in the new Outlook for Windows",
 *   learn.microsoft.com/en-us/microsoft-365-apps/outlook/get-started/supported-account-types
 *   (stored copy: "Other accounts connecting via IMAP and POP"; the source repository
 *   MicrosoftDocs/OfficeDocs-DeployOffice @947f0188, 2024-10, still said POP was not supported);
 * - that mail of other providers is synced through Microsoft's cloud: Microsoft's help "Sync your
 *   account in Outlook to the Microsoft Cloud" (support.microsoft.com, 985f9e19-…, as quoted by
 *   neowin.net and lemmy.techhaven.io), heise's findings as reported by XDA and talkwithtech.com,
 *   Runbox's blog, outlooklab.wordpress.com (all secondary);
 * - the screens (add: address → provider → POP → one settings page → continue; existing account:
 *   settings → accounts → manage → repair, where the incoming server cannot be changed): one
 *   secondary guide, XServer's (github xs-kshibata/code-for-gemini-review,
 *   www.xserver.ne.jp_www/manual/man_mail_setting_olwin.php @4debcb8f…), so every label is described.
 * Field order follows that guide. Whether the page has a box for the incoming user name is not
 * confirmed (the guide lists none): the step says so.
 */
import { option, server } from '../fields';
import type { Guide, Screen, Step } from '../model';


const address: Screen = { id: 'address', fields: [{ id: 'address', value: { kind: 'address' }, control: 'text' }] };
/** The one page of POP settings, in the order of XServer's guide. */
const pop: Screen = {
  id: 'pop',
  fields: [
    { id: 'password', value: { kind: 'password' }, control: 'text' },
    { id: 'showMore', value: { kind: 'tick', on: 'always' }, control: 'switch' },
    { id: 'recommended', value: { kind: 'tick', on: 'never' }, control: 'switch' },
    server('receiveHost', 'receive', 'host'),
    server('receivePort', 'receive', 'port'),
    option('receiveSecurity', 'receive', 'security'),
    { id: 'sendUserName', value: { kind: 'user-name' }, control: 'text' },
    { id: 'sendPassword', value: { kind: 'password' }, control: 'text' },
    server('sendHost', 'send', 'host'),
    server('sendPort', 'send', 'port'),
    option('sendSecurity', 'send', 'security'),
  ],
};

const test: Step[] = [{ id: 'testNew' }, { id: 'testSend' }, { id: 'testReceive' }];

export const NEW_OUTLOOK: Guide = {
  app: 'new-outlook',
  variants: [
    {
      id: 'current',
      add: [
        { id: 'caution', caution: true },
        { id: 'cautionReports', caution: true },
        { id: 'open' },
        { id: 'address', screen: address },
        { id: 'provider' },
        { id: 'pop', screen: pop },
        { id: 'sync' },
        { id: 'done' },
      ],
      check: [{ id: 'caution', caution: true }, { id: 'cautionReports', caution: true }, { id: 'checkOpen' }, { id: 'checkRepair', screen: pop }],
      test,
    },
  ],
};
