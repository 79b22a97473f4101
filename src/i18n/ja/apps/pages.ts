/** The apps page (`/ja/apps/`) and each app's own guide page (`/ja/apps/<app>/`). */
export default {
  list: {
    title: 'メールソフト別の対応状況',
    intro:
      'ASAHIネットのメールの受信（POP3）と送信（SMTP）で使う機能に、主なメールソフトが対応しているかどうかの一覧です。メールソフトの名前を押すと、そのメールソフトでの設定手順が開きます。',
    caption: '主なメールソフトの対応状況',
    columns: {
      app: 'メールソフト',
      pop3: 'POP3のアカウント',
      'pop-ssl': 'POP over SSL/TLS（{{port}}番ポート）',
      'smtp-ssl': 'SMTP over SSL/TLS（{{port}}番ポート）',
      'smtp-auth': 'SMTP認証',
      apop: 'APOP',
      note: '注意',
      sources: '出典',
    },
    values: { yes: '対応', no: '非対応', unsure: '未確認' },
    statusNotes: {
      current: '—',
      risky: '報道やブログによると、新しいOutlookでは、Microsoftのサーバーが代わりにメールを受信・送信します。従来のOutlookやThunderbirdなど、ほかのメールソフトをおすすめします。',
      'at-risk': 'Googleは2025年に、2026年1月からGmailでPOPを使ってほかのアカウントのメールを確認する機能のサポートを終了すると発表しました。報道によると、Gmailアプリでほかのメールサービスのアカウントを追加できるのはIMAPの場合です（ASAHIネットの受信メールサーバーはPOP3です）。Thunderbird for AndroidならPOP3のアカウントを追加できます。',
    },
    sources: {
      outlook: 'Microsoftコミュニティ、ほかのプロバイダーの設定案内。これらの案内の画面には、APOPの項目がありません。',
      'new-outlook': 'Microsoft「サポートされているアカウントの種類」（POPとIMAPのアカウントに対応）。受信と送信の経路は、報道とブログ（Microsoftの発表ではありません）。',
      thunderbird: 'Thunderbirdのソースコードと翻訳ファイル（「暗号化されたパスワード認証」はAPOPにも対応）。',
      'apple-mail': 'Appleのサポート記事「Mac のメールで接続設定を自動的に管理する」。',
      'ios-mail': 'Appleの構成プロファイルの仕様（メールの認証方式にAPOPがありません）。',
      android: 'Thunderbird for AndroidとAndroid標準の「メール」のソースコードと翻訳ファイル（APOPはありません）。GmailとPOPについては、Gmailヘルプ「Gmail の Gmailify と POP の今後の変更について」（2025年）。Gmailアプリについては、報道（Googleの発表ではありません）。',
      becky: 'ほかのプロバイダーの設定案内。',
    },
    retiredHeading: 'もう使えないメールソフトと機能',
    retired: {
      'windows-mail': {
        name: 'Windowsの「メール」',
        note: 'Microsoftによると、2024年12月31日でサポートが終わり、それ以降はメールを送受信できません。ほかのメールソフトに移る必要があります。',
      },
      'gmail-web': {
        name: 'パソコン版Gmailの「他のアカウントのメールを確認」',
        note: 'Googleは2025年に、2026年1月からGmailでPOPを使ってほかのアカウントのメールを確認する機能のサポートを終了し、パソコン版のGmailで「他のアカウントのメールを確認」を使えなくすると発表しました（Gmailヘルプ「Gmail の Gmailify と POP の今後の変更について」）。報道によると、新しく設定する場合は2026年の第1四半期から、すでに使っている場合も2026年のうちに使えなくなります。ASAHIネットのメールは、ASAHIネットのアカウントを設定したメールソフトで受信してください。',
      },
    },
  },
  guide: {
    title: '{{app}}の設定手順',
    intro:
      'ASAHIネットがおすすめする設定（SSL/TLSでの暗号化、SMTP認証、標準の送信メールサーバー）で、{{app}}にASAHIネットのメールアドレスを設定する手順です。',
    fitIntro:
      'おすすめの設定が合わない場合があります（「おまかせウイルスチェック」を契約している場合など）。お使いのネットワークやオプションに合わせた設定は、いくつかの質問に答えると確かめられます。',
    fitLink: '質問に答えて、自分に合った設定を確かめる',
    allApps: 'ほかのメールソフトの対応状況',
  },
};
