export default {
  appName: 'ASAHIネット メール設定ガイド',
  skipToContent: '本文へ移動',
  languageSwitch: 'English',
  languageSwitchLabel: 'English version of this page',
  nav: {
    label: 'サイト内のページ',
    home: 'はじめに',
    setup: '設定を始める',
    reference: 'サーバー設定一覧',
    troubleshoot: '困ったときは',
    support: 'サポート担当者向け',
  },
  copy: {
    short: 'コピー',
    button: '{{what}}をコピー',
    copied: '{{what}}をコピーしました',
    failed: 'コピーできませんでした。値を選択しましたので、Ctrl+C（Macは⌘+C）でコピーしてください。',
  },
  footer: {
    source: 'この案内は、ASAHIネットのページ「各種メールソフトの設定 設定の前に」の内容にもとづいています。',
    privacy: 'このガイドは、入力されたASAHIネットIDやメールアドレスをどこにも送信・保存しません。パスワードをおたずねすることもありません。',
  },
  errorPrefix: 'エラー: ',
  titleSuffix: 'ASAHIネット メール設定ガイド',
  noscript: 'このページの質問に答えるにはJavaScriptが必要です。JavaScriptを使えない場合は、サーバー設定一覧をご覧ください。',
} as const;
