/** The parts every question page shares (GOV.UK question-page pattern). */
export default {
  continue: '次へ',
  back: '戻る',
  startAgain: '最初からやり直す',
  yourAnswers: 'これまでの回答',
  change: '変更',
  changeWhat: '「{{what}}」の回答を変更',
  errorSummaryTitle: '入力内容を確認してください',
  invalidAnswer: 'リンクに含まれていた回答「{{value}}」は、この質問の選択肢にありません。あらためて選んでください。',
  redirecting: 'ページを移動しています。',
  redirectLink: '続きの質問へ進む',
  noscriptReference: 'サーバー設定一覧を見る',
} as const;
