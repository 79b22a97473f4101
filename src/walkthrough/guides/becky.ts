/**
 * Becky! Internet Mail ver.2 (Windows). Checked 2026-12-01 (docs/apps.md §7). No primary source
 * (RimArts' help) was found. The screens follow two independent provider guides, both secondary:
 * - Xserver's "Becky! Internet Mail設定手順" (its manual pages man_mail_setting_becky.php and
 *   man_mail_setting_becky_not.php, as stored in github xs-kshibata/code-for-gemini-review
 *   @7f70f149a4c1a53a364e872692b667adc0d81481 / @4debcb8fa85933f791cf20499413243c0de3a8b4):
 *   Tools → mailbox settings; a first tab with the name, address, protocol, both servers, the
 *   POP3S and SMTPS boxes, user ID, password and authentication; the Details tab with the ports
 *   and SMTP AUTH; Becky! offers to change the port when POP3S or SMTPS is ticked;
 * - BIGLOBE's SMTP AUTH table, support.biglobe.ne.jp/settei/mailer/smtp.html (dated 2018-10-10):
 *   [ツール]→[メールボックスの設定]→[詳細]タブの[SMTP認証] → [ユーザーID] and [パスワード].
 * The field order is Xserver's table order, not checked against the app.
 */
import { server } from '../fields';
import type { Guide, Screen } from '../model';

const basic: Screen = {
  id: 'basic',
  fields: [
    { id: 'name', value: { kind: 'name' }, control: 'text' },
    { id: 'address', value: { kind: 'address' }, control: 'text' },
    { id: 'protocol', value: { kind: 'choice', choice: 'pop3' }, control: 'select' },
    server('receiveHost', 'receive', 'host'),
    server('sendHost', 'send', 'host'),
    { id: 'receiveSsl', value: { kind: 'tick', on: 'receive-encrypted' }, control: 'checkbox' },
    { id: 'sendSsl', value: { kind: 'tick', on: 'send-encrypted' }, control: 'checkbox' },
    { id: 'userName', value: { kind: 'user-name' }, control: 'text' },
    { id: 'password', value: { kind: 'password' }, control: 'text' },
    { id: 'auth', value: { kind: 'option', role: 'receive', part: 'auth' }, control: 'select' },
  ],
};
const details: Screen = {
  id: 'details',
  fields: [
    server('sendPort', 'send', 'port'),
    server('receivePort', 'receive', 'port'),
    { id: 'smtpAuth', value: { kind: 'tick', on: 'smtp-auth' }, control: 'checkbox' },
    { id: 'popBeforeSmtp', value: { kind: 'tick', on: 'pop-before-smtp' }, control: 'checkbox' },
  ],
};

export const BECKY: Guide = {
  app: 'becky',
  variants: [
    {
      id: 'v2',
      add: [{ id: 'open' }, { id: 'basic', screen: basic }, { id: 'portPrompt' }, { id: 'details', screen: details }, { id: 'done' }],
      check: [{ id: 'checkOpen' }, { id: 'checkBasic', screen: basic }, { id: 'checkDetails', screen: details }],
      test: [{ id: 'testWrite' }, { id: 'testSend' }, { id: 'testGet' }],
    },
  ],
};
