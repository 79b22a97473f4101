/**
 * Becky! Internet Mail ver.2 (src/walkthrough/guides/becky.ts), checked 2026-12-01 (docs/apps.md §7).
 * No RimArts source was found. Only the words two independent provider guides agree on are
 * quoted: 「ツール」「メールボックスの設定」「詳細」「SMTP認証」「ユーザーID」「パスワード」 (Xserver's
 * Becky! manual and BIGLOBE's SMTP AUTH table, both secondary; sources in the guide file).
 * Every other field is described.
 */
export default {
  variants: { v2: 'Becky! Internet Mail ver.2' },
  variantHints: {
    v2: '現在配布されているBecky!のバージョン2です。画面の説明はほかのプロバイダーの案内をもとにしているため、お使いの画面と異なることがあります。',
  },
  steps: {
    open: 'Becky!を開き、「ツール」のメニューから「メールボックスの設定」を開きます。新しいメールボックスを作る場合は、Becky!の案内にしたがってメールボックスを作成すると、同じ設定の画面が開きます。',
    basic: '最初のタブ（基本の設定）で、次のとおり入力・選択します。メールボックスの名前は、お好きな名前でかまいません。',
    portPrompt: '受信や送信の暗号化の項目にチェックを入れたときに、ポート番号を変えるかを聞かれたら、変えるほうを選びます。ポート番号は次の手順で確かめます。',
    details: '「詳細」タブを開き、次のとおり設定します。「SMTP認証」にチェックを入れると、認証の方式も選べます。ASAHIネットのページには方式の指定がありません。参考として、ほかのプロバイダーの案内ではLOGINとPLAINの方式を選んでいます。',
    done: '「OK」を押して画面を閉じます。',
    checkOpen: '左の一覧でASAHIネットのメールボックスを選び、「ツール」のメニューから「メールボックスの設定」を開きます。',
    checkBasic: '最初のタブで、次の項目を確かめます。違っていれば書き換えます。',
    checkDetails: '「詳細」タブで、次の項目を確かめます。違っていれば書き換えて「OK」を押します。',
    testWrite: 'ツールバーの新しいメールを作るボタンを押し、宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。',
    testSend: 'メールを送信します（Becky!の設定によっては、送信箱に入ったメールをツールバーの送信のボタンで送ります）。',
    testGet: '1分ほど待ってからツールバーの受信のボタンを押し、送ったメールが届いたことを確かめます。',
  },
  screens: {
    basic: {
      title: 'メールボックスの設定（最初のタブ）',
      fields: {
        name: { label: 'お名前の欄' },
        address: { label: 'メールアドレスの欄' },
        protocol: { label: '受信の方式の選択', pop3: 'POP3' },
        receiveHost: { label: '受信メールサーバー（POP3）の欄' },
        sendHost: { label: '送信メールサーバー（SMTP）の欄' },
        receiveSsl: { label: '受信の接続を暗号化するチェック（POP3S）' },
        sendSsl: { label: '送信の接続を暗号化するチェック（SMTPS）' },
        userName: { label: 'ユーザーID' },
        password: { label: 'パスワード' },
        auth: { label: '受信の認証方式の選択', 'normal-password': '標準の方式（APOPではないほう）', apop: 'APOP' },
      },
    },
    details: {
      title: '詳細',
      fields: {
        sendPort: { label: '送信（SMTP）のポート番号の欄' },
        receivePort: { label: '受信（POP3）のポート番号の欄' },
        smtpAuth: { label: 'SMTP認証' },
        popBeforeSmtp: { label: 'POP before SMTPを使うチェック' },
      },
    },
  },
};
