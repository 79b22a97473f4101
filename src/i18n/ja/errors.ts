/**
 * The pages shown when a page cannot be shown: the network is gone, or anything else went
 * wrong. Part of the entry chunk (src/i18n/i18n.ts), since these pages must appear even when
 * the page's code and the language's other text cannot be downloaded.
 */
export default {
  /** The guide's name after the page title, as common.titleSuffix (not loaded when the text fails). */
  titleSuffix: 'ASAHIネット メール設定ガイド',
  checking: '読み込んでいます…',
  reloading: 'このガイドが更新されたため、新しいページを読み込んでいます…',
  offline: {
    title: 'ネットワークに接続できませんでした',
    body: 'このページを表示するためのファイルを読み込めませんでした。パソコンやスマートフォンがネットワークにつながっているか確認してから、もう一度お試しください。',
    kept: 'これまでの回答と入力した内容は消えていません。',
    retry: 'もう一度試す',
    back: '前のページに戻る',
  },
  failed: {
    title: '問題が発生しました',
    body: 'このページを表示できませんでした。お手数ですが、次のどれかをお試しください。',
    retry: 'このページをもう一度表示する',
    startAgain: '最初からやり直す',
    reference: 'サーバー設定一覧を見る',
    code: 'サポートにお問い合わせの際は、設定コード（{{code}}）をお伝えください。',
  },
} as const;
