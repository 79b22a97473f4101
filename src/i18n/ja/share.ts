/**
 * "Open on your phone" (src/components/share/): the QR code of a result or an app's guide, its
 * link, Share and Copy link. Loaded on demand with that section's code, after the page is
 * interactive, so that it costs the pages nothing before then.
 */
export default {
  heading: 'スマートフォンで開く',
  showCode: 'QRコードを表示',
  opensResult: 'スマートフォンのカメラでこのQRコードを読み取ると、このページが同じ回答のまま開きます。',
  opensGuide: 'スマートフォンのカメラでこのQRコードを読み取ると、このページが開きます。',
  profile: 'iPhoneやiPadでこのページを開くと、下の構成プロファイルをその場でダウンロードしてインストールできます。',
  nothingPersonalResult: 'QRコードとリンクに含まれるのは質問への回答だけです。ASAHIネットID、メールアドレス、パスワードは、このページに入力していても含まれません。',
  nothingPersonalGuide: 'QRコードとリンクには、ASAHIネットID、メールアドレス、パスワードは含まれません。',
  link: 'QRコードを読み取れないときは、次のリンクを開いてください。',
  share: 'このページを共有',
  shareFailed: '共有できませんでした。「このページのリンクをコピー」でリンクをコピーしてください。',
  copyWhat: 'このページのリンク',
  print: 'このQRコードから、このページを開けます。',
} as const;
