/**
 * Classic Outlook for Windows. The error code is the reliable key: the same code keeps its
 * meaning from Outlook Express to Microsoft 365, while the wording changed between versions
 * and Microsoft publishes the Japanese wording for few codes. So every code is an entry of
 * its own (a code alone matches), and the dialog texts found with a source are entries too,
 * each naming the app and version its source shows. Research notes:
 * /work/briefs/errors-research.md §2.
 */
import type { FlowCauseId, Symptom } from '../causes';
import type { MessageEntry, MessageRole, TextSource } from './types';

const WINE: TextSource = {
  repo: 'wine-mirror/wine',
  commit: '181d2fb65ea702dd143a859c23c45adbe077c193',
  path: 'include/imnxport.idl',
  stringId: '',
};
const POP3_CODES = 'http://pc-error-free.com/blog/?p=20';

interface Code {
  readonly code: string;
  /** The symbolic name in the source's list (Wine's imnxport.idl; a POP3 code list for 0x800CCC9x). */
  readonly name: string;
  readonly role: MessageRole;
  readonly symptom?: Symptom;
  readonly causes: readonly FlowCauseId[];
  readonly definite?: readonly FlowCauseId[];
  readonly source?: TextSource;
}

const CODES: readonly Code[] = [
  { code: '0x800CCC0D', name: 'IXP_E_CANT_FIND_HOST', role: 'either', symptom: 'times-out', causes: ['host-unknown', 'check-host', 'network-restriction'] },
  {
    code: '0x800CCC0E',
    name: 'IXP_E_FAILED_TO_CONNECT',
    role: 'either',
    symptom: 'times-out',
    causes: ['port-not-offered', 'port-25-blocked', 'port-25-au-hikari', 'host-wrong-role', 'antivirus-outgoing-check', 'network-restriction'],
  },
  {
    code: '0x800CCC0F',
    name: 'IXP_E_CONNECTION_DROPPED',
    role: 'either',
    symptom: 'times-out',
    causes: ['ssl-on-plain-port', 'no-ssl-on-ssl-port', 'port-25-blocked', 'antivirus-outgoing-check', 'network-restriction'],
  },
  { code: '0x800CCC18', name: 'IXP_E_SICILY_LOGON_FAILED', role: 'either', symptom: 'password-rejected', causes: ['recheck-settings', 'wrong-password'] },
  {
    code: '0x800CCC19',
    name: 'IXP_E_TIMEOUT',
    role: 'either',
    symptom: 'times-out',
    causes: ['no-ssl-on-ssl-port', 'port-25-blocked', 'port-25-au-hikari', 'network-restriction'],
  },
  {
    code: '0x800CCC1A',
    name: 'IXP_E_SECURE_CONNECT_FAILED',
    role: 'either',
    symptom: 'secure-connection',
    causes: ['ssl-on-plain-port', 'starttls', 'check-port-security'],
  },
  { code: '0x800CCC67', name: 'IXP_E_SMTP_421_NOT_AVAILABLE', role: 'send', symptom: 'times-out', causes: ['network-restriction', 'antivirus-outgoing-check'] },
  {
    code: '0x800CCC78',
    name: 'IXP_E_SMTP_REJECTED_SENDER',
    role: 'send',
    symptom: 'relay-denied',
    causes: ['out-auth-off', 'registration-missing', 'mails-without-virus-check'],
  },
  {
    code: '0x800CCC79',
    name: 'IXP_E_SMTP_REJECTED_RECIPIENTS',
    role: 'send',
    symptom: 'relay-denied',
    causes: ['out-auth-off', 'registration-missing', 'mails-without-virus-check'],
  },
  { code: '0x800CCC7D', name: 'IXP_E_SMTP_NO_STARTTLS_SUPPORT', role: 'send', symptom: 'secure-connection', causes: ['starttls'], definite: ['starttls'] },
  {
    code: '0x800CCC90',
    name: 'POP3_RESPONSE_ERROR',
    role: 'receive',
    symptom: 'password-rejected',
    causes: ['user-is-address', 'wrong-password', 'user-not-lowercase', 'user-not-id'],
    source: { page: POP3_CODES, by: 'quoted' },
  },
  {
    code: '0x800CCC91',
    name: 'POP3_INVALID_USER_NAME',
    role: 'receive',
    symptom: 'password-rejected',
    causes: ['user-is-address', 'user-not-id', 'user-not-lowercase'],
    source: { page: POP3_CODES, by: 'quoted' },
  },
  {
    code: '0x800CCC92',
    name: 'POP3_INVALID_PASSWORD',
    role: 'receive',
    symptom: 'password-rejected',
    causes: ['wrong-password', 'user-is-address', 'user-not-lowercase', 'user-not-id'],
    source: { page: POP3_CODES, by: 'quoted' },
  },
  {
    // Outlook's own code (in no public name list); its meaning from the dialog text below.
    code: '0x8004210B',
    name: 'time-out waiting for the SMTP server',
    role: 'send',
    symptom: 'times-out',
    causes: ['no-ssl-on-ssl-port', 'port-25-blocked', 'port-25-au-hikari', 'antivirus-outgoing-check', 'network-restriction'],
    source: { page: 'http://www.theemailadmin.com/2009/11/troubleshooting-error-code-0x8004210b/', by: 'quoted' },
  },
];

