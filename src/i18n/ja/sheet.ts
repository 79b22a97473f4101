/**
 * Copy that only the setup result shows: the personal settings sheet (the ID and address
 * fields, print), the notices, why these settings and the alternatives (the downloads' text
 * comes with their code: exports.ts).
 * Loaded with the setup flow's pages only (src/i18n/on-demand.ts); the words the other pages
 * share with the result (the apps' field labels, the app names) are in `result`.
 */
export default {
  identity: {
    heading: 'ASAHIネットIDとメールアドレスを入れて表示する（任意）',
    intro:
      'ASAHIネットIDとメールアドレスを入力すると、このページの設定値と設定手順に反映されます（結果のページでは、「すべての設定をコピー」とダウンロードするファイルにも反映されます）。入力しなくても設定はできます。',
    privacy:
      '入力した内容は、このページの中だけで使います。どこにも送信・保存せず、ページを閉じると消えます。',
    noPassword:
      'このページでパスワードをおたずねすることはありません。パスワードは、メールソフトに求められたときに、メールソフトにのみ入力してください。',
    clear: '入力したASAHIネットIDとメールアドレスを消す',
    id: {
      label: 'ASAHIネットID',
      hint: '例: {{example}}。メールアドレスではなくASAHIネットIDを、半角小文字で入力します。',
      changes: {
        'full-width': '全角文字を半角に変換しました。',
        hyphen: 'ハイフンに似た文字を半角のハイフン（-）に変換しました。',
        'upper-case': '大文字を小文字に変換しました。',
        spaces: '空白を取り除きました。',
      },
      issues: {
        'looks-like-address':
          'メールアドレスが入力されています。ユーザー名はメールアドレスではなくASAHIネットIDです。ASAHIネットIDを確かめて入力してください。',
        'looks-like-address-suggestion':
          'メールアドレスが入力されています。ユーザー名はメールアドレスではなくASAHIネットIDです。ASAHIネットIDは「{{suggestion}}」ではありませんか。',
        useSuggestion: '「{{suggestion}}」をASAHIネットIDとして入力する',
        'invalid-characters':
          'ASAHIネットIDに使えない文字が含まれています。ASAHIネットIDは、半角の英小文字・数字・ハイフン（-）でできています。',
      },
    },
    address: {
      label: 'メールアドレス',
      hint: '例: {{example}}',
      changes: {
        'full-width': '全角文字を半角に変換しました。',
        hyphen: 'ハイフンに似た文字を半角のハイフン（-）に変換しました。',
        'upper-case': '「@」より後ろ（ドメイン）の大文字を小文字に変換しました。',
        spaces: '空白を取り除きました。',
      },
      errors: {
        atson:
          '「ASAHIネットID@atson.net」はメールアドレスとして使えません。ASAHIネットメールやマイメールアドレスなど、お使いのメールアドレスを入力してください。',
        'not-an-address':
          'メールアドレスの形になっていません。「{{example}}」のように、「@」の前と後ろを続けて入力してください。',
      },
      kind: 'このメールアドレスは「{{kind}}」です。',
      userNameReminder: 'どの種類のメールアドレスでも、ユーザー名はASAHIネットIDです。',
      kinds: {
        'asahinet-mail': 'ASAHIネットメール',
        'my-email': 'マイメールアドレス',
        'own-domain': '独自ドメインメールアドレス',
        'id-address': 'ID宛メールアドレス',
      },
    },
  },
  print: {
    button: 'この設定を印刷する',
    heading: 'ASAHIネット メール設定シート',
    printedOn: '印刷した日: {{date}}',
    pageUrl: 'このページのアドレス: {{url}}',
    code: '設定コード: {{code}}',
    notEntered: '（ここに書き込んでください）',
    password: 'パスワードは、このシートに書き込まないでください。',
  },
  notices: {
    'registration-not-registered': {
      title: '先に「拡張サービス利用設定」を登録してください',
      body: 'メールの送信に必要なSMTP認証は、「拡張サービス利用設定」を登録したASAHIネットIDでのみ使えます。登録が済むまでは、この設定でメールを送信できません。',
    },
    'registration-unsure': {
      title: '設定の前に「拡張サービス利用設定」の登録状況を確認してください',
      body: 'SMTP認証は「拡張サービス利用設定」を登録したASAHIネットIDで使えるため、登録が済むまでは、この設定でメールを送信できません。',
    },
    'antivirus-checks-outgoing': {
      title: '送信に失敗したときは、ウイルス対策ソフトの送信メールチェック機能を無効にしてください',
      body: '送信メールチェック機能が有効だと、SMTP認証での送信に失敗することがあります。無効にする方法は、ソフトの説明書をご覧ください。ASAHIネットのページでは例として、ウイルスバスター2003では「ウイルス検索を無効」に、Norton Internet Security 2003では「電子メール保護を無効、Auto-Protectを有効」に設定する方法が挙げられています。',
    },
    'antivirus-unsure': {
      title: '送信に失敗したときは、ウイルス対策ソフトを確認してください',
      body: 'ウイルス対策ソフトやファイアウォールソフトの送信メールチェック機能が有効だと、SMTP認証での送信に失敗することがあります。その場合は、ソフトの説明書にしたがって送信メールチェック機能を無効にしてください。',
    },
    'new-outlook': {
      title: '新しいOutlookでは、メールがMicrosoftのクラウドを経由することがあります',
      body: 'Microsoftのヘルプによると、Microsoft以外のアカウントをMicrosoftのクラウドと同期すると、メールのコピーが、お使いのメールサービスとMicrosoftのデータセンターの間で同期されます。報道やブログによると、新しいOutlookはASAHIネットのサーバーに直接つながらず、Microsoftのサーバーが代わりにメールを送受信するため、ASAHIネットIDとパスワードもMicrosoftに預けることになります。新しいOutlookがどの設定に対応しているかはMicrosoftが説明していないため、従来のOutlookやThunderbirdなど、ほかのメールソフトをおすすめします。',
    },
    'ssl-unsure': {
      title: 'SSL/TLSを選べないときは',
      body: '安全なSSL/TLSの設定をご案内しています。メールソフトにSSL/TLSの項目がなく接続できないときは、下の「ほかに使える設定」にある暗号化しない設定を使ってください。',
    },
    'plain-password': {
      title: '受信のときにパスワードが暗号化されません',
      body: 'この設定ではSSL/TLSもAPOPも使わないため、受信のときにパスワードが暗号化されずに送られます。ASAHIネットが推奨する「SMTP認証＋POP over SSL/TLS＋SMTP over SSL/TLS」に対応したメールソフトへの切り替えをおすすめします。',
    },
    'apop-unsure': {
      title: 'APOPを選べるなら、そちらが安全です',
      body: '受信の認証方式でAPOPを選べる場合は、APOPを選んでください。パスワードが暗号化されて送られます。Thunderbirdでは、認証方式の「暗号化されたパスワード認証」でAPOPを使えます。',
    },
    'virus-check-unsure': {
      title: '「おまかせウイルスチェック」を契約している場合は、送信メールサーバーが違います',
      body: '下の設定は、契約していない場合のものです。契約している場合は、送信メールサーバーを{{host}}にしてください。',
    },
    'pop-before-smtp': {
      title: 'このメールソフトでは送信できないおそれがあります',
      body: 'ASAHIネットでは、メールの送信にSMTP認証を使うようご案内しています。SMTP認証に対応していないメールソフトでは「POP before SMTP」で送信します。送信する前に、メールを受信してください。ASAHIネットのPOP before SMTPのページによると、受信してから{{minutes}}分間は送信できます。',
      servers:
        '同じページによると、POP before SMTPのサーバーはSSL/TLSに対応していないため、受信も暗号化せずに行います。また、POP before SMTPではメールソフトのメールサーバーの設定を変える必要があり、その詳細も同じページに載っています。下の送信メールサーバーとポート番号は、ASAHIネットの標準の設定です。',
      switch: 'それでも送信できないことがあるため、SMTP認証に対応したメールソフトへの切り替えをおすすめします。',
      link: 'ASAHIネットのPOP before SMTPのページ（英語）',
    },
    'smtp-auth-unsure': {
      title: '送信メールサーバーの認証（SMTP認証）をオンにしてください',
      body: 'ASAHIネットのメール送信にはSMTP認証が必要です。送信メールサーバーの設定で認証をオンにして、受信と同じユーザー名とパスワードを使ってください。',
    },
    'au-hikari-port-25': {
      title: 'auひかり回線からは25番ポートを使えません',
      body: '送信のポート番号には、下の設定のとおり{{port}}を使ってください。',
    },
    op25b: {
      title: '25番ポートではなく、下の設定のポート番号を使ってください',
      body: 'ASAHIネット以外のネットワーク（ほかのプロバイダー、モバイル回線、公衆Wi-Fiなど）では、25番ポートからのメール送信が制限されている（Outbound Port 25 Blocking）場合があります。下の設定は25番ポートを使わないため、この制限を受けません。ただし、ネットワークによってはメールサーバーの利用そのものが制限されていて、送信できない場合があります。',
    },
  },
  why: {
    heading: 'この設定をおすすめする理由',
    ssl: 'お使いのメールソフトはSSL/TLSに対応しているため、メールソフトとASAHIネットのメールサーバーの間の接続を送信でも受信でも暗号化する「SMTP認証＋POP over SSL/TLS＋SMTP over SSL/TLS」をおすすめします。ASAHIネットが推奨する組み合わせです。',
    sslAssumed: 'SSL/TLSに対応しているかわからないため、ASAHIネットが推奨する安全な組み合わせ「SMTP認証＋POP over SSL/TLS＋SMTP over SSL/TLS」をご案内しています。',
    apop: 'お使いのメールソフトはSSL/TLSに対応していないため、受信はパスワードを暗号化するAPOPで行い、送信はSMTP認証で行います。',
    plain: 'お使いのメールソフトはSSL/TLSに対応していないため、暗号化しない受信と、SMTP認証での送信をご案内しています。',
    port587: '送信のポート番号{{port}}（サブミッションポート）は、25番ポートでの送信が制限されたネットワークからも使えます。',
    virusCheck: '「おまかせウイルスチェック」を契約しているため、送信メールサーバーは{{host}}です。',
    popBeforeSmtpApop:
      'お使いのメールソフトはSMTP認証に対応していないため、送信は「POP before SMTP」で行います。POP before SMTPのサーバーはSSL/TLSに対応していないため、受信は暗号化しないポート番号{{receivePort}}で、パスワードを暗号化するAPOPを使って行います。',
    popBeforeSmtpPlain:
      'お使いのメールソフトはSMTP認証に対応していないため、送信は「POP before SMTP」で行います。POP before SMTPのサーバーはSSL/TLSに対応していないため、受信は暗号化しないポート番号{{receivePort}}で行います。',
  },
  alternatives: {
    heading: 'ほかに使える設定',
    intro: 'おすすめの設定でうまくいかない場合は、次の設定も使えます。',
    reasons: {
      unencrypted: '接続が暗号化されないため、おすすめの設定より安全性が下がります。メールソフトがSSL/TLSに対応していない場合にだけ使ってください。',
      'plain-password': 'パスワードそのものが暗号化されずに送られます。APOPで受信できない場合にだけ使ってください。',
      'ssl-only-host': 'SSL/TLS専用の送信メールサーバーです。おすすめの設定と同じく、接続が暗号化されます。',
      'port-25': '一般的な送信の設定で、接続は暗号化されません。auひかり回線からは使えず、ほかのネットワークでも制限されている場合があります。',
      'no-virus-check': '標準の送信メールサーバーです。おすすめの設定の送信メールサーバーは、ASAHIネットのページで「おまかせウイルスチェック」を契約している場合のサーバーとして案内されています。',
    },
  },
} as const;
