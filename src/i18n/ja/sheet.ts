/** Copy for the personal settings sheet: the ID and address fields, the file exports and print. */
export default {
  identity: {
    heading: 'ASAHIネットID とメールアドレスを入れて表示する（任意）',
    intro:
      'ASAHIネットID とメールアドレスを入力すると、上の設定値、「すべての設定をコピー」、ダウンロードするファイルに反映されます。入力しなくても設定はできます。',
    privacy:
      '入力した内容は、このページの中だけで使います。どこにも送信・保存せず、ページを閉じると消えます。',
    noPassword:
      'このページでパスワードをおたずねすることはありません。パスワードは、メールソフトに求められたときに、メールソフトにだけ入力してください。',
    clear: '入力した ASAHIネットID とメールアドレスを消す',
    id: {
      label: 'ASAHIネットID',
      hint: '例: {{example}}。メールアドレスではなく ASAHIネットID を、半角小文字で入力します。',
      changes: {
        'full-width': '全角文字を半角に変換しました。',
        hyphen: 'ハイフンに似た文字を半角のハイフン（-）に変換しました。',
        'upper-case': '大文字を小文字に変換しました。',
        spaces: '空白を取り除きました。',
      },
      issues: {
        'looks-like-address':
          'メールアドレスが入力されています。ユーザー名はメールアドレスではなく ASAHIネットID です。ASAHIネットID を確かめて入力してください。',
        'looks-like-address-suggestion':
          'メールアドレスが入力されています。ユーザー名はメールアドレスではなく ASAHIネットID です。ASAHIネットID は「{{suggestion}}」ではありませんか。',
        useSuggestion: '「{{suggestion}}」を ASAHIネットID として入力する',
        'invalid-characters':
          'ASAHIネットID に使えない文字が含まれています。ASAHIネットID は、半角の英小文字・数字・ハイフン（-）でできています。',
      },
    },
    address: {
      label: 'メールアドレス',
      hint: '例: {{example}}',
      changes: {
        'full-width': '全角文字を半角に変換しました。',
        hyphen: 'ハイフンに似た文字を半角のハイフン（-）に変換しました。',
        'upper-case': '「@」より後ろ（ドメイン）の大文字を小文字に変換しました。',
        spaces: '空白を取り除きました。',
      },
      errors: {
        atson:
          '「ASAHIネットID@atson.net」はメールアドレスとして使えません。ASAHIネットメールやマイメールアドレスなど、お使いのメールアドレスを入力してください。',
        'not-an-address':
          'メールアドレスの形になっていません。「{{example}}」のように、「@」の前と後ろを続けて入力してください。',
      },
      kind: 'このメールアドレスは「{{kind}}」です。',
      userNameReminder: 'どの種類のメールアドレスでも、ユーザー名は ASAHIネットID です。',
      kinds: {
        'asahinet-mail': 'ASAHIネットメール',
        'my-email': 'マイメールアドレス',
        'own-domain': '独自ドメインメールアドレス',
        'id-address': 'ID宛メールアドレス',
      },
    },
  },
  exports: {
    heading: '設定をファイルでダウンロードする',
    intro:
      'この設定をファイルにして、メールソフトや iPhone・Mac に読み込ませることもできます。ファイルはこのページの中で作られ、パスワードは含まれません。',
    thunderbird: {
      heading: 'Thunderbird 用の設定ファイル',
      body: 'Thunderbird の自動設定（autoconfig）の形式で、この設定を書き出したファイル（{{fileName}}）です。',
      button: 'Thunderbird 用の設定ファイルをダウンロード',
      needsId:
        'このファイルを作るには、上の欄に ASAHIネットID を入力してください。ユーザー名になる ASAHIネットID は、メールアドレスからはわからないためです。',
      unsupported: {
        'pop-before-smtp':
          'POP before SMTP を使う設定は、このファイルにできません。Thunderbird は SMTP認証に対応していますので、メールソフトで Thunderbird を選んで、質問に答え直してください。',
      },
      providerName: 'ASAHIネット',
      howTo:
        'Thunderbird には、このファイルを開いて読み込む画面はありません。次のどちらかの方法で使います。',
      local: {
        heading: 'このパソコンの Thunderbird で使う',
        steps: {
          '1': 'Thunderbird をインストールしたフォルダー（Windows では通常「C:\\Program Files\\Mozilla Thunderbird」）の中に、「isp」という名前のフォルダーを作ります。パソコンの管理者の権限が必要です。',
          '2': 'ダウンロードしたファイルの名前を「{{localFileName}}」に変えて、「isp」フォルダーに入れます。',
          '3': 'Thunderbird でメールアカウントを追加し、名前・メールアドレス・パスワードを入力して「続ける」を押すと、このファイルの設定が使われます。',
        },
      },
      domain: {
        heading: '独自ドメインのメールアドレスで使う',
        body: 'ドメインを管理している場合は、このファイルを「https://autoconfig.{{domain}}/mail/config-v1.1.xml」で公開すると、Thunderbird がそのドメインのメールアドレスを追加するときに自動で読み込みます。',
        warning: 'ファイルには ASAHIネットID が含まれます。公開してよいか確かめてからお使いください。',
      },
    },
    apple: {
      heading: 'iPhone・iPad・Mac 用の構成プロファイル',
      body: 'iPhone・iPad・Mac の「メール」に、この設定のアカウントを追加するファイル（{{fileName}}）です。',
      button: '構成プロファイルをダウンロード',
      withoutIdentity:
        'ASAHIネットID やメールアドレスを入力せずにダウンロードした場合は、インストールの途中で入力を求められます。ユーザー名には ASAHIネットID を入力してください。',
      unsupported: {
        apop: 'APOP を使う設定は、構成プロファイルにできません。構成プロファイルには APOP を指定する項目がないためです。上の設定値を見ながら、手動で設定してください。',
        'pop-before-smtp':
          'POP before SMTP を使う設定は、構成プロファイルにできません。iPhone・iPad・Mac の「メール」は SMTP認証に対応していますので、メールソフトで「メール」を選んで、質問に答え直してください。',
      },
      ios: {
        heading: 'iPhone・iPad でインストールする',
        steps: {
          '1': 'Safari でこのページを開き、「構成プロファイルをダウンロード」を押します。構成プロファイルのダウンロードを許可するか聞かれたら、「許可」を押します。',
          '2': '「設定」アプリを開き、上のほうに表示される「プロファイルがダウンロードされました」を押します。',
          '3': '「インストール」を押します。署名のないプロファイルのため「未検証」と表示されますが、このページで作ったファイルであれば、そのままインストールしてかまいません。',
          '4': 'パスワードを求められたら、ASAHIネットID のパスワードを入力します。',
          '5': 'インストールが終わると、「メール」アプリにアカウントが追加されます。',
        },
        expiry: 'ダウンロードしてから 8 分以内にインストールしないと、プロファイルは削除されます。その場合は、もう一度ダウンロードしてください。',
      },
      mac: {
        heading: 'Mac でインストールする',
        steps: {
          '1': 'ダウンロードしたファイルをダブルクリックします。',
          '2': 'アップルメニューから「システム設定」を開き、「一般」→「デバイス管理」を開きます（macOS Ventura では「プライバシーとセキュリティ」→「プロファイル」です）。',
          '3': 'ダウンロードしたプロファイルをダブルクリックし、「インストール」を押します。署名のないプロファイルのため「未検証」と表示されますが、このページで作ったファイルであれば、そのままインストールしてかまいません。',
          '4': 'パスワードを求められたら、ASAHIネットID のパスワードを入力します。Mac のログインパスワードを求められたときは、Mac のパスワードを入力します。',
        },
      },
      profile: {
        displayName: 'ASAHIネット メール設定',
        description: 'ASAHIネットのメールアカウント（POP）を「メール」に追加します。パスワードはインストールの途中で入力します。',
        accountDescription: 'ASAHIネット メール',
      },
      remove: 'アカウントを削除するときは、「メール」からではなく、同じ画面でこのプロファイルを削除します。',
    },
  },
  print: {
    button: 'この設定を印刷する',
    heading: 'ASAHIネット メール設定シート',
    printedOn: '印刷した日: {{date}}',
    pageUrl: 'このページのアドレス: {{url}}',
    code: '設定コード: {{code}}',
    id: 'ASAHIネットID',
    address: 'メールアドレス',
    notEntered: '（ここに書き込んでください）',
    password: 'パスワードは、このシートに書き込まないでください。',
  },
} as const;
