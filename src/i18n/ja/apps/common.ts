/** The walkthroughs' own words (not an app's), for every app's guide. */
export default {
  heading: '{{app}}での設定手順',
  intro: '{{app}}の画面の順に、何をどこに入力するかを説明します。値は上の設定と同じです。',
  copyIn: '{{what}}（{{where}}）',
  copyWhere: { add: '追加の手順{{n}}', check: '確認の手順{{n}}', test: 'テストのメール' },
  copyWhereGroup: '{{where}}、{{group}}',
  versionLegend: 'お使いのバージョン',
  parts: {
    add: { heading: 'アカウントを追加する', intro: 'ASAHIネットのメールアドレスを、{{app}}に新しく追加する手順です。' },
    check: {
      heading: '追加済みのアカウントを確かめる・直す',
      intro: 'メールを送れない、または受け取れないときは、設定が次のとおりか確かめてください。違う項目だけを書き換えます。',
    },
    test: { heading: '届くか確かめる', intro: 'ご自分のメールアドレスにテストのメールを送り、届くことを確かめます。' },
  },
  step: '手順{{n}}',
  optional: '（お好みで）',
  tick: { on: 'チェックを入れる', off: 'チェックを外す' },
  switch: { on: 'オン', off: 'オフ' },
  namePlaceholder: 'お名前（受け取った人に表示されます）',
  addressPlaceholder: 'ご自分のメールアドレス',
  passwordValue: 'ASAHIネットIDのパスワード（受信と送信で同じ）',
  testTo: '宛先',
  figure: '図: {{screen}}（見本。実際の画面とは見た目が異なります）',
  figureNote: '各手順の図は、このガイドで描いた画面の見本のため、実際の画面とは見た目が異なります。印の付いた項目に、手順に書いた値を入力するか選んでください。',
  marked: '入力・選択',
  failed: {
    heading: '届かないとき',
    intro: '送信か受信でエラーが出たときは、原因を順に確かめられます。ここまでの設定は引き継がれます。',
    send: '送信できない場合',
    receive: '受信できない場合',
  },
};
