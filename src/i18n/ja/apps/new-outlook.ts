/**
 * The new Outlook for Windows (src/walkthrough/guides/new-outlook.ts), checked 2026-12-01.
 * Its screens are known from one secondary guide only (XServer's, docs/apps.md §3), so no label
 * is quoted: every button, switch and field is described. The caution names its sources:
 * Microsoft's "Accounts in the new Outlook for Windows" (POP is supported) and Microsoft's help
 * on syncing accounts to the Microsoft Cloud, with the press and blog reports listed there.
 */
const security = { 'ssl-tls': 'SSL/TLS', none: '暗号化しない選択肢' };

export default {
  variants: { current: '新しいOutlook for Windows' },
  variantHints: {
    current: 'Windows 11に入っている、またはMicrosoft Storeから入れた新しいOutlookです。画面の見た目はWeb版のOutlookに似ています。',
  },
  steps: {
    caution:
      'Microsoftは、新しいOutlook for WindowsがPOPのアカウントに対応していると説明しています。ただし、Microsoftのヘルプによると、Microsoft以外のアカウントをMicrosoftのクラウドと同期すると、メールのコピーが、お使いのメールサービスとMicrosoftのデータセンターの間で同期されます。',
    cautionReports:
      '報道やブログによると、新しいOutlookはASAHIネットのサーバーに直接つながらず、Microsoftのサーバーが代わりにメールを受信・送信します。ASAHIネットIDとパスワードもMicrosoftに預けることになるため、従来のOutlookやThunderbirdなど、ほかのメールソフトをおすすめします。',
    open: '新しいOutlookを開き、アカウントを追加するボタンを押します。画面の上にある設定のボタンから、アカウントの設定を開いて追加することもできます。',
    address: 'メールアドレスを入力する画面で、次のとおり入力して続けるボタンを押します。Microsoftアカウントなど、別のメールアドレスが入っていたら消してから入力してください。',
    provider: 'メールのサービスを選ぶ画面に切り替えるボタンを押し、一覧からPOPを選びます。',
    pop:
      'POPの設定の画面で、次のとおり入力して続けるボタンを押します。画面の項目名は、ここでの説明と異なります。ASAHIネットのユーザー名はASAHIネットIDで、メールアドレスではありません。ほかのプロバイダーの案内には、この画面に受信メールサーバーのユーザー名を入れる欄が載っていません。欄がなく受信できない場合は、従来のOutlookかThunderbirdをお使いください。',
    sync: 'アカウントをMicrosoftのクラウドと同期することを説明する画面が表示されたら、内容を読み、同意できる場合だけ先に進みます。同意できない場合は、ここで取り消して、ほかのメールソフトをお使いください。',
    done: 'いくつかの案内の画面を確かめながら進み、受信トレイが表示されたら追加は完了です。',
    checkOpen: '画面の上にある設定のボタンを押し、アカウントの設定を開きます。ASAHIネットのアカウントの横にある、管理するボタンを押します。',
    checkRepair:
      'アカウントの設定が表示されます。違う項目があれば、修復するボタンを押して書き換え、続けるボタンを押します。ほかのプロバイダーの案内によると、受信メールサーバーの名前、ポート番号、接続の保護と、送信のユーザー名はここでは変えられません。これらが違う場合は、アカウントを削除してから追加し直してください。',
    testNew: '新しいメールを作るボタンを押し、宛先にご自分のメールアドレスを入力します。件名と本文は何でもかまいません。',
    testSend: '送信のボタンを押します。',
    testReceive: '数分待ってから受信トレイを開き、送ったメールが届いたことを確かめます。',
  },
  screens: {
    address: { title: 'メールアドレスを入力する画面', fields: { address: { label: 'メールアドレスを入れる欄' } } },
    pop: {
      title: 'POPの設定の画面',
      fields: {
        password: { label: 'パスワードを入れる欄' },
        showMore: { label: 'ほかの項目も表示するスイッチ' },
        recommended: { label: 'おすすめの設定を使うスイッチ' },
        receiveHost: { label: '受信メールサーバーの名前を入れる欄' },
        receivePort: { label: '受信メールサーバーのポート番号を入れる欄' },
        receiveSecurity: { label: '受信メールサーバーの接続の保護を選ぶ欄', ...security },
        sendUserName: { label: '送信（SMTP）のユーザー名を入れる欄' },
        sendPassword: { label: '送信（SMTP）のパスワードを入れる欄' },
        sendHost: { label: '送信メールサーバーの名前を入れる欄' },
        sendPort: { label: '送信メールサーバーのポート番号を入れる欄' },
        sendSecurity: { label: '送信メールサーバーの接続の保護を選ぶ欄', ...security },
      },
    },
  },
};
