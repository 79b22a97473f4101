/** Copy for the result page of the setup flow. */
export default {
  title: 'お客様のメール設定',
  intro: '{{app}}に、次のとおり設定してください。',
  introGeneric: 'お使いのメールソフトに、次のとおり設定してください。',
  /** Short app names for sentences (the answer labels are not written to be glued into one). */
  appNames: {
    outlook: '従来のOutlook',
    'new-outlook': '新しいOutlook for Windows',
    thunderbird: 'Thunderbird',
    'apple-mail': 'Macの「メール」',
    'ios-mail': 'iPhone・iPadの「メール」',
    android: 'Androidのメールソフト',
    becky: 'Becky! Internet Mail',
  },
  code: '設定コード: {{code}}',
  codeHint: 'サポートにお問い合わせの際は、この設定コードをお伝えください。',
  account: {
    heading: 'ユーザー名とパスワード',
    userNameRule:
      'ユーザー名はASAHIネットIDです。メールアドレスではありません（ほかのドメインのメールアドレスを使う場合も同じです）。ASAHIネットのページの例と同じく、半角小文字で入力することをおすすめします。',
    userNameValue: 'ASAHIネットID（例: {{example}}）',
    passwordValue: 'ASAHIネットIDのパスワード（受信と送信で同じ）',
    passwordNote: 'ASAHIネットのページでは、メールパスワードの欄に「すべて半角小文字で設定」と書かれています。',
  },
  summary: {
    heading: '設定の要点',
    ssl: '（ポート番号{{port}}、接続の保護: SSL/TLS）',
    none: '（ポート番号{{port}}、接続の保護: なし）',
  },
  receive: { heading: '受信メールサーバー（POP3）' },
  send: { heading: '送信メールサーバー（SMTP）' },
  copyWhat: {
    receiveHost: '受信メールサーバー名',
    receivePort: '受信ポート番号',
    receiveSecurity: '受信の接続の保護',
    receiveAuth: '受信の認証方式',
    sendHost: '送信メールサーバー名',
    sendPort: '送信ポート番号',
    sendSecurity: '送信の接続の保護',
    sendAuth: '送信の認証',
    userName: 'ユーザー名',
    emailAddress: 'メールアドレス',
  },
  actions: {
    copyAllWhat: 'すべての設定',
  },
  /** The "Copy all" sheet: each line stands alone when pasted into a note. */
  sheet: {
    heading: 'ASAHIネット メール設定（設定コード: {{code}}）',
    receiveLine: '【受信メールサーバー】{{label}}: {{value}}',
    sendLine: '【送信メールサーバー】{{label}}: {{value}}',
    userName: 'ユーザー名',
    password: 'パスワード',
    emailAddress: 'メールアドレス',
    emailAddressValue: 'お使いのメールアドレス',
  },
} as const;
