/**
 * iPhone・iPadの「メール」の手順（src/walkthrough/guides/ios-mail.ts）。Every word in 「」 and
 * every drawn label that is not marked `described` in the guide is Apple's own string, taken
 * from src/walkthrough/apple-strings.ts (sources there and in docs/apps.md §5): written once,
 * so the steps, the drawings and the value cards show one form of each label. What no stored
 * string names (the iOS 18 path, the IMAP/POP switch, some screens' titles, the buttons drawn as
 * icons in the test part) is described, not quoted.
 */
import * as A from '../../../walkthrough/apple-strings';
import { ja as q, labelText } from '../../../walkthrough/apple-strings';

const t = (label: A.AppleLabel) => labelText(label, 'ja');
const auth = { 'normal-password': t(A.iosAuthPassword), apop: t(A.iosAuthApop) };
const sendAuth = { 'smtp-auth': t(A.iosAuthPassword), 'pop-before-smtp': '認証を使わない設定' };
const login = { host: { label: t(A.iosHostName) }, userName: { label: t(A.iosUserName) }, password: { label: t(A.iosPassword) } };

export default {
  variants: {
    'ios-18': 'iOS 18以降・iPadOS 18以降',
    'ios-17': 'iOS 14〜17・iPadOS 14〜17',
  },
  variantHints: {
    'ios-18': `${q(A.iosSettings)}を開いても${q(A.iosMail)}が見当たらず、いちばん下にあるアプリの一覧の中にある場合は、こちらです。アプリの一覧とメールアカウントの一覧の名前は、Appleの文字列で確かめられなかったため、説明で示しています。`,
    'ios-17': `${q(A.iosSettings)}の一覧に${q(A.iosMail)}がある場合は、こちらです。`,
  },
  labelsNote:
    '「」で囲んだ項目名やボタン名は、AppleがiOS 15の画面に使っている文字列から引用しています（アカウントの設定画面の項目名はiOS 15.6.1のもの）。ほかのバージョンでは表示が異なる場合があります。',
  steps: {
    addOpen18: `${q(A.iosSettings)}を開き、いちばん下にあるアプリの一覧から${q(A.iosMail)}を選びます。メールアカウントの一覧を開き、${q(A.iosAddAccount)}をタップします。`,
    addOpen17: `${q(A.iosSettings)}を開き、${q(A.iosMail)}を選びます。${q(A.iosAccounts)}をタップし、${q(A.iosAddAccount)}をタップします。`,
    addOther: `${q(A.iosOther)}をタップし、${q(A.iosAddMailAccount)}をタップします。`,
    addNewAccount: `${q(A.iosNewAccount)}の画面で次のとおり入力し、${q(A.iosNext)}をタップします。${q(A.iosDescription)}は一覧に表示される名前で、お好みで変えられます。`,
    addServers: `次の画面でPOPを選び、${q(A.iosIncomingMailServer)}と${q(A.iosOutgoingMailServer)}を次のとおり入力して、${q(A.iosSave)}をタップします。${q(A.iosOutgoingMailServer)}の${q(A.iosUserName)}と${q(A.iosPassword)}は入力しなくてもよい項目として表示されますが、送信にはSMTP認証が必要なため、受信と同じものを必ず入力してください。`,
    addInsecure: `暗号化しない設定を選んだため、${q(A.iosCannotConnectUsingSsl)}と表示され、${q(A.iosSetupWithoutSsl)}と聞かれることがあります。この設定で続ける場合だけ、先に進んでください。`,
    addSaved: 'iPhoneやiPadが設定を確かめ、アカウントが保存されます。ポート番号とSSLは、この画面では設定できないため、続けてアカウントの画面で設定します。',
    addReopen18: `${q(A.iosSettings)}のアプリの一覧から${q(A.iosMail)}を選び、メールアカウントの一覧から、追加したアカウントをタップします。`,
    addReopen17: `${q(A.iosSettings)}の${q(A.iosMail)}で${q(A.iosAccounts)}をタップし、追加したアカウントをタップします。`,
    addAdvanced: `アカウントの画面をいちばん下まで動かし、${q(A.iosAdvanced)}をタップします。${q(A.iosIncomingSettings)}を次のとおりにして、アカウントの画面に戻ります。`,
    apopMissing:
      'Appleの設定プロファイルの説明では、受信の認証の方式にAPOPはありません。認証の一覧にAPOPがない場合は、接続を暗号化する設定（SSL/TLS）に切り替えることをおすすめします。',
    addSmtp: `アカウントの画面の${q(A.iosOutgoingMailServer)}の下でSMTPの項目をタップし、${q(A.iosPrimaryServer)}の下のサーバーをタップします。次のとおり設定します。送信のポート番号とSSLは、${q(A.iosAdvanced)}ではなく、この画面にあります。`,
    addDone: `送信メールサーバーの画面で${q(A.iosDone)}をタップします。アカウントの画面に戻ってから、もう一度${q(A.iosDone)}をタップします。`,
    checkOpen18: `${q(A.iosSettings)}のアプリの一覧から${q(A.iosMail)}を選び、メールアカウントの一覧から、ASAHIネットのアカウントをタップします。`,
    checkOpen17: `${q(A.iosSettings)}の${q(A.iosMail)}で${q(A.iosAccounts)}をタップし、ASAHIネットのアカウントをタップします。`,
    checkAccount: `アカウントの画面で、${q(A.iosIncomingMailServer)}の項目を確かめます。違っていれば書き換えます。`,
    checkAdvanced: `画面をいちばん下まで動かして${q(A.iosAdvanced)}をタップし、次の項目を確かめます。違っていれば書き換えて、アカウントの画面に戻ります。`,
    checkSmtp: `${q(A.iosOutgoingMailServer)}の下でSMTPの項目をタップし、${q(A.iosPrimaryServer)}の下のサーバーをタップして、次の項目を確かめます。違っていれば書き換えます。`,
    checkDone: `書き換えた項目があれば、書き換えた画面ごとに${q(A.iosDone)}をタップし、最後にアカウントの画面でも${q(A.iosDone)}をタップして保存します。`,
    testWrite: `${q(A.iosMail)}を開き、新規メッセージを作成するボタンをタップします。宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。`,
    testSend: '送信するボタンをタップします。',
    testGet: '1分ほど待ってから、受信ボックスの一覧を下に引っ張って新しいメールを確かめ、送ったメールが届いたことを確かめます。',
  },
  screens: {
    newAccount: {
      title: t(A.iosNewAccount),
      fields: {
        name: { label: t(A.iosName) },
        address: { label: t(A.iosEmail) },
        password: { label: t(A.iosPassword) },
        description: { label: t(A.iosDescription), asahi: 'ASAHIネット' },
      },
    },
    servers: {
      title: 'メールサーバーの入力',
      groups: { incoming: t(A.iosIncomingMailServer), outgoing: t(A.iosOutgoingMailServer) },
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
      groups: { incoming: t(A.iosIncomingMailServer) },
      fields: { receiveHost: login.host, receiveUserName: login.userName, receivePassword: login.password },
    },
    advanced: {
      title: t(A.iosAdvanced),
      groups: { incoming: t(A.iosIncomingSettings) },
      fields: { useSsl: { label: t(A.iosUseSsl) }, auth: { label: t(A.iosAuthentication), ...auth }, port: { label: t(A.iosServerPort) } },
    },
    smtp: {
      title: '送信メールサーバーの画面',
      fields: {
        ...login,
        useSsl: { label: t(A.iosUseSsl) },
        auth: { label: t(A.iosAuthentication), ...sendAuth },
        port: { label: t(A.iosServerPort) },
      },
    },
  },
};
