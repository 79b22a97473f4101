/**
 * Copy for each step of the setup flow, keyed by step id (src/flow/steps.ts). The one app label
 * quoted here, 「SSLを使用」 (Mail on iPhone), comes from shared/SPEC.md §6 and issue 10.
 */
export default {
  registration: {
    title: '「拡張サービス利用設定」を登録していますか？',
    hint: 'メールの送信に必要なSMTP認証は、「拡張サービス利用設定」を登録したASAHIネットIDでのみ使えます。',
    options: {
      yes: '登録している',
      no: '登録していない',
      unsure: 'わからない',
    },
    summary: '拡張サービス利用設定',
    required: '登録済みかどうかを選んでください',
  },
  network: {
    title: 'メールを送るとき、どのネットワークからインターネットにつないでいますか？',
    hint: 'ネットワークによって、送信に使えるポート番号が違います。ASAHIネットのauひかりをお使いの場合は「auひかり回線」を選んでください。',
    options: {
      asahi: 'ASAHIネットのインターネット接続サービス（auひかり以外の回線）',
      'au-hikari': 'auひかり回線（ASAHIネットのauひかりも含みます）',
      other: 'ほかのプロバイダー、スマートフォンのモバイル回線、公衆Wi-Fiなど',
      unsure: 'わからない・いろいろな場所で使う',
    },
    summary: 'メールを送るときのネットワーク',
    required: '使っているネットワークを選んでください',
  },
  'virus-check': {
    title: '「おまかせウイルスチェック」を契約していますか？',
    hint: '契約している場合は、送信メールサーバーが変わります。',
    options: {
      yes: '契約している',
      no: '契約していない',
      unsure: 'わからない',
    },
    summary: 'おまかせウイルスチェック',
    required: '契約しているかどうかを選んでください',
  },
  antivirus: {
    title: 'ウイルス対策ソフトやファイアウォールソフトは、送信するメールをチェックしていますか？',
    hint: '送信メールチェック機能（名前はソフトによって違います）が有効だと、SMTP認証での送信に失敗することがあります。',
    options: {
      yes: 'チェックしている',
      no: 'チェックしていない（またはウイルス対策ソフトを使っていない）',
      unsure: 'わからない',
    },
    summary: '送信メールのチェック',
    required: '送信メールをチェックしているかどうかを選んでください',
  },
  client: {
    title: 'どのメールソフトを使いますか？',
    hint: 'Microsoftの案内によると、Windowsの「メール」アプリは2024年12月31日でサポートが終わり、それ以降はメールを送受信できません。ほかのメールソフトをお使いください。',
    options: {
      outlook: 'Outlook（Windows版の従来のOutlook）',
      'new-outlook': '新しいOutlook for Windows',
      thunderbird: 'Thunderbird',
      'apple-mail': 'Macの「メール」',
      'ios-mail': 'iPhone・iPadの「メール」',
      android: 'Androidのメールソフト（Gmailアプリなど）',
      becky: 'Becky! Internet Mail',
      other: 'そのほか・わからない',
    },
    summary: 'メールソフト',
    required: '使うメールソフトを選んでください',
  },
  'client-ssl': {
    title: 'そのメールソフトは、SSL/TLSで暗号化して接続できますか？',
    hint: 'サーバーの設定に「SSL/TLS」や「SSLを使用」という項目があれば「はい」です。「STARTTLS」しかない場合は「いいえ」を選んでください。',
    options: {
      yes: 'はい',
      no: 'いいえ',
      unsure: 'わからない',
    },
    summary: 'SSL/TLSでの接続',
    required: 'SSL/TLSで接続できるかどうかを選んでください',
  },
  'client-smtp-auth': {
    title: 'そのメールソフトで、送信メールサーバーのSMTP認証（ユーザー名とパスワードによる認証）を設定できますか？',
    hint: '送信メールサーバーの設定に、ユーザー名とパスワードで認証する項目があれば「はい」です。',
    options: {
      yes: 'はい',
      no: 'いいえ',
      unsure: 'わからない',
    },
    summary: 'SMTP認証',
    required: 'SMTP認証を設定できるかどうかを選んでください',
  },
  'client-apop': {
    title: '受信の認証方式にAPOPを選べますか？',
    hint: 'APOPを使うと、受信のときにパスワードが暗号化されて送られます。Thunderbirdでは、認証方式の「暗号化されたパスワード認証」でAPOPを使えます。',
    options: {
      yes: 'はい',
      no: 'いいえ',
      unsure: 'わからない',
    },
    summary: 'APOP',
    required: 'APOPを選べるかどうかを選んでください',
  },
} as const;