const VERSION = 'Outlook 2000 to Microsoft 365 (the code keeps its meaning)';

/** One entry per code, matched by the code alone; its "text" is the code as Outlook shows it. */
const CODE_ENTRIES: readonly MessageEntry[] = CODES.map((c) => {
  const source = c.source ?? { ...WINE, stringId: c.name };
  const text = { text: c.code, source };
  return {
    id: `ol-${c.code.toLowerCase()}`,
    app: 'outlook',
    version: VERSION,
    shownIn: 'outlook-codes',
    role: c.role,
    code: c.code,
    texts: { ja: text, en: text },
    causes: c.causes,
    ...(c.symptom && { symptom: c.symptom }),
    ...(c.definite && { definite: c.definite }),
  };
});

const RELAY_PAGE = 'https://support.office.com/en-us/article/i-receive-a-550-553-or-relay-prohibited-error-when-sending-email-messages-65b494a4-0a15-433e-829f-e73651e0245e';
const HEHAO_OP25B = 'http://hehao1.seesaa.net/article/44145698.html';
const HEHAO_POP_BEFORE = 'http://hehao1.seesaa.net/article/44852088.html';

/** Dialog texts with a source; the source's app and version are in `version`. */
const TEXT_ENTRIES: readonly MessageEntry[] = [
  {
    id: 'ol-relay-denied',
    app: 'outlook',
    version: 'Outlook 2013 to Microsoft 365 (the same text in Outlook 2000 to 2003)',
    shownIn: 'outlook-2013-365',
    role: 'send',
    code: '0x800CCC79',
    symptom: 'relay-denied',
    texts: {
      en: {
        text: "The message could not be sent because one of the recipients was rejected by the server. The rejected email address was '{address}'. Subject: '{subject}', Account: '{account}', Server: '{server}', Protocol: SMTP, Server Response: '{response}', Port: {port}, Secure (SSL): No, Server Error: 550, Error Number: 0x800CCC79.",
        source: { page: RELAY_PAGE, by: 'vendor' },
        shownIn: 'outlook-2013-365-and-2000-2003',
      },
      ja: {
        text: 'いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。 拒否された電子メール アドレスは、"{address}" でした。 件名: \'{subject}\',Account: \'{account}\', Server: \'{server}\', Protocol: SMTP, Server Response: \'{response}\', ポート: {port}, Secure (SSL): いいえ, サーバー エラー: 550, エラー番号: 0x800CCC79。',
        source: {
          page: 'https://support.microsoft.com/ja-jp/office/65b494a4-0a15-433e-829f-e73651e0245e',
          by: 'vendor-translated',
          note: 'Microsoft’s Japanese article text, machine-translated with English labels; the Japanese dialog may read differently',
        },
      },
    },
    causes: ['out-auth-off', 'registration-missing', 'mails-without-virus-check'],
  },
  {
    id: 'ol-connection-dropped',
    app: 'outlook',
    version: 'Outlook Express (Microsoft KB 278637; the same text reported for Outlook); Japanese: Outlook Express',
    shownIn: 'outlook-express',
    role: 'either',
    code: '0x800CCC0F',
    symptom: 'times-out',
    texts: {
      en: {
        text: "Your server has unexpectedly terminated the connection. Possible causes for this include server problems, network problems, or a long period of inactivity. Account: '{account}', Server: '{server}', Protocol: POP3, Port: {port}, Secure (SSL): No, Error Number: 0x800CCC0F",
        source: { page: 'https://cave.servium.ch/mirror/ftp.zx.net.nz/archive/ftp.microsoft.com/MISC/KB/en-us/278/637.HTM', by: 'vendor' },
        shownIn: 'outlook-express-and-outlook',
      },
      ja: {
        text: "サーバーは接続を解除しました。サーバーまたはネットワークに問題があるか、またはアイドル時間が長すぎた可能性があります。件名: '{subject}', アカウント: '{account}', サーバー: '{server}', プロトコル: SMTP, ポート: {port}, セキュリティ (SSL): なし, ソケットエラー: 10054, エラー番号: 0x800CCC0F",
        source: { page: HEHAO_OP25B, by: 'quoted', note: 'a blog quoting the dialog (secondary)' },
      },
    },
    causes: ['port-25-blocked', 'port-25-au-hikari', 'ssl-on-plain-port', 'no-ssl-on-ssl-port', 'antivirus-outgoing-check', 'network-restriction'],
  },
  {
    id: 'ol-connection-interrupted',
    app: 'outlook',
    version: 'Outlook 2002/2003 (the source says Outlook Express; the task form is Outlook’s)',
    shownIn: 'outlook-2002-2003-likely',
    role: 'send',
    code: '0x800CCC0F',
    symptom: 'times-out',
    texts: {
      ja: {
        text: "タスク '{account} - 送信中' はエラー (0x800CCC0F) を報告しました: 'サーバーへの接続が中断されました。この問題が引き続き起こる場合は、サーバー管理者かインターネットサービスプロバイダ (ISP) に連絡してください。サーバーが応答しました: {response}'",
        source: { page: HEHAO_POP_BEFORE, by: 'quoted', note: 'a blog quoting the dialog (secondary)' },
      },
    },
    causes: ['out-auth-off', 'antivirus-outgoing-check', 'ssl-on-plain-port'],
  },
  {
    id: 'ol-cannot-connect',
    app: 'outlook',
    version: 'Outlook (IMAP task, en); Outlook Express (ja)',
    shownIn: 'outlook-express',
    role: 'either',
    code: '0x800CCC0E',
    symptom: 'times-out',
    texts: {
      en: {
        text: 'Error: Cannot connect to the server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).',
        source: { page: 'https://pastebin.com/S7s8qyMN', by: 'quoted', note: 'a pasted Outlook error (secondary)' },
        shownIn: 'outlook-imap',
      },
      ja: {
        text: "サーバーへの接続は失敗しました。アカウント: '{account}', サーバー: '{server}', プロトコル: SMTP, ポート: {port}, セキュリティ (SSL): なし, ソケット エラー: 10051, エラー番号: 0x800CCC0E",
        source: { page: HEHAO_OP25B, by: 'quoted', note: 'a blog quoting the dialog (secondary)' },
      },
    },
    causes: ['port-25-blocked', 'port-25-au-hikari', 'port-not-offered', 'host-wrong-role', 'antivirus-outgoing-check', 'network-restriction'],
  },
  {
    id: 'ol-rejected-sender',
    app: 'outlook',
    version: 'Outlook 2002/2003',
    shownIn: 'outlook-2002-2003',
    role: 'send',
    code: '0x800CCC78',
    symptom: 'relay-denied',
    texts: {
      ja: {
        text: "タスク '{account} - 送信中' はエラー (0x800CCC78) を報告しました: 'メッセージを送信できません。アカウントのプロパティで電子メールアドレスが正しいことを確認してください。サーバーが応答しました: {response}'",
        source: { page: HEHAO_POP_BEFORE, by: 'quoted', note: 'a blog quoting the dialog (secondary)' },
      },
    },
    causes: ['out-auth-off', 'registration-missing', 'mails-without-virus-check'],
  },
  {
    id: 'ol-smtp-timeout',
    app: 'outlook',
    version: 'Outlook 2000/2003',
    shownIn: 'outlook-2000-2003',
    role: 'send',
    code: '0x8004210B',
    symptom: 'times-out',
    texts: {
      en: {
        text: "Task '{account} - Sending' reported error (0x8004210B): 'The operation timed out waiting for a response from the sending (SMTP) server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP). The server responded: {response}'",
        source: { page: 'http://www.theemailadmin.com/2009/11/troubleshooting-error-code-0x8004210b/', by: 'quoted', note: 'secondary' },
      },
    },
    causes: ['no-ssl-on-ssl-port', 'port-25-blocked', 'port-25-au-hikari', 'antivirus-outgoing-check', 'network-restriction'],
  },
  {
    id: 'ol-encryption-unsupported',
    app: 'outlook',
    version: 'Outlook 2010 to 2019',
    shownIn: 'outlook-2010-2019',
    role: 'either',
    code: '0x800CCC1A',
    symptom: 'secure-connection',
    texts: {
      en: {
        text: 'Your server does not support the connection encryption type you have specified. Try changing the encryption method. Contact your mail server administrator or Internet service provider (ISP).',
        source: { page: 'https://unixs.ru/?p=12038', by: 'quoted', note: 'secondary' },
      },
    },
    causes: ['ssl-on-plain-port', 'starttls', 'check-port-security'],
  },
  {
    id: 'ol-setup-no-encryption',
    app: 'outlook',
    version: 'Outlook (automatic account setup)',
    shownIn: 'outlook-setup',
    role: 'either',
    symptom: 'secure-connection',
    texts: {
      ja: {
        text: 'メール サーバーに対して、暗号化された接続を使用できません。',
        source: { page: 'https://blog.treedown.net/entry/2016/04/02/010000', by: 'quoted', note: 'a blog quoting the dialog (secondary)' },
      },
      en: {
        text: 'An encrypted connection to your mail server is not available',
        source: { page: 'https://irohastack.com/en/outlook-tls-ssl-error-en/', by: 'quoted', note: 'secondary' },
      },
    },
    causes: ['no-ssl-on-ssl-port', 'check-port-security'],
  },
];

export const OUTLOOK: readonly MessageEntry[] = [...CODE_ENTRIES, ...TEXT_ENTRIES];
