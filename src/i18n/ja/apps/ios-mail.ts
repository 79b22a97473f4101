/**
 * iPhone・iPadの「メール」の手順（src/walkthrough/guides/ios-mail.ts）。checked 2026-12-01,
 * docs/apps.md §5. No Apple page in Japanese for these screens was found: only 「設定」, 「メール」,
 * 「アカウントを追加」 and 「その他」 are quoted, because several independent Japanese guides agree
 * on them (macfan.book.mynavi.jp m43488, manual.xbit.jp, tslro.com for iPadOS 18); every field,
 * the Advanced and SMTP screens and the buttons are described. The value word パスワード for the
 * authentication is Apple's Japanese name on the Mac (support.apple.com/ja-jp/HT204208), assumed
 * the same on the iPhone: unconfirmed.
 */
const auth = { 'normal-password': 'パスワード', apop: 'APOP（一覧にない場合があります）' };
const sendAuth = { 'smtp-auth': 'パスワード', 'pop-before-smtp': 'なし' };
const ssl = 'SSLを使うかどうかのスイッチ';
const port = 'サーバーのポート番号の欄';

export default {
  variants: {
    'ios-18': 'iOS 18以降・iPadOS 18以降',
    'ios-17': 'iOS 14〜17・iPadOS 14〜17',
  },
  variantHints: {
    'ios-18': '「設定」を開いても「メール」が見当たらず、いちばん下にあるアプリの一覧の中にある場合は、こちらです。',
    'ios-17': '「設定」の一覧に「メール」がある場合は、こちらです。アカウントの項目より先の画面がiOS 18以降と同じかどうかは、本ガイドでは確かめられていません。',
  },
  steps: {
    addOpen18: '「設定」を開き、いちばん下にあるアプリの一覧から「メール」を選びます。メールアカウントの項目を開き、「アカウントを追加」をタップします。',
    addOpen17: '「設定」を開き、「メール」を選びます。アカウントの項目を開き、「アカウントを追加」をタップします。',
    addOther: 'メールサービスの一覧から「その他」を選び、メールアカウントを追加する項目をタップします。',
    addNewAccount: '新しいアカウントの画面で、次のとおり入力し、次に進むボタンをタップします。説明は一覧に表示される名前で、お好みで変えられます。',
    addServers:
      '次の画面でPOPを選び、受信メールサーバーと送信メールサーバーを次のとおり入力して、保存するボタンをタップします。送信メールサーバーのユーザー名とパスワードは入力しなくてもよい項目として表示されますが、送信にはSMTP認証が必要なため、受信と同じものを必ず入力してください。',
    addInsecure: '暗号化しない設定を選んだため、SSLを使わずに接続するかを確かめるメッセージが表示されることがあります。内容を読み、この設定で続ける場合だけ先に進んでください。',
    addSaved: 'iPhoneやiPadが設定を確かめ、アカウントが保存されます。ポート番号とSSLは、この画面では設定できないため、続けてアカウントの画面で設定します。',
    addReopen18: '「設定」のアプリの一覧から「メール」を選び、メールアカウントの項目から、追加したアカウントをタップします。',
    addReopen17: '「設定」の「メール」から、アカウントの項目を開き、追加したアカウントをタップします。',
    addAdvanced: 'アカウントの画面をいちばん下まで動かし、詳細設定の項目をタップします。受信の設定を次のとおりにして、アカウントの画面に戻ります。',
    apopMissing:
      'Appleの設定プロファイルの説明では、受信の認証の方式にAPOPはありません。認証の一覧にAPOPがない場合は、接続を暗号化する設定（SSL/TLS）に切り替えることをおすすめします。',
    addSmtp:
      'アカウントの画面の送信メールサーバーの欄でSMTPの項目をタップし、プライマリのサーバーをタップします。次のとおり設定します。送信のポート番号とSSLは、詳細設定ではなく、この画面にあります。',
    addDone: 'プライマリのサーバーの画面で完了するボタンをタップします。アカウントの画面に戻ってから、もう一度完了するボタンをタップします。',
    checkOpen18: '「設定」のアプリの一覧から「メール」を選び、メールアカウントの項目から、ASAHIネットのアカウントをタップします。',
    checkOpen17: '「設定」の「メール」から、アカウントの項目を開き、ASAHIネットのアカウントをタップします。',
    checkAccount: 'アカウントの画面で、受信メールサーバーの項目を確かめます。違っていれば書き換えます。',
    checkAdvanced: '画面をいちばん下まで動かして詳細設定の項目をタップし、次の項目を確かめます。違っていれば書き換えて、アカウントの画面に戻ります。',
    checkSmtp: '送信メールサーバーの欄でSMTPの項目をタップし、プライマリのサーバーをタップして、次の項目を確かめます。違っていれば書き換えます。',
    checkDone: '書き換えた項目があれば、書き換えた画面ごとに完了するボタンをタップし、最後にアカウントの画面でも完了するボタンをタップして保存します。',
    testWrite: '「メール」を開き、新規メッセージを作成するボタンをタップします。宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。',
    testSend: '送信するボタンをタップします。',
    testGet: '1分ほど待ってから、受信ボックスの一覧を下に引っ張って新しいメールを確かめ、送ったメールが届いたことを確かめます。',
  },
  screens: {
    newAccount: {
      title: '新しいアカウント',
      fields: {
        name: { label: '名前の欄' },
        address: { label: 'メールアドレスの欄' },
        password: { label: 'パスワードの欄' },
        description: { label: '説明の欄', asahi: 'ASAHIネット' },
      },
    },
    servers: {
      title: '新しいアカウント（メールサーバー）',
      groups: { incoming: '受信メールサーバー', outgoing: '送信メールサーバー' },
      fields: {
        protocol: { label: 'IMAPとPOPの切り替え', pop: 'POP' },
        receiveHost: { label: 'ホスト名の欄' },
        receiveUserName: { label: 'ユーザー名の欄' },
        receivePassword: { label: 'パスワードの欄' },
        sendHost: { label: 'ホスト名の欄' },
        sendUserName: { label: 'ユーザー名の欄（入力しなくてもよい項目として表示されます）' },
        sendPassword: { label: 'パスワードの欄（入力しなくてもよい項目として表示されます）' },
      },
    },
    account: {
      title: 'アカウントの画面',
      groups: { incoming: '受信メールサーバー' },
      fields: { receiveHost: { label: 'ホスト名の欄' }, receiveUserName: { label: 'ユーザー名の欄' }, receivePassword: { label: 'パスワードの欄' } },
    },
    advanced: {
      title: '詳細設定（受信の設定）',
      fields: { useSsl: { label: ssl }, auth: { label: '認証の方式の項目', ...auth }, port: { label: port } },
    },
    smtp: {
      title: 'プライマリのサーバー（送信メールサーバー）',
      fields: {
        host: { label: 'ホスト名の欄' },
        userName: { label: 'ユーザー名の欄' },
        password: { label: 'パスワードの欄' },
        useSsl: { label: ssl },
        auth: { label: '認証の方式の項目', ...sendAuth },
        port: { label: port },
      },
    },
  },
};
