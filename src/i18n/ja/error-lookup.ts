export default {
  title: 'エラーメッセージから原因を調べる',
  intro: 'メールソフトに表示されたエラーメッセージ（またはエラー番号）から、考えられる原因と直し方をご案内します。',
  appLabel: 'お使いのメールソフト',
  apps: {
    unsure: 'わからない',
  },
  messageLabel: '表示されたメッセージ',
  messageHint: 'メッセージをそのまま貼り付けるか、入力してください。一部だけやエラー番号（例: 0x800CCC0E）だけでもかまいません。入力した内容はこのパソコンやスマートフォンの中だけで使い、送信も保存もしません。',
  messageRequired: 'メッセージかエラー番号を入力してください',
  submit: '原因を調べる',
  appGuideLink: '{{app}}で設定を確かめ、直す手順',
  searching: 'メッセージの一覧を読み込んでいます…',
  searchFailed: {
    offline:
      'メッセージの一覧を読み込めませんでした。パソコンやスマートフォンがネットワークにつながっているか確認してから、もう一度［原因を調べる］を押してください。入力した内容は消えていません。',
    failed: 'メッセージの一覧を読み込めませんでした。このページを再読み込みしてから、もう一度お試しください。',
  },
  resultHeading: '見つかったメッセージ',
  matchedApp: '{{app}}のメッセージ',
  matchedCode: 'エラー番号{{code}}',
  /**
   * What the shown text is and where it is from (src/troubleshoot/messages/about.ts). The exact
   * source (repository, path, key) is for staff: docs/error-messages.md. Only Outlook's texts come
   * from pages, so the page kinds name Microsoft.
   */
  about: {
    line: '{{what}}{{shownIn}}',
    kind: {
      own: 'メールソフトに表示される文言をそのまま載せています。',
      code: '{{app}}が表示するエラー番号です。',
      vendor: 'Microsoftのヘルプに載っている文言です。',
      'vendor-translated': 'Microsoftのヘルプ（日本語版）に載っている文言です。実際の画面では表現が違うことがあります。',
      quoted: 'Microsoft以外のウェブサイトに引用されている文言です。',
    },
    shownIn: {
      'outlook-codes': 'Outlook 2000からMicrosoft 365まで、同じ意味で使われています。',
      'outlook-2013-365': 'Outlook 2013からMicrosoft 365までのものです。',
      'outlook-2013-365-and-2000-2003': 'Outlook 2013からMicrosoft 365までのもので、Outlook 2000から2003でも同じ文言です。',
      'outlook-express': 'Outlook Expressのものです。',
      'outlook-express-and-outlook': 'Outlook Expressのもので、Outlookでも同じ文言が報告されています。',
      'outlook-2002-2003': 'Outlook 2002・2003のものです。',
      'outlook-2002-2003-likely': '引用元のウェブサイトにはOutlook Expressと書かれていますが、この形のメッセージはOutlook 2002・2003のものです。',
      'outlook-2000-2003': 'Outlook 2000・2003のものです。',
      'outlook-2010-2019': 'Outlook 2010から2019までのものです。',
      'outlook-imap': 'OutlookでIMAPのアカウントについて表示されたものです。',
      'outlook-setup': 'Outlookのアカウントの自動設定で表示されるものです。',
      'thunderbird-recent': 'Thunderbird 156のもので、それ以前の最近のバージョンも同じ文言です。',
      'aosp-2019': 'Androidのオープンソースのメールソフト（AOSP Email）の2019年時点のものです。お使いのメールソフトでは表現が違うことがあります。',
      'thunderbird-android-24': 'Thunderbird for Android 24.0のものです。',
      'ios-15': 'iOS 15のものです。',
      'ios-15-6-1': 'iOS 15.6.1のものです。',
      'macos-12': 'macOS 12のものです。',
    },
  },
  groups: {
    send: '送信するときに表示された場合',
    receive: '受信するときに表示された場合',
  },
  flowLink: {
    'cant-send': '質問に答えて、送信できない原因を絞り込む',
    'cant-receive': '質問に答えて、受信できない原因を絞り込む',
  },
  otherCandidates: 'ほかに近いメッセージ',
  otherCandidatesIntro: '表示されたメッセージが次のどれかに近い場合は、そちらを選んでください。',
  titleCandidatesIntro: '「{{title}}」は、いくつかのメッセージの見出しです。上には、もっとも可能性の高いものを表示しています。見出しの下のメッセージが次のどれかの場合は、そちらを選んでください。',
  alertTitle: 'このメッセージの見出し：「{{title}}」',
  notFound: {
    heading: '一致するメッセージが見つかりませんでした',
    body: 'このガイドに載っているメッセージの中に、入力された内容と一致するものはありませんでした。送信できないのか受信できないのかを選んで、質問に答えて原因を探してください。',
  },
  noMessages: {
    heading: 'このメールソフトのメッセージはまだご案内できません',
    body: '{{app}}のエラーメッセージは、まだこのガイドに載っていません。送信できないのか受信できないのかを選んで、質問に答えて原因を探してください。',
  },
  questions: {
    'cant-send': 'メールを送信できない',
    'cant-receive': 'メールを受信できない',
  },
  supportHeading: 'エラーメッセージ',
  supportIntro: 'このガイドに載っているエラーメッセージの一覧です。リンクを開くと、そのメッセージの原因と直し方が表示されます。',
} as const;
