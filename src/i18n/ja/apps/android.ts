/**
 * Android's walkthroughs (src/walkthrough/guides/android.ts), checked 2026-12-01 (docs/apps.md §6).
 * - Thunderbird for Android / K-9 Mail: every name in 「」 and every field label is verbatim from
 *   thunderbird/thunderbird-android res/values-ja/strings.xml @a59bd679859d369c9a39be147e536b825ffd0a6b
 *   (the password field has no Japanese string there, so the app shows the English 「Password」).
 * - The Gmail app: no source for its screens; nothing is quoted, the fields are described.
 * - The classic "Email" app: aosp-mirror/platform_packages_apps_email res/values-ja/strings.xml
 *   @9822725da07cc150f2410ad5360549018c3fbb1c. Its 次へ/送信/更新 buttons come from another
 *   package (UnifiedEmail) that was not read: they are described.
 */
const tbSecurity = { 'ssl-tls': 'SSL/TLS', none: 'なし' };
const tbReceiveAuth = { 'normal-password': '通常のパスワード認証', apop: '暗号化されたパスワード認証' };
const tbServer = {
  host: { label: 'サーバー' },
  security: { label: 'セキュリティ', ...tbSecurity },
  port: { label: 'ポート番号' },
  userName: { label: 'ユーザー名' },
  password: { label: 'Password' },
};
const aospSecurity = { label: 'セキュリティの種類', 'ssl-tls': 'SSL/TLS', none: 'なし' };
const aospIncoming = {
  title: '受信サーバーの設定',
  fields: { userName: { label: 'ユーザー名' }, password: { label: 'パスワード' }, host: { label: 'サーバー' }, port: { label: 'ポート' }, security: aospSecurity },
};
const aospOutgoing = {
  title: '送信サーバーの設定',
  fields: {
    host: { label: 'SMTPサーバー' },
    port: { label: 'ポート' },
    security: aospSecurity,
    requireLogin: { label: 'ログインが必要' },
    userName: { label: 'ユーザー名' },
    password: { label: 'パスワード' },
  },
};

