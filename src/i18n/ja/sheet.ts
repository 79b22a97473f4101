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
  /**
   * Field and value names as each app shows them (docs/copy-style.md §4). A name in 「」 is
   * verbatim; a name without 「」 in a set other than `generic` is verbatim where its source
   * says so, and otherwise describes the field. Sources beside each set.
   */
  labels: {
    /** Our own words, for apps without a set of their own. */
    generic: {
      receiveHost: 'サーバー名',
      sendHost: 'サーバー名',
      port: 'ポート番号',
      userName: 'ユーザー名',
      receiveSecurity: { label: '接続の保護（暗号化）', 'ssl-tls': 'SSL/TLS', none: 'なし' },
      sendSecurity: { label: '接続の保護（暗号化）', 'ssl-tls': 'SSL/TLS', none: 'なし' },
      receiveAuth: { label: '認証方式', 'normal-password': '通常のパスワード', apop: 'APOP（暗号化されたパスワード）' },
      sendAuth: {
        label: '送信の認証（SMTP認証）',
        'smtp-auth': '使う（受信と同じユーザー名とパスワード）',
        'pop-before-smtp': '使わない（POP before SMTP）',
      },
      tip: '接続の保護では「STARTTLS」は選ばないでください。「自動」も、メールソフトがどれを使うかわからないため、選ばないことをおすすめします。',
    },
    /**
     * Thunderbird, manual configuration when adding an account (128/140 ESR account setup tab;
     * the Account Hub of 141 and later uses the same words): mozilla-japan/gecko-l10n
     * ja/mail/messenger/accountcreation/accountSetup.ftl @19983023328c42b618f01824392b2bedcaa6244a
     * (account-setup-hostname-label, -port-label, -ssl-label, -auth-label, -username-label,
     * ssl-*-option, account-setup-button-manual-config). Checked 2026-12-01.
     */
    thunderbird: {
      receiveHost: 'ホスト名',
      sendHost: 'ホスト名',
      port: 'ポート番号',
      userName: 'ユーザー名',
      receiveSecurity: { label: '接続の保護', 'ssl-tls': 'SSL/TLS', none: 'なし' },
      sendSecurity: { label: '接続の保護', 'ssl-tls': 'SSL/TLS', none: 'なし' },
      receiveAuth: {
        label: '認証方式',
        'normal-password': '通常のパスワード認証',
        apop: '暗号化されたパスワード認証',
      },
      sendAuth: { label: '認証方式', 'smtp-auth': '通常のパスワード認証', 'pop-before-smtp': '認証なし' },
      tip: 'Thunderbirdが自動で見つけた設定は使わず、「手動設定」を押して次の値を入力してください。ThunderbirdにはASAHIネットの設定が登録されていないため、Thunderbirdは設定を推測します。推測された接続の保護が「STARTTLS」だと接続できません。',
    },
    /**
     * Classic Outlook for Windows, the "Internet E-mail Settings" dialog of Outlook 2016–2021 and
     * Microsoft 365 (「詳細設定」 → 「送信サーバー」 and 「詳細設定」 tabs). Microsoft's own pages
     * could not be read from here; the three quoted labels agree with the issue-10 report and
     * secondary sources (an Outlook-dialog mock in a public PowerShell script, and setup notes
     * quoting 「このサーバーでは暗号化された接続 (SSL/TLS) が必要」「使用する暗号化接続の種類」
     * 「送信サーバー (SMTP) は認証が必要」). The server, user-name and SPA field names are not
     * confirmed: they describe the field. Older versions list 「SSL」 where newer ones list
     * SSL/TLS (Japanese ISP guides, secondary). The newer Microsoft 365 account screens word it
     * differently (the tip says so). See also docs/apps.md §2 (issue 11), which found no
     * Microsoft page either.
     */
    outlook: {
      // Described as the guide's steps and drawings describe them (apps.outlook.screens.legacyAccount).
      receiveHost: '受信メールサーバーの名前を入れる欄',
      sendHost: '送信メールサーバーの名前を入れる欄',
      port: 'ポート番号を入れる欄',
      userName: 'アカウント名（ユーザー名）を入れる欄',
      receiveSecurity: {
        label: '「このサーバーでは暗号化された接続 (SSL/TLS) が必要」',
        'ssl-tls': 'オン（チェックを入れる）',
        none: 'オフ（チェックを外す）',
      },
      sendSecurity: { label: '「使用する暗号化接続の種類」', 'ssl-tls': 'SSL/TLS（古いバージョンでは「SSL」）', none: 'なし' },
      receiveAuth: {
        label: 'セキュリティで保護されたパスワード認証（SPA）のチェックボックス',
        'normal-password': 'オフ（チェックを外す）',
        apop: 'オフ（チェックを外す）',
      },
      sendAuth: {
        label: '「送信サーバー (SMTP) は認証が必要」',
        'smtp-auth': 'オン（受信メールサーバーと同じ設定を使う）',
        'pop-before-smtp': 'オフ（チェックを外す）',
      },
      tip: 'ここでの項目名は、従来の設定画面（「詳細設定」の「送信サーバー」タブと「詳細設定」タブ）のものです。Microsoft 365の新しいアカウント設定の画面には「詳細設定」タブがなく、受信と送信のそれぞれで、「暗号化方法」（SSL/TLSまたはなし）を選びます。どちらの画面でも「自動」や「STARTTLS」は選ばないでください。',
    },
    /**
     * Mail on the Mac, in Apple's words where they are known, as recorded with their sources in
     * src/walkthrough/apple-strings.ts (typed here again: this text is on every page, and the
     * module is not; src/walkthrough/apple-strings.test.ts holds each label to it; docs/apps.md
     * §4): 「TLS/SSLを使用」 and 「サーバ設定」 (macOS 12 Mail.framework CheckSSLSetting),
     * 「接続設定を自動的に管理」 and なし (HT204208), パスワード and APOP（Authenticated POP） (EmailCore).
     * The Server Settings tab's Japanese field names are not stored: described in our own words
     * (the generic set's), not quoted.
     */
    'apple-mail': {
      receiveHost: 'サーバー名',
      sendHost: 'サーバー名',
      port: 'ポート番号',
      userName: 'ユーザー名',
      receiveSecurity: { label: '「TLS/SSLを使用」', 'ssl-tls': 'オン', none: 'オフ' },
      sendSecurity: { label: '「TLS/SSLを使用」', 'ssl-tls': 'オン', none: 'オフ' },
      receiveAuth: { label: '認証の方式', 'normal-password': 'パスワード', apop: 'APOP（Authenticated POP）' },
      sendAuth: { label: '認証の方式', 'smtp-auth': 'パスワード', 'pop-before-smtp': 'なし' },
      tip: 'アカウントの「サーバ設定」で「接続設定を自動的に管理」のチェックを外すと、ポート番号と「TLS/SSLを使用」を設定できます。',
    },
    /**
     * Mail on iPhone and iPad, in Apple's words as recorded in src/walkthrough/apple-strings.ts
     * (typed again, as above; docs/apps.md §5): iOS 16.6.1's account settings (as in 15.6.1) (ホスト名, サーバポート,
     * ユーザ名, SSLを使用, オン, オフ, 認証, 送信メールサーバ, プライマリサーバ, パスワード), iOS 15's
     * 「その他」「メールアカウントを追加」 (AccountsUI) and authentication names (Message.framework). No
     * "None" among them: the value for POP before SMTP is described.
     */
    'ios-mail': {
      receiveHost: 'ホスト名',
      sendHost: 'ホスト名',
      port: 'サーバポート',
      userName: 'ユーザ名',
      receiveSecurity: { label: '「SSLを使用」', 'ssl-tls': 'オン', none: 'オフ' },
      sendSecurity: { label: '「SSLを使用」', 'ssl-tls': 'オン', none: 'オフ' },
      receiveAuth: { label: '認証', 'normal-password': 'パスワード', apop: 'APOP (Authenticated POP)' },
      sendAuth: { label: '認証', 'smtp-auth': 'パスワード', 'pop-before-smtp': '認証なし' },
      tip: 'アカウントを追加するときは「その他」→「メールアカウントを追加」を選び、POPを選んでください。送信のポート番号と「SSLを使用」は、アカウントの画面の「送信メールサーバ」→SMTP→「プライマリサーバ」で設定します。「送信メールサーバ」の「ユーザ名」と「パスワード」は入力しなくてもよい項目として表示されますが、送信にはSMTP認証が必要なため、受信と同じものを必ず入力してください。',
    },
    /**
     * Android's own Email app (AOSP; LineageOS/android_packages_apps_Email
     * res/values-ja/strings.xml @f67ba43a3af2a57d75b96ba68c274453ab5ac70c, 2024-02:
     * account_setup_incoming_server_label, account_setup_outgoing_smtp_server_label, *_port_label,
     * *_security_label, *_security_ssl_label, *_security_none_label, *_username_label,
     * account_setup_outgoing_require_login_label, pop3_name). That app has no incoming
     * authentication choice (it sends USER/PASS), so that row describes the field. Other
     * Android apps (the Gmail app) are not confirmed: the tip says so, with what Google and the
     * press say of Gmail and POP (docs/apps.md §6c).
     */
    android: {
      receiveHost: 'サーバー',
      sendHost: 'SMTPサーバー',
      port: 'ポート',
      userName: 'ユーザー名',
      receiveSecurity: { label: 'セキュリティの種類', 'ssl-tls': 'SSL/TLS', none: 'なし' },
      sendSecurity: { label: 'セキュリティの種類', 'ssl-tls': 'SSL/TLS', none: 'なし' },
      receiveAuth: { label: '受信の認証方式（選べる場合）', 'normal-password': '通常のパスワード', apop: 'APOP' },
      sendAuth: { label: '「ログインが必要」', 'smtp-auth': 'オン', 'pop-before-smtp': 'オフ' },
      tip: 'アカウントの種類は「個人用（POP3）」を選んでください。セキュリティの種類で「STARTTLS」は選ばないでください。ここでの項目名はAndroid標準の「メール」のものです。ほかのメールソフトでは表示が違う場合があります。Gmailアプリをお使いの場合は、次のこともご確認ください。Googleは2025年に、2026年1月からGmailでPOPを使ってほかのアカウントのメールを確認する機能のサポートを終了すると発表しました（Gmailヘルプ「Gmail の Gmailify と POP の今後の変更について」）。また報道によると、Gmailアプリでほかのメールサービスのアカウントを追加できるのはIMAPの場合です。ASAHIネットのアカウントを追加できない場合は、POP3のアカウントを追加できるThunderbird for Androidをおすすめします。',
    },
  },
} as const;
