/**
 * The result's downloads (a Thunderbird file, an Apple profile): loaded with their code once
 * the result is interactive (src/routes/setup/exports.tsx), not with every question of the flow.
 */
import type { IosJa, MacJa } from '../../walkthrough/apple-strings';

/** Apple's words on the iPhone's and the Mac's screens, quoted: only a recorded one type-checks. */
const qi = (label: IosJa) => `「${label}」`;
const qm = (label: MacJa) => `「${label}」`;

/**
 * The profile steps quote Apple's screens where its strings have them (src/walkthrough/apple-strings.ts:
 * iOS 15 ManagedConfigurationUI 「インストール」「未検証」「完了」, macOS 12 ConfigurationProfilesUI
 * 「インストール…」「未検証」, Profiles.prefPane 「プロファイル」); Safari's question, iOS's
 * "Profile Downloaded" entry and the System Settings path of macOS 13 and later are in no stored
 * strings file, so they are described (docs/apps.md §5).
 */
export default {
  heading: '設定をファイルでダウンロードする',
  intro:
    'この設定をファイルにして、メールソフトやiPhone・Macに読み込ませることもできます。ファイルはこのページの中で作られ、パスワードは含まれません。',
  thunderbird: {
    heading: 'Thunderbird用の設定ファイル（パソコンの管理者、独自ドメインをお持ちの方向け）',
    body: 'この設定をThunderbirdの自動設定（autoconfig）の形式で書き出したファイル（{{fileName}}）です。Thunderbirdでアカウントを追加するときに、この設定が自動で入るようにするためのものです。Thunderbirdを1台だけ設定するなら、このファイルは使わずに、上の設定値を入力するほうが簡単です。',
    button: 'Thunderbird用の設定ファイルをダウンロード',
    needsId:
      'このファイルを作るには、上の欄にASAHIネットIDを入力してください。ユーザー名になるASAHIネットIDは、メールアドレスからはわからないためです。',
    unsupported: {
      'pop-before-smtp':
        'POP before SMTPを使う設定は、このファイルにできません。ThunderbirdはSMTP認証に対応していますので、メールソフトでThunderbirdを選んで、質問に答え直してください。',
    },
    providerName: 'ASAHIネット',
    howTo:
      'Thunderbirdには、このファイルを開いて読み込む画面はありません。使うには、次のどちらかが必要です。',
    local: {
      heading: 'パソコンの管理者の場合: Thunderbirdのインストールフォルダーに置く',
      steps: {
        '1': 'Thunderbirdをインストールしたフォルダー（Windowsでは通常「C:\\Program Files\\Mozilla Thunderbird」）の中に、「isp」という名前のフォルダーを作ります。パソコンの管理者の権限が必要です。',
        '2': 'ダウンロードしたファイルの名前を「{{localFileName}}」に変えて、「isp」フォルダーに入れます。',
        '3': 'Thunderbirdでメールアカウントを追加し、名前・メールアドレス・パスワードを入力して「続ける」を押すと、このファイルの設定が使われます。',
      },
    },
    domain: {
      heading: '独自ドメインを管理している場合: ドメインで公開する',
      body: 'このファイルを「https://autoconfig.{{domain}}/mail/config-v1.1.xml」で公開すると、Thunderbirdでそのドメインのメールアドレスを追加するときに、Thunderbirdがこのファイルを読み込みます。',
      warning: 'ファイルにはASAHIネットIDが含まれます。公開してよいか確かめてからお使いください。',
    },
  },
  apple: {
    heading: 'iPhone・iPad・Mac用の構成プロファイル',
    body: 'iPhone・iPad・Macの「メール」に、この設定のアカウントを追加するファイル（{{fileName}}）です。',
    button: '構成プロファイルをダウンロード',
    withoutIdentity:
      'ASAHIネットIDやメールアドレスを入力せずにダウンロードした場合は、インストールの途中で入力を求められます。ユーザー名にはASAHIネットIDを入力してください。',
    unsupported: {
      apop: 'APOPを使う設定は、構成プロファイルにできません。構成プロファイルにはAPOPを指定する項目がないためです。上の設定値を見ながら、手動で設定してください。',
      'pop-before-smtp':
        'POP before SMTPを使う設定は、構成プロファイルにできません。iPhone・iPad・Macの「メール」はSMTP認証に対応していますので、メールソフトで「メール」を選んで、質問に答え直してください。',
    },
    ios: {
      heading: 'iPhone・iPadでインストールする',
      steps: {
        '1': 'Safariでこのページを開き、「構成プロファイルをダウンロード」をタップします。構成プロファイルのダウンロードを許可するか聞かれたら、許可するボタンをタップします。',
        '2': `${qi('設定')}アプリを開き、画面の上部にある、プロファイルがダウンロードされたことを知らせる項目をタップします。`,
        '3': `${qi('インストール')}をタップします。署名のないプロファイルのため${qi('未検証')}と表示されますが、このページで作ったファイルであれば、そのままインストールしてかまいません。`,
        '4': 'パスワードを求められたら、ASAHIネットIDのパスワードを入力します。',
        '5': `インストールが終わったら${qi('完了')}をタップします。${qi('メール')}アプリにアカウントが追加されます。`,
      },
      expiry: 'ダウンロードしたら、続けてインストールしてください。「設定」アプリにプロファイルがダウンロードされたことを知らせる項目が見当たらないときは、もう一度ダウンロードしてください。',
    },
    mac: {
      heading: 'Macでインストールする',
      steps: {
        '1': 'ダウンロードしたファイルをダブルクリックします。',
        '2': `アップルメニューからシステム設定を開き、プロファイルの一覧を開きます（macOS 13 Venturaではプライバシーとセキュリティの中、それより新しいmacOSでは一般の中のデバイス管理です）。macOS 12以前では、システム環境設定の${qm('プロファイル')}です。`,
        '3': `ダウンロードしたプロファイルをダブルクリックし、${qm('インストール…')}を押します。署名のないプロファイルのため${qm('未検証')}と表示されますが、このページで作ったファイルであれば、そのままインストールしてかまいません。`,
        '4': 'パスワードを求められたら、ASAHIネットIDのパスワードを入力します。Macのログインパスワードを求められたときは、Macのパスワードを入力します。',
      },
    },
    profile: {
      displayName: 'ASAHIネット メール設定',
      description: 'ASAHIネットのメールアカウント（POP）を「メール」に追加します。パスワードはインストールの途中で入力します。',
      accountDescription: 'ASAHIネット メール',
    },
    remove: `アカウントを削除するときは、${qi('メール')}からではなく、同じ画面でこのプロファイルを削除します。`,
  },
} as const;