export default {
  variants: {
    'thunderbird-android': 'Thunderbird for Android・K-9 Mail',
    gmail: 'Gmailアプリ',
    aosp: '古い機種の「メール」アプリ',
  },
  variantHints: {
    'thunderbird-android': 'POP3のアカウントを追加できるメールソフトです。Google Playから無料で入手できます。K-9 Mailも同じ画面です。',
    gmail: 'ASAHIネットのアカウントを追加できないことがあります。理由は最初の手順でご説明しています。Thunderbird for Androidをおすすめします。',
    aosp: '古いAndroidや一部の機種に入っている、Android標準の「メール」アプリです。機種によっては画面や言葉が異なります。',
  },
  steps: {
    tbInstall: 'Thunderbird for Androidが入っていなければ、Google Playから入手します。K-9 Mailをお使いの場合も、同じ手順で設定できます。',
    tbOpen: 'アプリを開きます。初めて開いたときは「はじめる」をタップします。アカウントがすでにある場合は、左のメニューの一覧から「アカウントを追加」をタップします（メニューの場所はバージョンによって異なることがあります）。',
    tbEmail: '次のとおり入力して「次へ」をタップします。',
    tbManual:
      'アプリが設定を探します。「設定が見つかりませんでした」と表示されたら、「次へ」をタップして手動で設定します。「設定が見つかりました」と表示された場合も、そのまま使わずに「設定を編集」をタップし、次の手順のとおりに直してください。',
    tbIncoming: '「受信サーバー設定」の画面で、次のとおり設定して「次へ」をタップします。「ユーザー名」にメールアドレスが入っていたら、ASAHIネットIDに書き換えてください。',
    tbOutgoing: '「送信サーバー設定」の画面で、次のとおり設定して「次へ」をタップします。',
    tbOptions: '次の画面で「アカウント名」（一覧に表示される名前）と「あなたのお名前」を入力し、「次へ」をタップします。',
    tbDone: '「アカウントは正常に作成されました」と表示されたら、設定は完了です。',
    tbCheckOpen: 'アプリのメニューから設定を開き、ASAHIネットのアカウントを選んで「アカウント設定」を開きます（メニューの場所はバージョンによって異なることがあります）。',
    tbCheckIncoming: '「受信メールサーバー設定」を開き、次の項目を確かめます。違っていれば書き換えて、画面の案内にしたがって保存します。',
    tbCheckOutgoing: '「送信メールサーバー設定」を開き、次の項目を確かめます。違っていれば書き換えて、画面の案内にしたがって保存します。',
    tbTestCompose: '受信トレイで「作成」をタップし、宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。',
    tbTestSend: '「送信」をタップします。',
    tbTestCheck: '1分ほど待ってから「メール受信」をタップするか、受信トレイを下に引いて更新し、送ったメールが届いたことを確かめます。',
    gmailStatus:
      'Googleは2025年に、2026年1月からGmailでPOPを使ってほかのアカウントのメールを確認する機能のサポートを終了し、パソコン版のGmailで「他のアカウントのメールを確認」を使えなくすると発表しました（Gmailヘルプ「Gmail の Gmailify と POP の今後の変更について」）。報道によると、Gmailアプリでほかのメールサービスのアカウントを追加できるのはIMAPの場合で、ASAHIネットのページに載っている受信メールサーバーはPOP3です。',
    gmailTry:
      'Gmailアプリの設定からアカウントの追加を選び、ほかのメールサービスを選んだあと、POP3（個人用）のアカウントを選べる場合だけ、次の手順に進んでください。選べない場合は、Thunderbird for Androidをお使いください。',
    gmailServers: 'アカウントの種類を選べた場合は、表示される欄に次の値を入力します。欄は名前ではなく、入力する内容で示しています（画面の表示とは違うことがあります）。',
    gmailFallback: '追加できない場合や、送受信がうまくいかない場合は、このページの「Thunderbird for Android・K-9 Mail」の手順に切り替えてください。',
    gmailCheck: 'Gmailアプリで追加したアカウントのサーバー設定をどこで確かめられるかは、このガイドではご案内できません。設定が見つからない場合は、Thunderbird for Androidで追加し直すことをおすすめします。',
    gmailTestSend: 'ASAHIネットのメールアドレスを差出人にして、ご自分のメールアドレスにメールを送ります。',
    gmailTestCheck: '1分ほど待ってから受信トレイを下に引いて更新し、送ったメールが届いたことを確かめます。',
    aospOpen: '「メール」アプリを開きます。アカウントがすでにある場合は、アプリの設定からアカウントの追加を選びます（機種によって画面が異なります）。',
    aospEmail: '「メールアカウント」の画面で次のとおり入力し、「手動セットアップ」をタップします。',
    aospType: '「アカウントの種類」では、次のとおり選びます。',
    aospPassword: 'パスワードを聞かれたら、ASAHIネットIDのパスワードを入力して次に進みます。',
    aospIncoming: '「受信サーバーの設定」の画面で、次のとおり設定して次に進みます。「ユーザー名」にメールアドレスが入っていたら、ASAHIネットIDに書き換えてください。',
    aospOutgoing: '「送信サーバーの設定」の画面で、次のとおり設定して次に進みます。',
    aospOptions: '「アカウントのオプション」の画面は、お好みで設定して次に進みます。',
    aospNames: '「アカウントの設定が完了しました。」と表示されたら、次のとおり入力して設定を終えます。',
    aospCheckOpen: '「メール」アプリの設定を開き、ASAHIネットのアカウントを選びます（機種によって画面が異なります）。',
    aospCheckIncoming: '「受信設定」を開き、次の項目を確かめます。違っていれば書き換えて保存します。',
    aospCheckOutgoing: '「送信設定」を開き、次の項目を確かめます。違っていれば書き換えて保存します。',
    aospTestSend: '新しいメールを作成し、宛先にご自分のメールアドレスを入力して送信します。',
    aospTestCheck: '1分ほど待ってから受信トレイを更新し、送ったメールが届いたことを確かめます。',
  },
  screens: {
    tbEmail: { title: 'メールアドレスを入力する画面', fields: { address: { label: 'メールアドレス' } } },
    tbIncoming: {
      title: '受信サーバー設定',
      fields: { protocol: { label: 'プロトコル', pop3: 'POP3' }, ...tbServer, auth: { label: '認証方式', ...tbReceiveAuth } },
    },
    tbOutgoing: {
      title: '送信サーバー設定',
      fields: { ...tbServer, auth: { label: '認証方式', 'smtp-auth': '通常のパスワード認証', 'pop-before-smtp': 'なし' } },
    },
    tbOptions: { title: 'アカウント名とお名前を入力する画面', fields: { name: { label: 'あなたのお名前' } } },
    tbCheckIncoming: { title: '受信メールサーバー設定', fields: { ...tbServer, auth: { label: '認証方式', ...tbReceiveAuth } } },
    gmailServers: {
      title: 'サーバーを設定する画面',
      groups: { incoming: '受信メールサーバーの設定', outgoing: '送信メールサーバーの設定' },
      fields: {
        userName: { label: 'ユーザー名を入れる欄' },
        password: { label: 'パスワードを入れる欄' },
        receiveHost: { label: '受信メールサーバーの名前を入れる欄' },
        receivePort: { label: '受信メールサーバーのポート番号を入れる欄' },
        receiveSecurity: { label: '受信の接続の保護を選ぶ欄', 'ssl-tls': 'SSL/TLS', none: '暗号化しない設定' },
        sendHost: { label: '送信メールサーバーの名前を入れる欄' },
        sendPort: { label: '送信メールサーバーのポート番号を入れる欄' },
        sendSecurity: { label: '送信の接続の保護を選ぶ欄', 'ssl-tls': 'SSL/TLS', none: '暗号化しない設定' },
        sendUserName: { label: '送信のユーザー名を入れる欄（ログインが必要な場合）' },
      },
    },
    aospEmail: { title: 'メールアカウント', fields: { address: { label: 'メールアドレス' } } },
    aospType: { title: 'アカウントの種類', fields: { type: { label: 'このアカウントの種類を選択します', pop3: '個人用（POP3）' } } },
    aospIncoming,
    aospOutgoing,
    aospNames: { title: 'アカウントの設定が完了しました。', fields: { name: { label: 'あなたの名前（送信メールに表示されます）' } } },
  },
};
