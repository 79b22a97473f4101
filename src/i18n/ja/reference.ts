export default {
  title: 'メールサーバーの設定一覧',
  intro:
    'ASAHIネットのメールをメールソフトで送受信するための設定値です。どの値を使えばよいか迷うときは、質問に答えて設定を確かめてください。',
  startSetup: '質問に答えて自分の設定を確かめる',
  account: {
    heading: 'アカウント',
    userName: 'ユーザー名（メールアカウント）',
    userNameValue: 'ASAHIネットID（例: {{example}}）',
    userNameRule:
      'ユーザー名は、メールアドレスではなくASAHIネットIDです。ほかのドメインのメールアドレスを使う場合も同じです。ASAHIネットのページの例と同じく、半角小文字で入力することをおすすめします。',
    password: 'パスワード',
    passwordValue: 'ASAHIネットIDのパスワード',
    passwordNote: 'ASAHIネットのページでは、メールパスワードの欄に「すべて半角小文字で設定」と書かれています。',
    copyExampleId: '例のID',
  },
  receive: {
    heading: '受信メールサーバー（POP3）',
  },
  send: {
    heading: '送信メールサーバー（SMTP）',
  },
  table: {
    host: 'サーバー名',
    port: 'ポート番号',
    security: '接続の保護（暗号化）',
    note: '説明',
    copyHost: '{{role}}サーバー名（{{host}}）',
    copyPort: '{{host}}のポート番号（{{port}}）',
    roleReceive: '受信メール',
    roleSend: '送信メール',
  },
  security: {
    'ssl-tls': 'SSL/TLS',
    none: 'なし',
  },
  /** The source page's footnote mark, before the note it marks. */
  noteMark: '※{{n}}',
  notes: {
    '1': '接続を暗号化して受信する設定（POP over SSL/TLS）です。おすすめの設定です。',
    '2': '暗号化しない受信の設定です。パスワードを暗号化して送るAPOP認証方式を使えます。',
    '3': '接続を暗号化して送信する設定（SMTP over SSL/TLS）です。おすすめの設定です。',
    '4': 'サブミッションポートです。暗号化はしません。25番ポートが制限されたネットワーク（Outbound Port 25 Blocking）からも送信できます。',
    '5': '一般的な送信の設定です。暗号化はしません。auひかり回線からは使えません。ほかのネットワークでも制限されている場合があります。',
    '6': '「おまかせウイルスチェック」を契約している場合の送信メールサーバーです。',
  },
  starttls: {
    heading: 'STARTTLS・STLSには対応していません',
    body:
      '接続の保護は、ポート番号{{sslPorts}}では「SSL/TLS」、{{plainPorts}}では「なし」を選んでください。「STARTTLS」を選ぶと接続できません。「自動」も、メールソフトがどれを使うかわからないため、選ばないことをおすすめします。',
  },
  addresses: {
    heading: 'メールアドレス',
    intro: 'メールアドレスの欄には、お客様のメールアドレスを入力します。ASAHIネットのメールアドレスには次の種類があります。',
    kind: '種類',
    example: '例',
    kinds: {
      'asahinet-mail': 'ASAHIネットメール',
      'my-email': 'マイメールアドレス',
      'own-domain': '独自ドメインメールアドレス',
      'id-address': 'ID宛メールアドレス',
    },
    atson: '「ASAHIネットID@atson.net」はメールアドレスとして使えません。',
  },
  extended: {
    heading: 'おすすめの組み合わせ',
    recommended: 'SMTP認証 ＋ POP over SSL/TLS ＋ SMTP over SSL/TLS',
    recommendedBody:
      'メールソフトが対応していれば、この組み合わせを使ってください。送信でも受信でも、メールソフトとASAHIネットのメールサーバーの間の接続が暗号化されます。',
    other: 'SMTP認証 ＋ APOP認証方式（またはPOP）',
    otherBody:
      'SSL/TLSに対応していないメールソフトでは、APOP（または通常のPOP）で受信し、SMTP認証で送信します。',
    smtpAuth: 'メールを送信するときは、SMTP認証（ユーザー名とパスワードによる認証）が必要です。',
    ownConnection:
      'ASAHIネットのページによると、ASAHIネットのインターネット接続サービス経由の場合は、拡張設定（SMTP認証とSSL/TLS）を使わない従来の設定のままでも利用できます。ただし、メールソフトが拡張設定に対応している場合は、セキュリティの面からも有効にするよう案内されています。このガイドでも、拡張設定をおすすめします。',
    registration:
      'SMTP認証は「拡張サービス利用設定」を登録したASAHIネットIDで使えます。メールソフトを設定する前に、登録状況を確認してください。',
  },
  antivirus: {
    heading: 'ウイルス対策ソフトをお使いの場合',
    body:
      'ウイルス対策ソフトやファイアウォールソフトの送信メールチェック機能が有効になっていると、SMTP認証での送信に失敗することがあります。その場合は、ソフトの説明書にしたがって送信メールチェック機能を無効にしてください。',
  },
} as const;
