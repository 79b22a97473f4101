/** Copy for each step of the setup flow, keyed by step id (src/flow/steps.ts). */
export default {
  registration: {
    title: '「拡張サービス利用設定」は登録済みですか？',
    hint: 'メールの送信に必要な SMTP認証は、「拡張サービス利用設定」を登録した ASAHIネットID でだけ使えます。',
    options: {
      yes: '登録済みです',
      no: '登録していません',
      unsure: 'わからない',
    },
    summary: '拡張サービス利用設定',
    required: '登録済みかどうかを選んでください',
  },
  network: {
    title: 'メールを送るとき、どの回線でインターネットにつないでいますか？',
    hint: '回線によって、使える送信ポートが違います。',
    options: {
      asahi: 'ASAHIネットの接続サービス',
      'au-hikari': 'auひかり回線',
      other: 'ほかのプロバイダー、スマートフォンのモバイル回線、公衆 Wi-Fi など',
      unsure: 'わからない・いろいろな場所で使う',
    },
    summary: '接続している回線',
    required: '使っている回線を選んでください',
  },
  'virus-check': {
    title: '「おまかせウイルスチェック」を契約していますか？',
    hint: '契約している場合は、送信メールサーバーが変わります。',
    options: {
      yes: '契約しています',
      no: '契約していません',
      unsure: 'わからない',
    },
    summary: 'おまかせウイルスチェック',
    required: '契約しているかどうかを選んでください',
  },
  antivirus: {
    title: 'この端末のウイルス対策ソフトやファイアウォールソフトは、送信するメールをチェックしていますか？',
    hint: '「送信メールチェック」や「電子メール保護」などの機能が有効だと、送信に失敗することがあります。',
    options: {
      yes: 'チェックしています',
      no: 'チェックしていません（またはウイルス対策ソフトを使っていません）',
      unsure: 'わからない',
    },
    summary: '送信メールのチェック',
    required: '送信メールをチェックしているかどうかを選んでください',
  },
  client: {
    title: 'どのメールソフトを使いますか？',
    hint: 'Windows の「メール」アプリ（Windows メール）は 2024年末で使えなくなりました。ほかのメールソフトをお使いください。',
    options: {
      outlook: 'Outlook（Windows 版の従来の Outlook）',
      'new-outlook': '新しい Outlook for Windows',
      thunderbird: 'Thunderbird',
      'apple-mail': 'Mac の「メール」',
      'ios-mail': 'iPhone・iPad の「メール」',
      android: 'Android のメールアプリ（Gmail アプリなど）',
      becky: 'Becky! Internet Mail',
      other: 'そのほか・わからない',
    },
    summary: 'メールソフト',
    required: '使うメールソフトを選んでください',
  },
  'client-ssl': {
    title: 'そのメールソフトは「SSL/TLS」で接続できますか？',
    hint: 'サーバーの設定に「SSL/TLS」や「SSL を使用」という項目があれば「はい」です。「STARTTLS」しかない場合は「いいえ」を選んでください。',
    options: {
      yes: 'はい',
      no: 'いいえ',
      unsure: 'わからない',
    },
    summary: 'SSL/TLS での接続',
    required: 'SSL/TLS で接続できるかどうかを選んでください',
  },
  'client-smtp-auth': {
    title: 'そのメールソフトで、送信メールサーバーの「認証」（SMTP認証）を設定できますか？',
    hint: '「送信サーバーは認証が必要」「SMTP認証」などの項目があれば「はい」です。',
    options: {
      yes: 'はい',
      no: 'いいえ',
      unsure: 'わからない',
    },
    summary: 'SMTP認証',
    required: 'SMTP認証を設定できるかどうかを選んでください',
  },
  'client-apop': {
    title: '受信の認証方式に「APOP」や「暗号化されたパスワード」を選べますか？',
    hint: 'APOP を使うと、受信のときにパスワードが暗号化されて送られます。',
    options: {
      yes: 'はい',
      no: 'いいえ',
      unsure: 'わからない',
    },
    summary: 'APOP',
    required: 'APOP を選べるかどうかを選んでください',
  },
} as const;
