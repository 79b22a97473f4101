/**
 * iPhone・iPadの「メール」の手順（src/walkthrough/guides/ios-mail.ts）。Every word in 「」 and
 * every drawn label that is not marked `described` in the guide is Apple's own string, taken
 * from src/walkthrough/apple-strings.ts (sources there and in docs/apps.md §5): written once,
 * so the steps, the drawings and the value cards show one form of each label. What no stored
 * string names (the iOS 18 path, the IMAP/POP switch, some screens' titles, the buttons drawn as
 * icons in the test part) is described, not quoted.
 */
import type { IosJa } from '../../../walkthrough/apple-strings';

/** Apple's label as is (a drawing's label, a value), and quoted in a sentence: only a recorded one type-checks. */
const t = (label: IosJa): string => label;
const q = (label: IosJa) => `「${label}」`;
const auth = { 'normal-password': t('パスワード'), apop: t('APOP (Authenticated POP)') };
const sendAuth = { 'smtp-auth': t('パスワード'), 'pop-before-smtp': '認証なし' };
const login = { host: { label: t('ホスト名') }, userName: { label: t('ユーザ名') }, password: { label: t('パスワード') } };

export default {
  variants: {
    'ios-18': 'iOS 18以降・iPadOS 18以降',
    'ios-17': 'iOS 14〜17・iPadOS 14〜17',
  },
  variantHints: {
    'ios-18': `${q('設定')}を開いても${q('メール')}が見当たらず、いちばん下にあるアプリの一覧の中にある場合は、こちらです。アプリの一覧とメールアカウントの一覧は、名前ではなく説明で示しています。`,
    'ios-17': `${q('設定')}の一覧に${q('メール')}がある場合は、こちらです。`,
  },
  labelsNote:
    '「」で囲んだ項目名やボタン名は、iOSの画面の文言です。アカウントの設定画面はiOS 16.6.1、そのほかはiOS 15のものです。ほかのバージョンでは表示が異なる場合があります。',
  steps: {
    addOpen18: `${q('設定')}を開き、いちばん下にあるアプリの一覧から${q('メール')}を選びます。メールアカウントの一覧を開き、${q('アカウントを追加')}をタップします。`,
    addOpen17: `${q('設定')}を開き、${q('メール')}を選びます。${q('アカウント')}をタップし、${q('アカウントを追加')}をタップします。`,
    addOther: `${q('その他')}をタップし、${q('メールアカウントを追加')}をタップします。`,
    addNewAccount: `${q('新規アカウント')}の画面で次のとおり入力し、${q('次へ')}をタップします。${q('説明')}は一覧に表示される名前で、お好みで変えられます。`,
    addServers: `次の画面でPOPを選び、${q('受信メールサーバ')}と${q('送信メールサーバ')}を次のとおり入力して、${q('保存')}をタップします。${q('送信メールサーバ')}の${q('ユーザ名')}と${q('パスワード')}は入力しなくてもよい項目として表示されますが、送信にはSMTP認証が必要なため、受信と同じものを必ず入力してください。`,
    addInsecure: `暗号化しない設定を選んだため、${q('SSLで接続できません')}と表示され、${q('アカウントをSSLなしで設定しますか?')}と聞かれることがあります。この設定で続ける場合だけ、先に進んでください。`,
    addSaved: 'iPhoneやiPadが設定を確かめ、アカウントが保存されます。ポート番号とSSLは、この画面では設定できないため、続けてアカウントの画面で設定します。',
    addReopen18: `${q('設定')}のアプリの一覧から${q('メール')}を選び、メールアカウントの一覧から、追加したアカウントをタップします。`,
    addReopen17: `${q('設定')}の${q('メール')}で${q('アカウント')}をタップし、追加したアカウントをタップします。`,
    addAdvanced: `アカウントの画面をいちばん下までスクロールし、${q('詳細')}をタップします。${q('受信設定')}を次のとおりにして、アカウントの画面に戻ります。`,
    apopMissing:
      'Appleの設定プロファイルの説明では、受信の認証の方式にAPOPはありません。認証の一覧にAPOPがない場合は、接続を暗号化する設定（SSL/TLS）に切り替えることをおすすめします。',
    addSmtp: `アカウントの画面の${q('送信メールサーバ')}の下でSMTPの項目をタップし、${q('プライマリサーバ')}の下のサーバーをタップします。次のとおり設定します。送信のポート番号とSSLは、${q('詳細')}ではなく、この画面にあります。`,
    addDone: `送信メールサーバーの画面で${q('完了')}をタップします。アカウントの画面に戻ってから、もう一度${q('完了')}をタップします。`,
    checkOpen18: `${q('設定')}のアプリの一覧から${q('メール')}を選び、メールアカウントの一覧から、ASAHIネットのアカウントをタップします。`,
    checkOpen17: `${q('設定')}の${q('メール')}で${q('アカウント')}をタップし、ASAHIネットのアカウントをタップします。`,
    checkAccount: `アカウントの画面で、${q('受信メールサーバ')}の項目を確かめます。違っていれば書き換えます。`,
    checkAdvanced: `画面をいちばん下までスクロールして${q('詳細')}をタップし、次の項目を確かめます。違っていれば書き換えて、アカウントの画面に戻ります。`,
    checkSmtp: `${q('送信メールサーバ')}の下でSMTPの項目をタップし、${q('プライマリサーバ')}の下のサーバーをタップして、次の項目を確かめます。違っていれば書き換えます。`,
    checkDone: `書き換えた項目があれば、書き換えた画面ごとに${q('完了')}をタップし、最後にアカウントの画面でも${q('完了')}をタップして保存します。`,
    testWrite: `${q('メール')}を開き、新規メッセージを作成するボタンをタップします。宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。`,
    testSend: '送信するボタンをタップします。',
    testGet: '1分ほど待ってから、受信ボックスの一覧を下に引いて更新し、送ったメールが届いたことを確かめます。',
  },
  screens: {
    newAccount: {
      title: t('新規アカウント'),
      fields: {
        name: { label: t('名前') },
        address: { label: t('メール') },
        password: { label: t('パスワード') },
        description: { label: t('説明'), asahi: 'ASAHIネット' },
      },
    },
    servers: {
      title: 'メールサーバーの入力',
      groups: { incoming: t('受信メールサーバ'), outgoing: t('送信メールサーバ') },
      fields: {
        protocol: { label: 'IMAPとPOPの切り替え', pop: 'POP' },
        receiveHost: login.host,
        receiveUserName: login.userName,
        receivePassword: login.password,
        sendHost: login.host,
        sendUserName: login.userName,
        sendPassword: login.password,
      },
    },
    account: {
      title: 'アカウントの画面',
      groups: { incoming: t('受信メールサーバ') },
      fields: { receiveHost: login.host, receiveUserName: login.userName, receivePassword: login.password },
    },
    advanced: {
      title: t('詳細'),
      fields: { useSsl: { label: t('SSLを使用') }, auth: { label: t('認証'), ...auth }, port: { label: t('サーバポート') } },
    },
    smtp: {
      title: '送信メールサーバーの画面',
      fields: {
        ...login,
        useSsl: { label: t('SSLを使用') },
        auth: { label: t('認証'), ...sendAuth },
        port: { label: t('サーバポート') },
      },
    },
  },
};
