/**
 * Macの「メール」の手順（src/walkthrough/guides/apple-mail.ts）。checked 2026-12-01, docs/apps.md §4.
 * Verbatim in 「」 and as picture labels, from support.apple.com/ja-jp/HT204208: 「メール」 (menu),
 * 「環境設定」, 「アカウント」, 「サーバ設定」, 「接続設定を自動的に管理」, and the authentication
 * names 「パスワード」「MD5」「NTLM」「Kerberos」「なし」. 「設定」 (macOS 13 and later): secondary
 * only (GoDaddy's Japanese help for Mail and kualo.com agree), as the issue states it.
 * Everything else (the add-account sheets, the port, TLS/SSL and authentication fields, the
 * buttons) is described, not quoted: no Apple page in Japanese naming them was found.
 */
const auth = { 'normal-password': 'パスワード', apop: 'APOP（一覧にない場合があります）' };
const sendAuth = { 'smtp-auth': 'パスワード', 'pop-before-smtp': 'なし' };

export default {
  variants: {
    'macos-13': 'macOS 13 Ventura以降',
    'macos-12': 'macOS 12 Monterey以前（10.12 Sierra以降）',
  },
  variantHints: {
    'macos-13': 'メニューバーの「メール」を開いて「設定」がある場合は、こちらです。',
    'macos-12': 'メニューバーの「メール」を開いて「環境設定」がある場合は、こちらです。',
  },
  steps: {
    addOpen:
      '「メール」を開き、メニューバーの「メール」から、アカウントを追加する項目を選びます。メールサービスの一覧が表示されたら、いちばん下にある、その他のメールアカウントを追加する項目を選んで先に進みます。',
    addAccount: '名前、メールアドレス、パスワードを入力する画面で、次のとおり入力し、サインインするボタンを押します。',
    addServers:
      '「メール」が設定を自動で見つけられなかった場合は、メールサーバーの情報を入力する画面が表示されます。次のとおり入力し、もう一度サインインするボタンを押します。ユーザー名にはメールアドレスではなくASAHIネットIDを入力してください。この画面にはポート番号や暗号化の欄がないため、アカウントを追加したあとで設定します。画面の項目は、macOSのバージョンによって異なることがあります。',
    addCreated: 'アカウントで使うアプリを選ぶ画面が表示された場合は、「メール」が選ばれていることを確かめて、完了するボタンを押します。',
    addSettings13: '続けて、ポート番号と暗号化を設定します。メニューバーの「メール」から「設定」を選び、「アカウント」をクリックします。左の一覧で追加したアカウントを選び、「サーバ設定」をクリックします。',
    addSettings12: '続けて、ポート番号と暗号化を設定します。メニューバーの「メール」から「環境設定」を選び、「アカウント」をクリックします。左の一覧で追加したアカウントを選び、「サーバ設定」をクリックします。',
    addServerSettings:
      '受信用と送信用の「接続設定を自動的に管理」のチェックをそれぞれ外すと、ポート番号、TLS/SSL、認証の欄が表示されます。次のとおり設定してください。このチェックボックスが表示されない場合、Appleの説明では、そのメールアカウントの接続設定は常に自動で管理されます。',
    apopMissing:
      'Appleの説明では、「メール」が試す認証の方式は「パスワード」「MD5」「NTLM」「Kerberos」「なし」で、APOPは挙げられていません。認証のメニューにAPOPがない場合は、接続を暗号化する設定（SSL/TLS）に切り替えることをおすすめします。',
    addSave: '保存するボタンを押します。「メール」がメールサーバーに接続できるかを確かめてから、設定を保存します。',
    checkSettings13: 'メニューバーの「メール」から「設定」を選び、「アカウント」をクリックします。左の一覧でASAHIネットのアカウントを選び、「サーバ設定」をクリックします。',
    checkSettings12: 'メニューバーの「メール」から「環境設定」を選び、「アカウント」をクリックします。左の一覧でASAHIネットのアカウントを選び、「サーバ設定」をクリックします。',
    checkServerSettings:
      '受信用と送信用の「接続設定を自動的に管理」にチェックが入っている場合は外し、表示された欄も含めて次の項目を確かめます。違っていれば書き換えます。',
    checkApopMissing:
      '受信の認証のメニューにAPOPがない場合は、Appleの説明どおり「メール」がAPOPに対応していない可能性があります。その場合は、接続を暗号化する設定（SSL/TLS）に切り替えることをおすすめします。',
    checkSave: '書き換えた項目があれば、保存するボタンを押します。',
    testWrite: 'ツールバーの新規メッセージを作成するボタンを押し、宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。',
    testSend: '送信するボタンを押します。パスワードを聞かれたら、ASAHIネットIDのパスワードを入力します。',
    testGet: '1分ほど待ってから、ツールバーのメールを受信するボタンを押し、送ったメールが届いたことを確かめます。',
  },
  screens: {
    accountSheet: {
      title: 'アカウントの追加（名前とメールアドレス）',
      fields: { name: { label: '名前の欄' }, address: { label: 'メールアドレスの欄' }, password: { label: 'パスワードの欄' } },
    },
    serverSheet: {
      title: 'アカウントの追加（メールサーバーの情報）',
      fields: {
        address: { label: 'メールアドレスの欄' },
        userName: { label: 'ユーザー名の欄' },
        password: { label: 'パスワードの欄' },
        accountType: { label: 'アカウントの種類のメニュー', pop: 'POP' },
        receiveHost: { label: '受信メールサーバーの欄' },
        sendHost: { label: '送信メールサーバーの欄' },
      },
    },
    serverSettings: {
      title: 'サーバ設定',
      groups: { incoming: '受信メールサーバーの設定', outgoing: '送信メールサーバーの設定' },
      fields: {
        receiveUserName: { label: 'ユーザー名の欄' },
        receivePassword: { label: 'パスワードの欄' },
        receiveHost: { label: 'ホスト名の欄' },
        receiveManage: { label: '接続設定を自動的に管理' },
        receivePort: { label: 'ポート番号の欄' },
        receiveTls: { label: 'TLS/SSLを使うかどうかのチェックボックス' },
        receiveAuth: { label: '認証の方式のメニュー', ...auth },
        sendUserName: { label: 'ユーザー名の欄' },
        sendPassword: { label: 'パスワードの欄' },
        sendHost: { label: 'ホスト名の欄' },
        sendManage: { label: '接続設定を自動的に管理' },
        sendPort: { label: 'ポート番号の欄' },
        sendTls: { label: 'TLS/SSLを使うかどうかのチェックボックス' },
        sendAuth: { label: '認証の方式のメニュー', ...sendAuth },
      },
    },
  },
};
