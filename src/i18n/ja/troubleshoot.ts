/**
 * Troubleshooting copy: the "can't send" and "can't receive" flows (keyed by flow id,
 * step id and option value), their causes, and the settings checker (keyed by field
 * and diagnosis id). Values go in through interpolation:
 * {{value}} the value to set (a security value is passed as its label from `values`),
 * {{given}} what the customer entered, {{field}} a field's `name`, {{host}} a host name,
 * {{example}} the example ID, {{port}} a port number.
 *
 * App labels quoted here, with their sources (docs/copy-style.md §4): 「接続の保護」 Thunderbird
 * (mozilla-japan/gecko-l10n ja/mail/messenger/accountcreation/accountSetup.ftl @1998302);
 * 「SSLを使用」 Mail on iPhone and 「TLS/SSLを使用」 Mail on Mac (shared/SPEC.md §6 and issue 10, not
 * confirmed from an Apple page). Settings no app is known to label the same way are described.
 */
export default {
  title: '困ったときは',
  intro: 'メールを送信できない、受信できないときは、質問に答えて原因を探すか、メールソフトの設定をそのまま入力して確かめてください。',
  entries: {
    'cant-send': {
      title: 'メールを送信できない',
      description: 'いくつかの質問に答えると、送信できない原因と直し方がわかります。',
    },
    'cant-receive': {
      title: 'メールを受信できない',
      description: 'いくつかの質問に答えると、受信できない原因と直し方がわかります。',
    },
    check: {
      title: '今の設定を確かめる',
      description: 'メールソフトに表示されている設定を入力すると、違っているところと正しい値がわかります。',
    },
  },

  flows: {
    'cant-send': {
      title: 'メールを送信できないとき',
      resultTitle: '送信できない原因と直し方',
      steps: {
        symptom: {
          title: 'メールを送信しようとすると、どうなりますか？',
          hint: '表示されるメッセージにいちばん近いものを選んでください。',
          required: 'どうなるかを選んでください',
          options: {
            'times-out': 'しばらく待たされたあとで失敗する、またはサーバーに接続できないと表示される',
            'password-rejected': 'ユーザー名かパスワードが違うと表示される、またはパスワードを何度もたずねられる',
            'relay-denied': '送信を拒否されたと表示される（「リレー」「relay」という言葉を含むこともあります）',
            'secure-connection': '証明書や、安全な接続（SSL/TLS）についてのエラーが表示される',
            unsure: 'わからない、またはほかのメッセージが表示される',
          },
        },
        port: {
          title: '送信メールサーバー（SMTP）のポート番号は、いくつになっていますか？',
          hint: 'メールソフトのアカウント設定で、送信メールサーバーの「ポート」欄に表示されている数字です。',
          required: 'ポート番号を選んでください。わからない場合は「わからない」を選んでください',
          options: {
            other: 'これ以外の番号',
            unsure: 'わからない',
          },
        },
        security: {
          title: '送信メールサーバーの接続の保護（暗号化）は、どれになっていますか？',
          hint: 'メールソフトによって表示が違います（Thunderbirdでは「接続の保護」、iPhoneでは「SSLを使用」など）。',
          required: '接続の保護を選んでください。わからない場合は「わからない」を選んでください',
          options: {
            'ssl-tls': 'SSL/TLS（「SSLを使用」がオンの場合も含みます）',
            starttls: 'STARTTLS',
            none: 'なし（暗号化しない、「SSLを使用」がオフの場合も含みます）',
            unsure: 'わからない',
          },
        },
        network: {
          title: 'メールを送信するとき、どのネットワークからインターネットにつないでいますか？',
          hint: 'ご自宅ではASAHIネットでも、外出先ではほかのネットワークを使っていることがあります。',
          required: '使っているネットワークを選んでください',
          options: {
            asahi: 'ASAHIネットのインターネット接続サービス（auひかり以外の回線）',
            'au-hikari': 'auひかり回線（ASAHIネットのauひかりも含みます）',
            other: 'ほかのプロバイダー、モバイル回線、公衆Wi-Fiなど',
            unsure: 'わからない',
          },
        },
        'smtp-auth': {
          title: '送信メールサーバーの認証（SMTP認証）は、オンになっていますか？',
          hint: '送信メールサーバーの設定で、ユーザー名とパスワードで認証するかどうかを選ぶ項目です。表示はメールソフトによって違います。',
          required: 'SMTP認証がオンかどうかを選んでください',
          options: {
            yes: 'オンになっている',
            no: 'オフになっている（「認証なし」を含みます）',
            'pop-before-smtp': 'メールソフトにこの設定がなく、POP before SMTPで送信している',
            unsure: 'わからない',
          },
        },
        'receive-port': {
          title: '受信メールサーバー（POP3）のポート番号は、いくつになっていますか？',
          hint: 'POP before SMTPでは、受信してから送信するため、受信の設定も関係します。メールソフトのアカウント設定で、受信メールサーバーの「ポート」欄に表示されている数字です。',
          required: 'ポート番号を選んでください。わからない場合は「わからない」を選んでください',
          options: {
            other: 'これ以外の番号',
            unsure: 'わからない',
          },
        },
        registration: {
          title: 'お使いのASAHIネットIDで「拡張サービス利用設定」を登録していますか？',
          hint: 'SMTP認証は、「拡張サービス利用設定」を登録したASAHIネットIDで使えます。',
          required: '登録済みかどうかを選んでください',
          options: {
            yes: '登録している',
            no: '登録していない',
            unsure: 'わからない',
          },
        },
        'user-name': {
          title: 'メールソフトのユーザー名（アカウント名）には、何が入っていますか？',
          hint: '「ユーザー名」「アカウント名」「ログイン名」などと表示される欄です。入っている文字を答えていただく必要はありません。',
          required: 'ユーザー名に入っているものを選んでください',
          options: {
            id: 'ASAHIネットID（すべて半角小文字）',
            'id-uppercase': 'ASAHIネットID（大文字か全角文字が入っている）',
            address: 'メールアドレス',
            other: 'これ以外のもの',
            unsure: 'わからない',
          },
        },
        host: {
          title: '送信メールサーバー（SMTP）のサーバー名は、どれになっていますか？',
          hint: 'メールソフトのアカウント設定で、送信メールサーバーの欄に表示されている名前です。',
          required: 'サーバー名を選んでください。わからない場合は「わからない」を選んでください',
          options: {
            mail: '{{host}}',
            mails: '{{host}}',
            mailssl: '{{host}}',
            other: 'これ以外の名前',
            unsure: 'わからない',
          },
        },
        'virus-check': {
          title: '「おまかせウイルスチェック」を契約していますか？',
          hint: '「おまかせウイルスチェック」を契約している場合は、専用の送信メールサーバーを使います。',
          required: '契約しているかどうかを選んでください',
          options: {
            yes: '契約している',
            no: '契約していない',
            unsure: 'わからない',
          },
        },
        antivirus: {
          title: 'ウイルス対策ソフトやファイアウォールソフトの送信メールチェック機能は、有効になっていますか？',
          hint: 'この機能が有効だと、SMTP認証での送信に失敗することがあります。',
          required: '送信メールチェック機能が有効かどうかを選んでください',
          options: {
            yes: '有効になっている',
            no: '有効になっていない、またはそのようなソフトを使っていない',
            unsure: 'わからない',
          },
        },
      },
    },
    'cant-receive': {
      title: 'メールを受信できないとき',
      resultTitle: '受信できない原因と直し方',
      steps: {
        symptom: {
          title: 'メールを受信しようとすると、どうなりますか？',
          hint: '表示されるメッセージにいちばん近いものを選んでください。',
          required: 'どうなるかを選んでください',
          options: {
            'times-out': 'しばらく待たされたあとで失敗する、またはサーバーに接続できないと表示される',
            'password-rejected': 'ユーザー名かパスワードが違うと表示される、またはパスワードを何度もたずねられる',
            'secure-connection': '証明書や、安全な接続（SSL/TLS）についてのエラーが表示される',
            gmail: 'ASAHIネットのメールをGmailで読んでいて、新しいメールがGmailに届かなくなった',
            unsure: 'わからない、またはほかのメッセージが表示される',
          },
        },
        host: {
          title: '受信メールサーバー（POP3）のサーバー名は、どれになっていますか？',
          hint: 'メールソフトのアカウント設定で、受信メールサーバーの欄に表示されている名前です。',
          required: 'サーバー名を選んでください。わからない場合は「わからない」を選んでください',
          options: {
            pop: '{{host}}',
            mail: '「mail」で始まる名前（{{host}}など）',
            other: 'これ以外の名前',
            unsure: 'わからない',
          },
        },
        port: {
          title: '受信メールサーバーのポート番号は、いくつになっていますか？',
          hint: 'メールソフトのアカウント設定で、受信メールサーバーの「ポート」欄に表示されている数字です。',
          required: 'ポート番号を選んでください。わからない場合は「わからない」を選んでください',
          options: {
            other: 'これ以外の番号',
            unsure: 'わからない',
          },
        },
        security: {
          title: '受信メールサーバーの接続の保護（暗号化）は、どれになっていますか？',
          hint: 'メールソフトによって表示が違います（Thunderbirdでは「接続の保護」、iPhoneでは「SSLを使用」など）。',
          required: '接続の保護を選んでください。わからない場合は「わからない」を選んでください',
          options: {
            'ssl-tls': 'SSL/TLS（「SSLを使用」がオンの場合も含みます）',
            starttls: 'STARTTLS',
            none: 'なし（暗号化しない、「SSLを使用」がオフの場合も含みます）',
            unsure: 'わからない',
          },
        },
        'user-name': {
          title: 'メールソフトのユーザー名（アカウント名）には、何が入っていますか？',
          hint: '「ユーザー名」「アカウント名」「ログイン名」などと表示される欄です。入っている文字を答えていただく必要はありません。',
          required: 'ユーザー名に入っているものを選んでください',
          options: {
            id: 'ASAHIネットID（すべて半角小文字）',
            'id-uppercase': 'ASAHIネットID（大文字か全角文字が入っている）',
            address: 'メールアドレス',
            other: 'これ以外のもの',
            unsure: 'わからない',
          },
        },
      },
    },
  },

  certainty: {
    definite: 'お答えの設定が原因です',
    likely: '原因の可能性が高いもの',
    possible: '念のため確かめてください',
  },

  causes: {
    starttls: {
      title: 'STARTTLSでは接続できません',
      body: 'ASAHIネットのメールサーバーはSTARTTLS（STLS）に対応していません。接続の保護を次のように変えてください。',
    },
    'ssl-on-plain-port': {
      title: 'SSL/TLSは、SSL/TLS用のポート番号で使います',
      body: '今のポート番号は暗号化しない接続用のため、SSL/TLSでは接続できません。暗号化したまま使うには、次のように変えてください。',
    },
    'no-ssl-on-ssl-port': {
      title: 'このポート番号ではSSL/TLSが必要です',
      body: '今のポート番号はSSL/TLSで暗号化する接続専用のため、「なし」では接続できません。次のように変えてください。',
    },
    'port-25-au-hikari': {
      title: 'auひかり回線からは25番ポートを使えません',
      body: 'auひかり回線からメールを送信するときは、次のように変えてください。',
    },
    'port-not-offered': {
      title: 'ASAHIネットのメールサーバーで使えるポート番号ではありません',
      body: 'ポート番号を、ASAHIネットのメールサーバーで使えるものに変えてください。',
    },
    'port-25-blocked': {
      title: '25番ポートからの送信は、ネットワークによって制限されていることがあります',
      body: 'ASAHIネット以外のネットワークでは、25番ポートからのメール送信が制限されている（Outbound Port 25 Blocking）場合があります。25番ポートが制限されたネットワークからも送信できるように、次のように変えてください。',
    },
    'check-port-security': {
      title: 'ポート番号と接続の保護の組み合わせを確かめてください',
      body: 'ポート番号ごとに、選ぶ接続の保護（暗号化）が決まっています。メールソフトの設定が次のとおりになっているか確かめてください。',
    },
    'out-auth-off': {
      title: 'メールの送信にはSMTP認証が必要です',
      body: 'メールソフトの送信メールサーバーの設定で認証（SMTP認証）をオンにして、受信と同じユーザー名とパスワードを使う設定にしてください。SMTP認証の設定がないメールソフトでは「POP before SMTP」で送信します。送信する前に、暗号化しないポート番号{{popPort}}でメールを受信してください。ASAHIネットのPOP before SMTPのページによると、受信してから{{minutes}}分間は送信できます。それでも送信できないときは、SMTP認証に対応したメールソフトへの切り替えをおすすめします。',
    },
    'pop-before-smtp-ssl': {
      title: 'POP before SMTPで送信するときは、SSL/TLSを使わずに受信します',
      body: 'ASAHIネットのPOP before SMTPのページによると、POP before SMTPのサーバーはSSL/TLSに対応していません。POP before SMTPで送信するには、暗号化しないポート番号{{popPort}}で受信し、{{minutes}}分以内に送信してください。受信メールサーバーを次のように変えてください。',
    },
    'registration-missing': {
      title: 'SMTP認証を使うには「拡張サービス利用設定」の登録が必要です',
      body: 'SMTP認証は、「拡張サービス利用設定」を登録したASAHIネットIDで使えます。登録状況を確認し、登録していなければ登録してください。',
    },
    'user-is-address': {
      title: 'ユーザー名は、メールアドレスではなくASAHIネットIDです',
      body: 'ほかのドメインのメールアドレスを使う場合も、ユーザー名はASAHIネットID（例: {{example}}）です。すべて半角小文字で入力してください。',
    },
    'user-not-lowercase': {
      title: 'ユーザー名を半角小文字にしてみてください',
      body: 'ASAHIネットのページでは、ASAHIネットIDの例はすべて半角小文字で、メールパスワードの欄には「すべて半角小文字で設定」と書かれています。ユーザー名のASAHIネットIDに大文字や全角文字が入っている場合は、半角小文字に直してみてください（例: {{example}}）。',
    },
    'user-not-id': {
      title: 'ユーザー名にはASAHIネットIDを入力します',
      body: 'ユーザー名（アカウント名）がASAHIネットID（例: {{example}}）になっているか確かめてください。すべて半角小文字で入力します。',
    },
    'mails-without-virus-check': {
      title: 'この送信メールサーバーは、「おまかせウイルスチェック」を契約している場合のサーバーです',
      body: '「おまかせウイルスチェック」を契約していない場合は、送信メールサーバーを次のように変えてください。',
    },
    'host-unknown': {
      title: 'ASAHIネットのメールサーバーの名前ではありません',
      body: 'ほかのプロバイダーやメールサービスのサーバー名が残っている可能性があります。サーバー名を次のように変えてください。',
    },
    'mails-virus-check-unsure': {
      title: '「おまかせウイルスチェック」の契約がわからないときは、標準の送信メールサーバーを使います',
      body: 'この送信メールサーバーは、「おまかせウイルスチェック」を契約している場合のサーバーです。契約しているかわからないときは、次のように変えてください。',
    },
    'antivirus-outgoing-check': {
      title: 'ウイルス対策ソフトの送信メールチェック機能で、送信に失敗することがあります',
      body: 'ウイルス対策ソフトやファイアウォールソフトの送信メールチェック機能が有効だと、SMTP認証での送信に失敗することがあります。ソフトの説明書にしたがって、送信メールチェック機能を無効にしてください。',
    },
    'wrong-password': {
      title: 'パスワードは、ASAHIネットIDのパスワードです',
      body: 'メールソフトのパスワードが、ASAHIネットIDのパスワードになっているか確かめてください。ASAHIネットのページでは、メールパスワードの欄に「すべて半角小文字で設定」と書かれています。',
    },
    'network-restriction': {
      title: 'ネットワークによっては、外部のメールサーバーを使えないことがあります',
      body: 'ASAHIネット以外のネットワーク（勤務先のネットワーク、公衆Wi-Fiなど）では、メールサーバーの利用が制限されていて、送受信できない場合があります。別のネットワークから試すか、そのネットワークの管理者に確かめてください。',
    },
    'host-wrong-role': {
      title: '受信メールサーバーに、送信メールサーバーの名前が入っています',
      body: '受信メールサーバー（POP3）と送信メールサーバー（SMTP）は別のサーバーです。受信メールサーバーを次のように変えてください。',
    },
    'check-host': {
      title: '受信メールサーバーの名前を確かめてください',
      body: '受信メールサーバー（POP3）の名前が、次のとおりになっているか確かめてください。',
    },
    'gmail-pop-ended': {
      title: 'Gmailは、ほかのアカウントのメールをPOPで確認しなくなりました',
      body: 'Googleは2025年に、Gmailヘルプ「Gmail の Gmailify と POP の今後の変更について」で、次の変更を発表しました。2026年1月から、GmailでPOPを使ってほかのアカウントのメールを確認する機能のサポートを終了すること、パソコン版のGmailで「他のアカウントのメールを確認」を使えなくすることです。この機能でASAHIネットのメールをGmailに取り込んでいた場合、新しいメールはGmailに届きません。メールソフトにASAHIネットのアカウントを設定して、そちらで受信してください。Googleによると、それまでにGmailに取り込まれたメールは、Gmailに残ります。',
    },
    'recheck-settings': {
      title: 'お答えの内容からは、原因を特定できませんでした',
      body: 'メールソフトの設定が次のとおりになっているか確かめてください。メールソフトの設定をすべて入力して確かめることもできます。',
    },
  },

  imapNote:
    'ASAHIネットのページでご案内している受信メールサーバーは、POP3のサーバーです。このガイドも、POPのアカウントとしての設定をご案内しています。メールソフトでIMAPのアカウントとして設定している場合は、POPのアカウントとして設定することをおすすめします。',

  fixes: {
    host: 'サーバー名を{{value}}にします。',
    port: 'ポート番号を{{value}}にします。',
    security: '接続の保護（暗号化）を「{{value}}」にします。',
    'smtp-auth': 'SMTP認証（送信メールサーバーの認証）をオンにします。',
    'user-name': 'ユーザー名をASAHIネットIDにします（例: {{example}}）。',
    password: 'パスワードをASAHIネットIDのパスワードにします。',
    registration: '「拡張サービス利用設定」を登録します。',
    'antivirus-outgoing-check': 'ウイルス対策ソフトの送信メールチェック機能を無効にします。',
  },

  result: {
    cardsFailed: '直し方を読み込めませんでした。インターネットにつながっているか確かめて、ページを再読み込みしてください。',
    summaryHeading: '上から順に確かめてください',
    settingHeading: '正しい設定',
    settingHeadingReceive: '受信メールサーバー（POP3）の正しい設定',
    host: 'サーバー名',
    port: 'ポート番号',
    security: '接続の保護',
    hostAssumed: '「おまかせウイルスチェック」を契約している場合は、送信メールサーバーを{{host}}にしてください。',
    alternative: 'メールソフトがこの設定に対応していない場合は、代わりに次のようにします。',
    copyWhat: {
      host: 'サーバー名（{{value}}）',
      port: 'ポート番号（{{value}}）',
      security: '接続の保護「{{value}}」',
    },
    setupLink: '設定の質問に答えて確かめ直す',
    appsLink: 'メールソフトごとの設定手順を見る',
    checkLink: 'メールソフトの設定を入力して確かめる',
    appsIntro: 'メールソフトのどこでこの設定を確かめ、直すかは、お使いのメールソフトの手順をご覧ください。',
    errorLookupLink: 'エラーメッセージから原因を調べる',
    startAgain: '最初からやり直す',
  },

  values: {
    security: {
      'ssl-tls': 'SSL/TLS',
      starttls: 'STARTTLS',
      none: 'なし',
    },
  },

  check: {
    title: '今の設定を確かめる',
    intro:
      'メールソフトに表示されている設定を入力すると、ASAHIネットの設定と違うところを、原因になりやすい順にお知らせします。わかる項目だけ入力してもかまいません。',
    privacy:
      'パスワードをおたずねすることはありません。ASAHIネットIDやメールアドレスは、ページのアドレスに入りません。入力したサーバー名やポート番号などの設定はページのアドレスに入るので、そのアドレスをサポート担当者と共有できます。',
    sections: {
      incoming: '受信メールサーバー（POP3）',
      outgoing: '送信メールサーバー（SMTP）',
      account: 'アカウント',
      situation: 'ご利用の状況（わかる場合）',
    },
    fields: {
      'in-host': {
        label: 'サーバー名',
        name: '受信メールサーバーのサーバー名',
        hint: 'メールソフトに表示されているとおりに入力してください。',
      },
      'in-port': {
        label: 'ポート番号',
        name: '受信メールサーバーのポート番号',
        hint: '数字だけを入力してください。',
      },
      'in-security': {
        label: '接続の保護（暗号化）',
        name: '受信メールサーバーの接続の保護',
        hint: 'iPhoneやMacの「メール」のように「SSLを使用」「TLS/SSLを使用」のオン・オフで選ぶメールソフトでは、オンなら「SSL/TLS」、オフなら「なし」を選んでください。',
      },
      'out-host': {
        label: 'サーバー名',
        name: '送信メールサーバーのサーバー名',
        hint: 'メールソフトに表示されているとおりに入力してください。',
      },
      'out-port': {
        label: 'ポート番号',
        name: '送信メールサーバーのポート番号',
        hint: '数字だけを入力してください。',
      },
      'out-security': {
        label: '接続の保護（暗号化）',
        name: '送信メールサーバーの接続の保護',
        hint: 'iPhoneやMacの「メール」のように「SSLを使用」「TLS/SSLを使用」のオン・オフで選ぶメールソフトでは、オンなら「SSL/TLS」、オフなら「なし」を選んでください。',
      },
      'out-auth': {
        label: '送信メールサーバーの認証（SMTP認証）',
        name: '送信メールサーバーの認証',
        hint: '送信メールサーバーの設定で、ユーザー名とパスワードで認証するかどうかを選ぶ項目です。',
      },
      user: {
        label: 'ユーザー名（アカウント名）に入っているもの',
        name: 'ユーザー名',
        hint: '入っている文字そのものは入力しません。',
      },
      network: {
        label: 'メールを送信するときのネットワーク',
        name: 'ネットワーク',
        hint: 'わからない場合は空欄のままでかまいません。',
      },
      'virus-check': {
        label: '「おまかせウイルスチェック」の契約',
        name: '「おまかせウイルスチェック」の契約',
        hint: 'わからない場合は空欄のままでかまいません。',
      },
    },
    options: {
      security: {
        'ssl-tls': 'SSL/TLS',
        starttls: 'STARTTLS',
        none: 'なし',
      },
      'out-auth': {
        on: 'オン（認証が必要）',
        off: 'オフ（認証なし）',
      },
      user: {
        id: 'ASAHIネットID（すべて半角小文字）',
        'id-uppercase': 'ASAHIネットID（大文字か全角文字が入っている）',
        address: 'メールアドレス',
        other: 'これ以外のもの',
      },
      network: {
        asahi: 'ASAHIネットのインターネット接続サービス（auひかり以外の回線）',
        'au-hikari': 'auひかり回線（ASAHIネットのauひかりも含みます）',
        other: 'ほかのプロバイダー、モバイル回線、公衆Wi-Fiなど',
        unsure: 'わからない',
      },
      'virus-check': {
        yes: '契約している',
        no: '契約していない',
        unsure: 'わからない',
      },
    },
    userNameTyping: {
      label: 'ユーザー名を入力して形を確かめる（任意）',
      hint: '入力した文字はこのページの中だけで使い、送信も保存もしません。ページのアドレスにも入りません。',
    },
    submit: '確かめる',
    clear: '入力をすべて消す',
    resultTitle: '確認の結果',
    given: '入力された値: {{given}}',
    expected: '正しい値',
    copyExpected: '{{field}}の正しい値',
    also: 'あわせて、{{field}}を{{value}}にしてください。',
    set: '{{field}}を{{value}}にしてください。',
    /** A choice's label as a sentence quotes it (「なし」); typed values stay bare. */
    choice: '「{{value}}」',
    copyCorrection: '{{field}} {{value}}',
    alternative: '代わりに、次のように設定しても使えます。',
    uncheckedHeading: '次の項目は入力がなかったため、確かめていません。',
    errorSummary: 'ページのアドレスに、読み取れない値がありました。該当する項目を入力し直してください。',
    invalid: {
      'in-host': '「{{value}}」はサーバー名として読み取れませんでした。サーバー名だけを半角で入力してください。',
      'in-port': '「{{value}}」はポート番号として読み取れませんでした。数字だけを入力してください。',
      'in-security': '「{{value}}」は選択肢にありません。接続の保護を選び直してください。',
      'out-host': '「{{value}}」はサーバー名として読み取れませんでした。サーバー名だけを半角で入力してください。',
      'out-port': '「{{value}}」はポート番号として読み取れませんでした。数字だけを入力してください。',
      'out-security': '「{{value}}」は選択肢にありません。接続の保護を選び直してください。',
      'out-auth': '「{{value}}」は選択肢にありません。送信メールサーバーの認証を選び直してください。',
      user: '「{{value}}」は選択肢にありません。ユーザー名に入っているものを選び直してください。',
      network: '「{{value}}」は選択肢にありません。ネットワークを選び直してください。',
      'virus-check': '「{{value}}」は選択肢にありません。「おまかせウイルスチェック」の契約を選び直してください。',
    },
    diagnoses: {
      starttls: {
        title: '{{field}}に「STARTTLS」が選ばれています',
        body: 'ASAHIネットのメールサーバーはSTARTTLS（STLS）に対応していないため、この設定では接続できません。{{field}}を{{value}}にしてください。',
      },
      'ssl-on-plain-port': {
        title: 'ポート番号{{given}}でSSL/TLSが選ばれています',
        body: 'ポート番号{{given}}は暗号化しない接続用のため、SSL/TLSでは接続できません。暗号化したまま使うには、{{field}}を{{value}}にしてください。',
      },
      'no-ssl-on-ssl-port': {
        title: 'SSL/TLS用のポート番号で、{{field}}が「なし」になっています',
        body: 'このポート番号はSSL/TLSで暗号化する接続専用のため、「なし」では接続できません。{{field}}を{{value}}にしてください。',
      },
      'user-is-address': {
        title: 'ユーザー名にメールアドレスが入っています',
        body: 'ユーザー名は、メールアドレスではなくASAHIネットID（例: {{example}}）です。ほかのドメインのメールアドレスを使う場合も同じです。すべて半角小文字で入力してください。',
      },
      'out-auth-off': {
        title: '送信メールサーバーの認証（SMTP認証）がオフになっています',
        body: 'ASAHIネットでメールを送信するには、SMTP認証が必要です。{{field}}をオンにして、受信と同じユーザー名とパスワードを使う設定にしてください。SMTP認証は「拡張サービス利用設定」を登録したASAHIネットIDで使えるので、登録状況も確認してください。SMTP認証の設定がないメールソフトでは「POP before SMTP」で送信します。送信する前に、暗号化しないポート番号{{popPort}}でメールを受信してください。ASAHIネットのPOP before SMTPのページによると、受信してから{{minutes}}分間は送信できます。',
      },
      'pop-before-smtp-ssl': {
        title: '受信はSSL/TLSで、送信はSMTP認証なしになっています',
        body: 'SMTP認証の設定がないメールソフトでは「POP before SMTP」で送信しますが、ASAHIネットのPOP before SMTPのページによると、POP before SMTPのサーバーはSSL/TLSに対応していません。メールソフトにSMTP認証の設定がない場合は、{{field}}を{{value}}にして、受信してから{{minutes}}分以内に送信してください。設定がある場合は、受信はSSL/TLSのままで、SMTP認証をオンにしてください。',
      },
      'port-25-au-hikari': {
        title: 'auひかり回線からは25番ポートを使えません',
        body: 'auひかり回線からは、25番ポートでメールを送信できません。{{field}}を{{value}}にしてください。',
      },
      'mails-without-virus-check': {
        title: '{{given}}は「おまかせウイルスチェック」を契約している場合のサーバーです',
        body: '「おまかせウイルスチェック」を契約していない場合は、{{field}}を{{value}}にしてください。',
      },
      'host-wrong-role': {
        title: '{{given}}は、この欄に入れるサーバー名ではありません',
        body: '受信メールサーバー（POP3）と送信メールサーバー（SMTP）は別のサーバーです。{{field}}を{{value}}にしてください。',
      },
      'port-wrong-role': {
        title: 'ポート番号{{given}}は、もう一方のサーバーのポート番号です',
        body: '受信と送信のポート番号が入れ替わっている可能性があります。{{field}}を{{value}}にしてください。',
      },
      'host-typo': {
        title: '「{{given}}」はASAHIネットのサーバー名ではありません',
        body: '{{value}}の入力間違いではありませんか。{{field}}を{{value}}にしてください。',
      },
      'host-address-domain': {
        title: '「{{given}}」はメールアドレスのドメイン名です',
        body: 'サーバー名の欄には、メールアドレスの「@」より後ろの部分ではなく、メールサーバーの名前を入力します。{{field}}を{{value}}にしてください。',
      },
      'host-unknown': {
        title: '「{{given}}」はASAHIネットのサーバー名ではありません',
        body: 'ほかのプロバイダーやメールサービスのサーバー名が残っている可能性があります。ASAHIネットのメールを使うには、{{field}}を{{value}}にしてください。',
      },
      'port-not-offered': {
        title: 'ポート番号{{given}}は、このサーバーでは使えません',
        body: '{{field}}を{{value}}にしてください。',
      },
      'host-full-width': {
        title: 'サーバー名に全角文字が入っています',
        body: 'サーバー名は、すべて半角で入力します。{{field}}を{{value}}にしてください。',
      },
      'user-not-lowercase': {
        title: 'ユーザー名に大文字か全角文字が入っています',
        body: 'ASAHIネットのページでは、ASAHIネットIDの例はすべて半角小文字で、メールパスワードの欄には「すべて半角小文字で設定」と書かれています。大文字や全角文字を半角小文字に直してみてください（例: {{example}}）。',
      },
      'user-not-id': {
        title: 'ユーザー名がASAHIネットIDになっていません',
        body: 'ユーザー名にはASAHIネットID（例: {{example}}）を、すべて半角小文字で入力してください。パスワードは、そのASAHIネットIDのパスワードです。',
      },
      'port-25-blocked': {
        title: '25番ポートは、ネットワークによっては使えません',
        body: 'ASAHIネット以外のネットワーク（ほかのプロバイダー、モバイル回線、公衆Wi-Fiなど）では、25番ポートからのメール送信が制限されている（Outbound Port 25 Blocking）場合があります。25番ポートが制限されたネットワークからも送信できるように、{{field}}を{{value}}にしてください。',
      },
      'mails-virus-check-unsure': {
        title: '{{given}}は「おまかせウイルスチェック」を契約している場合のサーバーです',
        body: '契約しているかわからないときは、{{field}}を{{value}}にしてください。',
      },
      'mail-with-virus-check': {
        title: '「おまかせウイルスチェック」用の送信メールサーバーになっていません',
        body: '「おまかせウイルスチェック」を契約している場合の送信メールサーバーは{{value}}です。{{field}}を{{value}}にしてください。',
      },
      'looks-right': {
        title: '入力された設定に、違っているところは見つかりませんでした',
        body: 'それでも送受信できないときは、次の点を確かめてください。',
      },
      'nothing-to-check': {
        title: '設定が入力されていません',
        body: 'メールソフトに表示されている設定を入力してから、「確かめる」を押してください。',
      },
    },
    hints: {
      registration: 'SMTP認証は、「拡張サービス利用設定」を登録したASAHIネットIDで使えます。登録状況を確認してください。',
      'antivirus-outgoing-check':
        'ウイルス対策ソフトやファイアウォールソフトの送信メールチェック機能が有効だと、SMTP認証での送信に失敗することがあります。その場合は、ソフトの説明書にしたがって無効にしてください。',
      'encryption-recommended': '暗号化しない設定でも使えますが、メールソフトが対応していれば、SSL/TLSで暗号化する設定をおすすめします。',
      'port-25-asahi-only':
        '25番ポートはauひかり回線からは使えず、ほかのネットワークでも制限されている場合があります。25番ポートが制限されたネットワークからも送信できるサブミッションポート（{{port}}番）をおすすめします。',
    },
  },
} as const;
