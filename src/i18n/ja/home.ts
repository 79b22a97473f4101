export default {
  title: 'メールソフトの設定をご案内します',
  lead: 'いくつかの質問に答えると、ASAHIネットのメールを送受信するための設定を、お使いのメールソフトの画面に表示される項目名でご案内します。',
  readyHeading: '用意するもの',
  ready: {
    id: 'ASAHIネットIDと、そのパスワード',
    app: '設定するメールソフト（パソコンやスマートフォンでお使いのもの）',
    address: 'お使いのメールアドレス',
  },
  passwordNote: 'パスワードはメールソフトにのみ入力してください。このガイドでパスワードをおたずねすることはありません。',
  start: '設定を始める',
  appsLink: 'メールソフト別の対応状況と設定手順を見る',
  referenceLink: 'サーバー名とポート番号の一覧を見る',
  troubleHeading: 'うまくいかないときは',
  troubleLinks: {
    'cant-send': 'メールを送信できない',
    'cant-receive': 'メールを受信できない',
    check: '今の設定を確かめる',
    error: 'エラーメッセージから原因を調べる',
  },
  pickerLead: 'ASAHIネット メール設定ガイド / ASAHI Net mail settings guide',
} as const;
