/**
 * Macの「メール」の手順（src/walkthrough/guides/apple-mail.ts）。Words in 「」 and drawn labels
 * the guide does not mark `described` are Apple's, from src/walkthrough/apple-strings.ts
 * (macOS 12's strings; HT204208 for the menu path and 「接続設定を自動的に管理」; docs/apps.md §4).
 * The Mail app's own strings are not stored: the Server Settings tab's field names, the
 * add-account menu item, macOS 13's 設定 menu item, the sheets' titles and the buttons are
 * described.
 */
import type { MacJa } from '../../../walkthrough/apple-strings';

/** Apple's label as is (a drawing's label, a value), and quoted in a sentence: only a recorded one type-checks. */
const t = (label: MacJa): string => label;
const q = (label: MacJa) => `「${label}」`;
const auth = { 'normal-password': t('パスワード'), apop: t('APOP（Authenticated POP）') };
const sendAuth = { 'smtp-auth': t('パスワード'), 'pop-before-smtp': t('なし') };
const half = {
  userName: { label: 'ユーザー名の欄' },
  password: { label: 'パスワードの欄' },
  host: { label: 'ホスト名の欄' },
  manage: { label: t('接続設定を自動的に管理') },
  port: { label: 'ポート番号の欄' },
  tls: { label: t('TLS/SSLを使用') },
};

export default {
  variants: {
    'macos-13': 'macOS 13 Ventura以降',
    'macos-12': 'macOS 12 Monterey以前（10.12 Sierra以降）',
  },
  variantHints: {
    'macos-13': `macOS 13 Ventura以降の場合や、メニューバーの${q('メール')}に${q('環境設定')}がない場合は、こちらです。`,
    'macos-12': `メニューバーの${q('メール')}を開いて${q('環境設定')}がある場合は、こちらです。`,
  },
  labelsNote:
    '「」で囲んだ名前は、macOS 12の画面の文言か、Appleのサポートページに載っている名前です。それ以外の項目は、名前ではなく説明で示しています。',
  steps: {
    addOpen: `${q('メール')}を開き、メニューバーの${q('メール')}から、アカウントを追加する項目を選びます。メールサービスの一覧が表示されたら、いちばん下にある${q('その他のメールアカウント…')}を選んで先に進みます。`,
    addAccount: `名前、メールアドレス、パスワードを入力する画面で、次のとおり入力し、${q('サインイン')}を押します。`,
    addServers: `${q('メール')}が設定を自動で見つけられなかった場合は、メールサーバーの情報を入力する画面が表示されます。次のとおり入力し、もう一度${q('サインイン')}を押します。ユーザー名の欄にはメールアドレスではなくASAHIネットIDを入力してください。この画面にはポート番号や暗号化の欄がないため、アカウントを追加したあとで設定します。画面の項目は、macOSのバージョンによって異なることがあります。`,
    addCreated: `アカウントで使うアプリを選ぶ画面が表示された場合は、${q('メール')}が選ばれていることを確かめて、完了するボタンを押します。`,
    addSettings13: `続けて、ポート番号と暗号化を設定します。メニューバーの${q('メール')}から設定を開く項目を選び、${q('アカウント')}をクリックします。左の一覧で追加したアカウントを選び、${q('サーバ設定')}をクリックします。`,
    addSettings12: `続けて、ポート番号と暗号化を設定します。メニューバーの${q('メール')}から${q('環境設定')}を選び、${q('アカウント')}をクリックします。左の一覧で追加したアカウントを選び、${q('サーバ設定')}をクリックします。`,
    addServerSettings: `受信用と送信用の${q('接続設定を自動的に管理')}のチェックをそれぞれ外すと、ポート番号、${q('TLS/SSLを使用')}、認証の欄が表示されます。次のとおり設定してください。このチェックボックスが表示されない場合、Appleの説明では、そのメールアカウントの接続設定は常に自動で管理されます。`,
    apopMissing: `Appleのサポートページの説明では、${q('メール')}が試す認証の方式にAPOPは挙げられていません。認証のメニューにAPOPがない場合は、接続を暗号化する設定（SSL/TLS）に切り替えることをおすすめします。`,
    addSave: `保存するボタンを押します。${q('メール')}がメールサーバーに接続できるかを確かめてから、設定を保存します。`,
    checkSettings13: `メニューバーの${q('メール')}から設定を開く項目を選び、${q('アカウント')}をクリックします。左の一覧でASAHIネットのアカウントを選び、${q('サーバ設定')}をクリックします。`,
    checkSettings12: `メニューバーの${q('メール')}から${q('環境設定')}を選び、${q('アカウント')}をクリックします。左の一覧でASAHIネットのアカウントを選び、${q('サーバ設定')}をクリックします。`,
    checkServerSettings: `受信用と送信用の${q('接続設定を自動的に管理')}にチェックが入っている場合は外し、表示された欄も含めて次の項目を確かめます。違っていれば書き換えます。`,
    checkApopMissing: `受信の認証のメニューにAPOPがない場合は、Appleのサポートページの説明どおり${q('メール')}がAPOPに対応していない可能性があります。その場合は、接続を暗号化する設定（SSL/TLS）に切り替えることをおすすめします。`,
    checkSave: '書き換えた項目があれば、保存するボタンを押します。',
    testWrite: 'ツールバーの新規メッセージを作成するボタンを押し、宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。',
    testSend: '送信するボタンを押します。パスワードを聞かれたら、ASAHIネットIDのパスワードを入力します。',
    testGet: '1分ほど待ってから、ツールバーのメールを受信するボタンを押し、送ったメールが届いたことを確かめます。',
  },
  screens: {
    accountSheet: {
      title: 'アカウントの追加（名前とメールアドレス）',
      fields: { name: { label: t('名前:') }, address: { label: t('メールアドレス:') }, password: { label: t('パスワード:') } },
    },
    serverSheet: {
      title: 'アカウントの追加（メールサーバーの情報）',
      fields: {
        address: { label: t('メールアドレス:') },
        userName: { label: t('ユーザ名:') },
        password: { label: t('パスワード:') },
        accountType: { label: t('アカウントの種類:'), pop: 'POP' },
        receiveHost: { label: t('受信用メールサーバ:') },
        sendHost: { label: t('送信用メールサーバ:') },
      },
    },
    serverSettings: {
      title: t('サーバ設定'),
      groups: { incoming: '受信用メールサーバーの設定', outgoing: '送信用メールサーバーの設定' },
      fields: {
        receiveUserName: half.userName,
        receivePassword: half.password,
        receiveHost: half.host,
        receiveManage: half.manage,
        receivePort: half.port,
        receiveTls: half.tls,
        receiveAuth: { label: '認証の方式のメニュー', ...auth },
        sendUserName: half.userName,
        sendPassword: half.password,
        sendHost: half.host,
        sendManage: half.manage,
        sendPort: half.port,
        sendTls: half.tls,
        sendAuth: { label: '認証の方式のメニュー', ...sendAuth },
      },
    },
  },
};
