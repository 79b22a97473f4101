/**
 * Thunderbird's walkthrough (src/walkthrough/guides/thunderbird.ts). Every name in 「」 and
 * every field label is verbatim from thunderbird/thunderbird-l10n ja/mail/…
 * @5d7cde6f5d9237b64f7de733bb9fbb121055848a (files listed in docs/apps.md §1), checked
 * 2026-12-01; the ≡ button and the toolbar's place are described, not quoted.
 */
const security = { 'ssl-tls': 'SSL/TLS', none: 'なし' };

export default {
  variants: {
    release: 'Thunderbird 141以降',
    esr: 'Thunderbird 140 ESR・128 ESR',
  },
  variantHints: {
    release: '毎月更新される通常版です。アカウントの追加は「メールアドレスの追加」の画面で行います。',
    esr: '延長サポート版です。最初のアカウントは「アカウントのセットアップ」のタブで追加します。140 ESRで2つ目以降のアカウントを追加するときに「メールアドレスの追加」の画面が開いた場合は、「Thunderbird 141以降」の手順に進んでください。',
  },
  steps: {
    hubOpen: 'Thunderbirdを開き、画面右上の ≡ のボタンから「アカウントを追加」、「メール」の順に選びます。メニューバーの「ファイル」からは「新規作成」、「メールアカウント...」の順に選びます。',
    hubEmail: '「メールアドレスの追加」の画面で、次のとおり入力して「続ける」を押します。',
    hubManual:
      'Thunderbirdは一般的なサーバー名で設定を探します。ThunderbirdにはASAHIネットの設定が登録されていないため、見つかった設定は推測です。そのまま使わずに「設定を編集」を押してください（「手動設定」のボタンがあれば、そちらを押しても同じです）。',
    hubIncoming: '「受信サーバー設定」の画面で、次のとおり設定して「続ける」を押します。「ユーザー名」にメールアドレスが入っていたら、ASAHIネットIDに書き換えてください。',
    hubOutgoing: '「送信サーバー設定」の画面で、次のとおり設定して「続ける」を押します。',
    hubInsecure: '暗号化しない設定を選んだため、「警告: 安全でないメールサーバーが検知されました。」と表示されます。内容を読み、この設定で続ける場合だけ先に進んでください。',
    hubPassword: '次の画面で、ASAHIネットIDのパスワードを入力して「続ける」を押します。',
    hubDone: '「メールアカウントの接続が完了しました」と表示されたら、「完了」を押します。',
    setupOpen: 'Thunderbirdを開きます。アカウントがまだない場合は「アカウントのセットアップ」のタブが開きます。開かない場合は、メニューバーの「ファイル」から「新規作成」、「メールアカウント...」の順に選びます。',
    setupTab: '「既存のメールアドレスのセットアップ」で次のとおり入力し、「続ける」ではなく「手動設定」を押します。',
    setupManual:
      '「手動設定」の欄で、「受信サーバー」と「送信サーバー」を次のとおり設定し、「完了」を押します。Thunderbirdが先に推測した値が入っている場合も、すべて書き換えてください。',
    setupInsecure: '暗号化しない設定を選んだため、「警告！」と表示されます。内容を読み、この設定で続ける場合だけ「接続する上での危険性を理解しました」にチェックを入れて「確認」を押します。',
    setupDone: 'アカウントが作成されたことを知らせる画面が出たら、閉じて受信トレイに戻ります。',
    checkOpen: 'Thunderbirdのメニューから「アカウント設定」を開きます。',
    checkServer: '左の一覧で、ASAHIネットのアカウントの下にある「サーバー設定」を選びます。次の項目を確かめ、違っていれば書き換えます。',
    checkOutgoingRelease:
      '左の一覧のいちばん下にある「送信サーバー」を選びます。一覧からASAHIネットの送信メールサーバーを選んで「編集...」を押し、次の項目を確かめます。違っていれば書き換えて「OK」を押します。',
    checkOutgoingEsr:
      '左の一覧のいちばん下にある「送信 (SMTP) サーバー」を選びます。一覧からASAHIネットの送信メールサーバーを選んで「編集...」を押し、次の項目を確かめます。違っていれば書き換えて「OK」を押します。',
    testWrite: 'ツールバーの「作成」を押し、宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。',
    testSend: '「送信」を押します。パスワードを聞かれたら、ASAHIネットIDのパスワードを入力します。',
    testGet: '1分ほど待ってから「受信」を押し、送ったメールが届いたことを確かめます。',
  },
  screens: {
    hubEmail: { title: 'メールアドレスの追加', fields: { name: { label: '氏名' }, address: { label: 'メールアドレス' } } },
    hubIncoming: {
      title: '受信サーバー設定',
      fields: {
        protocol: { label: 'プロトコル', pop3: 'POP3' },
        host: { label: 'ホスト名' },
        port: { label: 'ポート番号' },
        security: { label: '接続の保護', ...security },
        auth: { label: '認証方式', 'normal-password': '通常のパスワード認証', apop: '暗号化されたパスワード認証' },
        userName: { label: 'ユーザー名' },
      },
    },
    hubOutgoing: {
      title: '送信サーバー設定',
      fields: {
        host: { label: 'ホスト名' },
        port: { label: 'ポート番号' },
        security: { label: '接続の保護', ...security },
        auth: { label: '認証方式', 'smtp-auth': '通常のパスワード認証', 'pop-before-smtp': '認証なし' },
        userName: { label: 'ユーザー名' },
      },
    },
    hubPassword: {
      title: 'メールアカウントのパスワードを入力してください',
      fields: { password: { label: 'パスワード' }, remember: { label: 'パスワードを記憶する' } },
    },
    setupTab: {
      title: '既存のメールアドレスのセットアップ',
      fields: {
        name: { label: 'あなたのお名前' },
        address: { label: 'メールアドレス' },
        password: { label: 'パスワード' },
        remember: { label: 'パスワードを記憶する' },
      },
    },
    setupManual: {
      title: '手動設定',
      groups: { incoming: '受信サーバー', outgoing: '送信サーバー' },
      fields: {
        protocol: { label: 'プロトコル:', pop3: 'POP3' },
        receiveHost: { label: 'ホスト名:' },
        receivePort: { label: 'ポート番号:' },
        receiveSecurity: { label: '接続の保護:', ...security },
        receiveAuth: { label: '認証方式:', 'normal-password': '通常のパスワード認証', apop: '暗号化されたパスワード認証' },
        receiveUserName: { label: 'ユーザー名:' },
        sendHost: { label: 'ホスト名:' },
        sendPort: { label: 'ポート番号:' },
        sendSecurity: { label: '接続の保護:', ...security },
        sendAuth: { label: '認証方式:', 'smtp-auth': '通常のパスワード認証', 'pop-before-smtp': '認証なし' },
        sendUserName: { label: 'ユーザー名:' },
      },
    },
    serverSettings: {
      title: 'サーバー設定',
      fields: {
        host: { label: 'サーバー名:' },
        port: { label: 'ポート:' },
        userName: { label: 'ユーザー名:' },
        security: { label: '接続の保護:', ...security },
        auth: { label: '認証方式:', 'normal-password': '通常のパスワード認証', apop: '暗号化されたパスワード認証' },
        authUnencrypted: { label: '認証方式:', 'normal-password': '平文のパスワード認証 (安全でない)', apop: '暗号化されたパスワード認証' },
      },
    },
    smtpServer: {
      title: '送信 (SMTP) サーバー',
      fields: {
        host: { label: 'サーバー名:' },
        port: { label: 'ポート番号:' },
        security: { label: '接続の保護:', ...security },
        auth: { label: '認証方式:', 'smtp-auth': '通常のパスワード認証', 'pop-before-smtp': '認証なし' },
        authUnencrypted: { label: '認証方式:', 'smtp-auth': '平文のパスワード認証 (安全でない)', 'pop-before-smtp': '認証なし' },
        userName: { label: 'ユーザー名:' },
      },
    },
  },
};
