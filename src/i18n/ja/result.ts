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
