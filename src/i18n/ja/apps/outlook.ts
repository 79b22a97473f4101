/**
 * Classic Outlook's walkthrough (src/walkthrough/guides/outlook.ts), checked 2026-12-01.
 * No Microsoft page was found (docs/apps.md §2): a name in 「」 and a plain field label is one
 * that several independent secondary sources quote alike — XServer's Outlook 2016 and 2019
 * (Outlook 365) manual pages (github xs-kshibata/code-for-gemini-review, www.xserver.ne.jp_www/
 * manual/man_mail_setting_ol2016.php, …ol2019.php), setup notes found by exact search, a public
 * PowerShell replica of the older dialog, and ISP guides. Access keys such as (O) are left out.
 * Every other field is described (no 「」), and so are the menu items for the server settings
 * and for managing profiles, the screens' titles, and the buttons of the test mail.
 */
const encryption = { 'ssl-tls': 'SSL/TLS', none: 'なし' };

export default {
  variants: {
    'microsoft-365': 'Microsoft 365のOutlook',
    'account-settings': 'Outlook 2016・2019・2021',
  },
  variantHints: {
    'microsoft-365':
      'Microsoft 365のサブスクリプションで使うOutlookです。買い切りのOutlook 2016・2019・2021をお使いの場合は、もう一方を選んでください。',
    'account-settings':
      '買い切りのOutlook 2016・2019・2021です。アカウントの「変更」から従来の設定画面が開き、その「詳細設定」に「送信サーバー」タブと「詳細設定」タブがあります。',
  },
  steps: {
    addOpen:
      'Outlookを開き、「ファイル」を押して「アカウントの追加」を選びます。初めてOutlookを開いたときは、メールアドレスを入力する画面が先に表示されるので、次の手順に進んでください。',
    addAddress:
      'メールアドレスを入力し、その下の「詳細オプション」を押します。「自分で自分のアカウントを手動で設定」にチェックを入れて、「接続」を押します。チェックを入れないと、OutlookがPOPではない方式でアカウントを設定することがあります。',
    addType: 'アカウントの種類を選ぶ画面で、「POP」を選びます。',
    addPop:
      '「受信メール」と「送信メール」を次のとおり設定して、次の画面に進みます。「暗号化方法」では、「SSL/TLS」と「なし」以外の選択肢（STARTTLSなど）を選ばないでください。バージョンによっては、受信メールの「暗号化方法」の代わりに、暗号化された接続を求めるチェックボックスがあります。その場合は、SSL/TLSを使う設定ならチェックを入れ、使わない設定ならチェックを外します。',
    addPassword: 'パスワードを入力する画面で、ASAHIネットIDのパスワードを入力して「接続」を押します。',
    addDone: 'アカウントが追加されたことを知らせる画面が表示されたら、その画面を閉じます。',
    m365AuthIntro:
      'ASAHIネットのメール送信にはSMTP認証が必要です。ほかのプロバイダーの案内には、POPアカウントの設定画面に送信メールサーバーの認証の項目が載っていません。そこで、従来の設定画面を開いて、この設定を確かめます。',
    m365LegacyOpen:
      '「ファイル」を押し、「アカウント設定」のメニューから、プロファイルを管理する項目を選びます。開いた画面で、電子メールアカウントの一覧を開くボタンを押します。Windowsのコントロールパネルにあるメールの設定からも、同じ画面を開けます。',
    legacyPick: '電子メールアカウントの一覧でASAHIネットのアカウントを選び、「変更」を押します。',
    olderAuthIntro:
      'ASAHIネットのメール送信にはSMTP認証が必要です。アカウントを追加したら、従来の設定画面で送信メールサーバーの認証の設定を確かめます。',
    olderOpen:
      '「ファイル」を押し、「アカウント設定」を押して、表示されるメニューの「アカウント設定」を選びます。一覧でASAHIネットのアカウントを選び、「変更」を押します。',
    legacyAccount:
      '開いた画面で次の項目を確かめ、違っていれば書き換えます。ユーザー名はASAHIネットIDです。メールアドレスではありません。',
    legacyMore: 'アカウントを変更する画面で「詳細設定」を押します。',
    legacyOutgoing: '「送信サーバー」タブを開き、次のとおり設定します。',
    legacyAdvanced:
      '「詳細設定」タブを開き、次のとおり設定します。「このサーバーでは暗号化された接続 (SSL/TLS) が必要」のチェックを変えると、ポート番号が既定の値に戻ることがあるため、チェックを先に設定してからポート番号を入力してください。「使用する暗号化接続の種類」では、「SSL/TLS」（古いバージョンでは「SSL」）と「なし」以外の選択肢を選ばないでください。ASAHIネットでは、接続の途中で暗号化を始める方式（STARTTLS）は使えません。',
    legacySave:
      '「OK」を押して、この画面を閉じます。アカウントを変更する画面に戻ったら、次の画面に進むボタンを押して変更を保存し、最後の画面を閉じます。',
    m365CheckOpen:
      '「ファイル」を押し、「アカウント設定」のメニューから、サーバーの設定を変更する項目を選びます。アカウントを選ぶ画面が出たら、ASAHIネットのアカウントを選びます。メニューの項目は、お使いのバージョンによって異なることがあります。',
    m365CheckPop:
      '「受信メール」と「送信メール」の項目を確かめ、違っていれば書き換えて保存します。この画面には、ユーザー名やパスワードの欄もあることがあります。ユーザー名はASAHIネットIDです。',
    testNew: '新しいメールを作るボタンを押し、宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。',
    testSend: 'メールの画面で送信のボタンを押します。',
    testReceive:
      '1分ほど待ってから、送受信のタブにある、すべてのフォルダーを送受信するボタンを押します。送ったメールが受信トレイに届いたことを確かめます。',
  },
  screens: {
    addAddress: {
      title: 'メールアドレスを入力する画面',
      fields: { address: { label: 'メールアドレスを入れる欄' }, manual: { label: '自分で自分のアカウントを手動で設定' } },
    },
    popSettings: {
      title: 'POPアカウントの設定の画面',
      groups: { incoming: '受信メール', outgoing: '送信メール' },
      fields: {
        receiveHost: { label: 'サーバー' },
        receivePort: { label: 'ポート' },
        receiveSecurity: { label: '暗号化方法', ...encryption },
        receiveSpa: { label: 'セキュリティで保護されたパスワード認証（SPA）のチェックボックス' },
        sendHost: { label: 'サーバー' },
        sendPort: { label: 'ポート' },
        sendSecurity: { label: '暗号化方法', ...encryption },
        sendSpa: { label: 'セキュリティで保護されたパスワード認証（SPA）のチェックボックス' },
      },
    },
    addPassword: { title: 'パスワードを入力する画面', fields: { password: { label: 'パスワードを入れる欄' } } },
    legacyAccount: {
      title: 'アカウントを変更する画面',
      fields: {
        receiveHost: { label: '受信メールサーバーの名前を入れる欄' },
        sendHost: { label: '送信メールサーバーの名前を入れる欄' },
        userName: { label: 'アカウント名（ユーザー名）を入れる欄' },
        password: { label: 'パスワードを入れる欄' },
        spa: { label: 'セキュリティで保護されたパスワード認証（SPA）のチェックボックス' },
      },
    },
    legacyOutgoing: {
      title: '送信サーバー',
      fields: { auth: { label: '送信サーバー (SMTP) は認証が必要' }, same: { label: '受信メールサーバーと同じ設定を使用する' } },
    },
    legacyAdvanced: {
      title: '詳細設定',
      fields: {
        receivePort: { label: '受信サーバー (POP3)' },
        receiveSsl: { label: 'このサーバーでは暗号化された接続 (SSL/TLS) が必要' },
        sendPort: { label: '送信サーバー (SMTP)' },
        sendSecurity: { label: '使用する暗号化接続の種類', 'ssl-tls': 'SSL/TLS（古いバージョンでは「SSL」）', none: 'なし' },
      },
    },
  },
};
