import type { Translation } from '../types';
import type ja from '../ja/troubleshoot';

export default {
  title: 'Having trouble?',
  intro:
    'If you cannot send or receive mail, answer a few questions to find the cause, or type in your mail app’s settings to check them.',
  entries: {
    'cant-send': {
      title: 'I can’t send mail',
      description: 'Answer a few questions to find out why sending fails and how to fix it.',
    },
    'cant-receive': {
      title: 'I can’t receive mail',
      description: 'Answer a few questions to find out why receiving fails and how to fix it.',
    },
    check: {
      title: 'Check my current settings',
      description: 'Type in the settings your mail app shows to see what is wrong and the right values.',
    },
  },

  flows: {
    'cant-send': {
      title: 'When you can’t send mail',
      resultTitle: 'Why sending fails and how to fix it',
      steps: {
        symptom: {
          title: 'What happens when you try to send mail?',
          hint: 'Choose what is closest to the message you see.',
          required: 'Select what happens when you send mail',
          options: {
            'times-out': 'It waits for a long time and then fails, or says it cannot connect to the server',
            'password-rejected': 'It says the user name or password is wrong, or keeps asking for the password',
            'relay-denied': 'It says sending was refused (the message may mention “relay”)',
            'secure-connection': 'It shows an error about a certificate or a secure (SSL/TLS) connection',
            unsure: 'I don’t know, or it shows another message',
          },
        },
        port: {
          title: 'Which port does your outgoing mail server (SMTP) use?',
          hint: 'The number in the “Port” field of the outgoing server in your mail app’s account settings.',
          required: 'Select the port number, or “I don’t know”',
          options: {
            other: 'Another number',
            unsure: 'I don’t know',
          },
        },
        security: {
          title: 'What is the outgoing server’s “connection security” (encryption) set to?',
          hint: 'Mail apps use different words for it, for example “Connection security” in Thunderbird and “Use SSL” on iPhone.',
          required: 'Select the connection security, or “I don’t know”',
          options: {
            'ssl-tls': 'SSL/TLS (including “Use SSL” switched on)',
            starttls: 'STARTTLS',
            none: 'None (no encryption, or “Use SSL” switched off)',
            unsure: 'I don’t know',
          },
        },
        network: {
          title: 'Which network do you use when you send mail?',
          hint: 'Even if you use ASAHI Net at home, you may be on another network when you are out.',
          required: 'Select the network you use',
          options: {
            asahi: 'ASAHI Net’s internet connection service (on a line other than au Hikari)',
            'au-hikari': 'An au Hikari line (including au Hikari from ASAHI Net)',
            other: 'Another provider, mobile data, public Wi-Fi or similar',
            unsure: 'I don’t know',
          },
        },
        'smtp-auth': {
          title: 'Is authentication for the outgoing server (SMTP AUTH) switched on?',
          hint: 'The option in the outgoing server settings that signs in with a user name and password. Mail apps word it differently.',
          required: 'Select whether SMTP AUTH is on',
          options: {
            yes: 'It is on',
            no: 'It is off (including “No authentication”)',
            'pop-before-smtp': 'My mail app has no such setting: it sends with POP before SMTP',
            unsure: 'I don’t know',
          },
        },
        'receive-port': {
          title: 'Which port does your incoming mail server (POP3) use?',
          hint: 'POP before SMTP lets you send after you receive, so the way you receive matters too. The number is in the “Port” field of the incoming server in your mail app’s account settings.',
          required: 'Select the port number, or “I don’t know”',
          options: {
            other: 'Another number',
            unsure: 'I don’t know',
          },
        },
        registration: {
          title: 'Are the Extended Service settings (拡張サービス利用設定) for your ASAHI Net ID registered?',
          hint: 'SMTP AUTH works only for an ASAHI Net ID whose Extended Service settings are registered.',
          required: 'Select whether they are registered',
          options: {
            yes: 'Yes, they are registered',
            no: 'No, they are not registered',
            unsure: 'I don’t know',
          },
        },
        'user-name': {
          title: 'What is in your mail app’s user name (account name)?',
          hint: 'The field may be called “User name”, “Account name” or “Login”. You do not need to tell us what it says.',
          required: 'Select what is in the user name',
          options: {
            id: 'My ASAHI Net ID (all half-width lower case)',
            'id-uppercase': 'My ASAHI Net ID, with capital or full-width letters',
            address: 'My email address',
            other: 'Something else',
            unsure: 'I don’t know',
          },
        },
        host: {
          title: 'What server name is set for your outgoing mail server (SMTP)?',
          hint: 'The name in the outgoing server field of your mail app’s account settings.',
          required: 'Select the server name, or “I don’t know”',
          options: {
            mail: '{{host}}',
            mails: '{{host}}',
            mailssl: '{{host}}',
            other: 'Another name',
            unsure: 'I don’t know',
          },
        },
        'virus-check': {
          title: 'Do you subscribe to the “Omakase Virus Check” (おまかせウイルスチェック) option?',
          hint: 'Omakase Virus Check subscribers send through a different outgoing server.',
          required: 'Select whether you subscribe',
          options: {
            yes: 'Yes, I subscribe',
            no: 'No, I don’t',
            unsure: 'I don’t know',
          },
        },
        antivirus: {
          title: 'Is outgoing-mail checking (送信メールチェック機能) switched on in your antivirus or firewall software?',
          hint: 'When it is on, sending with SMTP AUTH may fail.',
          required: 'Select whether outgoing-mail checking is on',
          options: {
            yes: 'Yes, it is on',
            no: 'No, or I don’t use such software',
            unsure: 'I don’t know',
          },
        },
      },
    },
    'cant-receive': {
      title: 'When you can’t receive mail',
      resultTitle: 'Why receiving fails and how to fix it',
      steps: {
        symptom: {
          title: 'What happens when you try to receive mail?',
          hint: 'Choose what is closest to the message you see.',
          required: 'Select what happens when you receive mail',
          options: {
            'times-out': 'It waits for a long time and then fails, or says it cannot connect to the server',
            'password-rejected': 'It says the user name or password is wrong, or keeps asking for the password',
            'secure-connection': 'It shows an error about a certificate or a secure (SSL/TLS) connection',
            gmail: 'I read my ASAHI Net mail in Gmail, and new mail no longer arrives there',
            unsure: 'I don’t know, or it shows another message',
          },
        },
        host: {
          title: 'What server name is set for your incoming mail server (POP3)?',
          hint: 'The name in the incoming server field of your mail app’s account settings.',
          required: 'Select the server name, or “I don’t know”',
          options: {
            pop: '{{host}}',
            mail: 'A name starting with “mail” (such as {{host}})',
            other: 'Another name',
            unsure: 'I don’t know',
          },
        },
        port: {
          title: 'Which port does your incoming mail server use?',
          hint: 'The number in the “Port” field of the incoming server in your mail app’s account settings.',
          required: 'Select the port number, or “I don’t know”',
          options: {
            other: 'Another number',
            unsure: 'I don’t know',
          },
        },
        security: {
          title: 'What is the incoming server’s “connection security” (encryption) set to?',
          hint: 'Mail apps use different words for it, for example “Connection security” in Thunderbird and “Use SSL” on iPhone.',
          required: 'Select the connection security, or “I don’t know”',
          options: {
            'ssl-tls': 'SSL/TLS (including “Use SSL” switched on)',
            starttls: 'STARTTLS',
            none: 'None (no encryption, or “Use SSL” switched off)',
            unsure: 'I don’t know',
          },
        },
        'user-name': {
          title: 'What is in your mail app’s user name (account name)?',
          hint: 'The field may be called “User name”, “Account name” or “Login”. You do not need to tell us what it says.',
          required: 'Select what is in the user name',
          options: {
            id: 'My ASAHI Net ID (all half-width lower case)',
            'id-uppercase': 'My ASAHI Net ID, with capital or full-width letters',
            address: 'My email address',
            other: 'Something else',
            unsure: 'I don’t know',
          },
        },
      },
    },
  },

  certainty: {
    definite: 'This setting is the cause',
    likely: 'Likely causes',
    possible: 'Worth checking',
  },

  causes: {
    starttls: {
      title: 'STARTTLS cannot connect',
      body: 'ASAHI Net’s mail servers do not support STARTTLS (STLS). Change the connection security as follows.',
    },
    'ssl-on-plain-port': {
      title: 'SSL/TLS needs the SSL/TLS port',
      body: 'Your port is for unencrypted connections, so SSL/TLS cannot connect on it. To keep the encryption, change it as follows.',
    },
    'no-ssl-on-ssl-port': {
      title: 'This port needs SSL/TLS',
      body: 'Your port is only for connections encrypted with SSL/TLS, so “None” cannot connect on it. Change it as follows.',
    },
    'port-25-au-hikari': {
      title: 'Port 25 cannot be used from an au Hikari line',
      body: 'To send mail from an au Hikari line, change the settings as follows.',
    },
    'port-not-offered': {
      title: 'ASAHI Net’s mail servers do not offer this port',
      body: 'Change the port to one that ASAHI Net’s mail servers offer.',
    },
    'port-25-blocked': {
      title: 'Some networks block sending on port 25',
      body: 'Networks other than ASAHI Net’s may block sending mail on port 25 (Outbound Port 25 Blocking). So that you can also send from networks that block port 25, change the settings as follows.',
    },
    'check-port-security': {
      title: 'Check that the port and connection security go together',
      body: 'Each port goes with one kind of connection security (encryption). Check that your mail app is set as follows.',
    },
    'out-auth-off': {
      title: 'Sending mail needs SMTP AUTH',
      body: 'In your mail app’s outgoing server settings, switch authentication (SMTP AUTH) on, and use the same user name and password as for receiving. A mail app with no SMTP AUTH setting sends with POP before SMTP: receive your mail first, on port {{popPort}} without encryption. According to ASAHI Net’s POP before SMTP page, you can then send for {{minutes}} minutes. If sending still fails, we recommend switching to a mail app that supports SMTP AUTH.',
    },
    'pop-before-smtp-ssl': {
      title: 'With POP before SMTP, receive without SSL/TLS',
      body: 'According to ASAHI Net’s POP before SMTP page, its POP before SMTP servers do not support SSL/TLS. To send with POP before SMTP, receive on port {{popPort}} without encryption, then send within {{minutes}} minutes. Change the incoming mail server as follows.',
    },
    'registration-missing': {
      title: 'SMTP AUTH needs registered Extended Service settings',
      body: 'SMTP AUTH works only for an ASAHI Net ID whose Extended Service settings (拡張サービス利用設定) are registered. Check them, and register them if they are not.',
    },
    'user-is-address': {
      title: 'The user name is your ASAHI Net ID, not your email address',
      body: 'Even when your address is on another domain, the user name is your ASAHI Net ID (for example {{example}}). Type it in half-width lower case.',
    },
    'user-not-lowercase': {
      title: 'Try the user name in half-width lower case',
      body: 'ASAHI Net’s page writes every example ID in half-width lower case, and has the note “すべて半角小文字で設定” (set in half-width lower case) beside the mail password. If the ASAHI Net ID in your user name has capital or full-width letters, try changing them to half-width lower case (for example {{example}}).',
    },
    'user-not-id': {
      title: 'The user name is your ASAHI Net ID',
      body: 'Check that the user name (account name) is your ASAHI Net ID (for example {{example}}), typed in half-width lower case.',
    },
    'mails-without-virus-check': {
      title: 'This outgoing server is the one for Omakase Virus Check subscribers',
      body: 'If you do not subscribe to Omakase Virus Check, change the outgoing server as follows.',
    },
    'host-unknown': {
      title: 'This is not the name of an ASAHI Net mail server',
      body: 'A server name from another provider or mail service may have been left in. Change the server name as follows.',
    },
    'mails-virus-check-unsure': {
      title: 'If you are not sure about Omakase Virus Check, use the standard outgoing server',
      body: 'This outgoing server is the one for Omakase Virus Check subscribers. If you are not sure that you subscribe, change it as follows.',
    },
    'antivirus-outgoing-check': {
      title: 'Outgoing-mail checking in antivirus software can make sending fail',
      body: 'If outgoing-mail checking (送信メールチェック機能) is on in antivirus or firewall software, sending with SMTP AUTH may fail. Turn it off as the software’s manual describes.',
    },
    'wrong-password': {
      title: 'The password is the one for your ASAHI Net ID',
      body: 'Check that the password in your mail app is your ASAHI Net ID’s password. ASAHI Net’s page has the note “すべて半角小文字で設定” (set in half-width lower case) beside the mail password.',
    },
    'network-restriction': {
      title: 'Some networks do not let you use outside mail servers',
      body: 'Networks other than ASAHI Net’s (such as at work or on public Wi-Fi) may restrict the use of mail servers, and then mail may not work at all there. Try from another network, or ask whoever runs that network.',
    },
    'host-wrong-role': {
      title: 'The incoming server is set to the outgoing server’s name',
      body: 'The incoming mail server (POP3) and the outgoing mail server (SMTP) are different servers. Change the incoming server as follows.',
    },
    'check-host': {
      title: 'Check the name of the incoming mail server',
      body: 'Check that the incoming mail server (POP3) has the following name.',
    },
    'gmail-pop-ended': {
      title: 'Gmail no longer checks other accounts’ mail by POP',
      body: 'Google announced in 2025 that, from January 2026, Gmail would no longer support checking mail from other accounts by POP, and that “Check mail from other accounts” would no longer be available in Gmail on a computer (Gmail Help, “Learn about upcoming changes to Gmailify & POP in Gmail”). If Gmail fetched your ASAHI Net mail this way, new mail no longer reaches Gmail. Set up a mail app with your ASAHI Net account and receive your mail there. Google says that mail Gmail fetched before the change stays in Gmail.',
    },
    'recheck-settings': {
      title: 'Your answers do not point to a cause',
      body: 'Check that your mail app is set as follows. You can also type in all your mail app’s settings to check them.',
    },
  },

  imapNote:
    'ASAHI Net’s page gives a POP3 incoming mail server, so this guide sets the account up as POP. If your mail app has the account as IMAP, we recommend setting it up again as a POP account.',

  fixes: {
    host: 'Set the server name to {{value}}.',
    port: 'Set the port to {{value}}.',
    security: 'Set connection security (encryption) to “{{value}}”.',
    'smtp-auth': 'Switch on SMTP AUTH (authentication for the outgoing server).',
    'user-name': 'Set the user name to your ASAHI Net ID (for example {{example}}).',
    password: 'Set the password to your ASAHI Net ID’s password.',
    registration: 'Register the Extended Service settings (拡張サービス利用設定).',
    'antivirus-outgoing-check': 'Turn off outgoing-mail checking in your antivirus software.',
  },

  result: {
    cardsFailed: 'The steps to fix these causes could not be loaded. Check the internet connection and reload the page.',
    summaryHeading: 'Check these in this order',
    settingHeading: 'The right settings',
    settingHeadingReceive: 'The right settings for the incoming mail server (POP3)',
    host: 'Server name',
    port: 'Port',
    security: 'Connection security',
    hostAssumed: 'If you subscribe to Omakase Virus Check, set the outgoing server to {{host}} instead.',
    alternative: 'If your mail app cannot do this, do the following instead.',
    copyWhat: {
      host: 'server name {{value}}',
      port: 'port {{value}}',
      security: 'connection security “{{value}}”',
    },
    setupLink: 'Check again by answering the setup questions',
    appsLink: 'See the steps for setting up each mail app',
    checkLink: 'Type in your mail app’s settings to check them',
    appsIntro: 'Where to check and change these settings in your mail app:',
    errorLookupLink: 'Find the cause from an error message',
    startAgain: 'Start again',
  },

  values: {
    security: {
      'ssl-tls': 'SSL/TLS',
      starttls: 'STARTTLS',
      none: 'None',
    },
  },

  check: {
    title: 'Check my current settings',
    intro:
      'Type in the settings your mail app shows. We list everything that differs from ASAHI Net’s settings, most likely cause first. You can leave out anything you don’t know.',
    privacy:
      'This page never asks for your password, and your ASAHI Net ID and email address never go into the page’s address. The server names, ports and other settings you enter do, so you can share that address with support.',
    sections: {
      incoming: 'Incoming mail server (POP3)',
      outgoing: 'Outgoing mail server (SMTP)',
      account: 'Account',
      situation: 'Your situation (if you know)',
    },
    fields: {
      'in-host': {
        label: 'Server name',
        name: 'the incoming server name',
        hint: 'Type it exactly as your mail app shows it.',
      },
      'in-port': {
        label: 'Port',
        name: 'the incoming server port',
        hint: 'Type the number only.',
      },
      'in-security': {
        label: 'Connection security (encryption)',
        name: 'the incoming server’s connection security',
        hint: 'In apps with an on/off switch such as “Use SSL” or “Use TLS/SSL” (Mail on iPhone or Mac), choose SSL/TLS if it is on and None if it is off.',
      },
      'out-host': {
        label: 'Server name',
        name: 'the outgoing server name',
        hint: 'Type it exactly as your mail app shows it.',
      },
      'out-port': {
        label: 'Port',
        name: 'the outgoing server port',
        hint: 'Type the number only.',
      },
      'out-security': {
        label: 'Connection security (encryption)',
        name: 'the outgoing server’s connection security',
        hint: 'In apps with an on/off switch such as “Use SSL” or “Use TLS/SSL” (Mail on iPhone or Mac), choose SSL/TLS if it is on and None if it is off.',
      },
      'out-auth': {
        label: 'Authentication for the outgoing server (SMTP AUTH)',
        name: 'outgoing server authentication',
        hint: 'The option in the outgoing server settings that signs in with a user name and password.',
      },
      user: {
        label: 'What the user name (account name) contains',
        name: 'the user name',
        hint: 'You do not type the user name itself.',
      },
      network: {
        label: 'The network you send mail from',
        name: 'the network',
        hint: 'Leave it empty if you don’t know.',
      },
      'virus-check': {
        label: 'Omakase Virus Check subscription',
        name: 'the Omakase Virus Check subscription',
        hint: 'Leave it empty if you don’t know.',
      },
    },
    options: {
      security: {
        'ssl-tls': 'SSL/TLS',
        starttls: 'STARTTLS',
        none: 'None',
      },
      'out-auth': {
        on: 'On (authentication required)',
        off: 'Off (no authentication)',
      },
      user: {
        id: 'My ASAHI Net ID (all half-width lower case)',
        'id-uppercase': 'My ASAHI Net ID, with capital or full-width letters',
        address: 'My email address',
        other: 'Something else',
      },
      network: {
        asahi: 'ASAHI Net’s internet connection service (on a line other than au Hikari)',
        'au-hikari': 'An au Hikari line (including au Hikari from ASAHI Net)',
        other: 'Another provider, mobile data, public Wi-Fi or similar',
        unsure: 'I don’t know',
      },
      'virus-check': {
        yes: 'I subscribe',
        no: 'I don’t subscribe',
        unsure: 'I don’t know',
      },
    },
    userNameTyping: {
      label: 'Type your user name to check its form (optional)',
      hint: 'What you type stays on this page: it is not sent, stored or put into the page’s address.',
    },
    submit: 'Check',
    clear: 'Clear everything',
    resultTitle: 'What we found',
    given: 'You entered: {{given}}',
    expected: 'Right value',
    copyExpected: 'right value for {{field}}',
    also: 'Also set {{field}} to {{value}}.',
    set: 'Set {{field}} to {{value}}.',
    /** A choice’s label as a sentence quotes it (“None”); typed values stay bare. */
    choice: '“{{value}}”',
    copyCorrection: '{{field}} {{value}}',
    alternative: 'This also works:',
    uncheckedHeading: 'These were left empty, so we did not check them:',
    errorSummary: 'The page’s address has values we could not read. Enter those again.',
    invalid: {
      'in-host': 'We could not read “{{value}}” as a server name. Type only the server name, in half-width characters.',
      'in-port': 'We could not read “{{value}}” as a port. Type the number only.',
      'in-security': '“{{value}}” is not one of the choices. Choose the connection security again.',
      'out-host': 'We could not read “{{value}}” as a server name. Type only the server name, in half-width characters.',
      'out-port': 'We could not read “{{value}}” as a port. Type the number only.',
      'out-security': '“{{value}}” is not one of the choices. Choose the connection security again.',
      'out-auth': '“{{value}}” is not one of the choices. Choose the outgoing server authentication again.',
      user: '“{{value}}” is not one of the choices. Choose what the user name contains again.',
      network: '“{{value}}” is not one of the choices. Choose the network again.',
      'virus-check': '“{{value}}” is not one of the choices. Choose the Omakase Virus Check subscription again.',
    },
    diagnoses: {
      starttls: {
        title: 'STARTTLS is chosen for {{field}}',
        body: 'ASAHI Net’s mail servers do not support STARTTLS (STLS), so this setting cannot connect. Set {{field}} to {{value}}.',
      },
      'ssl-on-plain-port': {
        title: 'SSL/TLS is chosen on port {{given}}',
        body: 'Port {{given}} is for unencrypted connections, so SSL/TLS cannot connect on it. To keep the encryption, set {{field}} to {{value}}.',
      },
      'no-ssl-on-ssl-port': {
        title: 'On an SSL/TLS port, {{field}} is “None”',
        body: 'This port is only for connections encrypted with SSL/TLS, so “None” cannot connect on it. Set {{field}} to {{value}}.',
      },
      'user-is-address': {
        title: 'The user name is your email address',
        body: 'The user name is your ASAHI Net ID (for example {{example}}), not your email address, even when your address is on another domain. Type it in half-width lower case.',
      },
      'out-auth-off': {
        title: 'Authentication for the outgoing server (SMTP AUTH) is off',
        body: 'Sending mail through ASAHI Net needs SMTP AUTH. Switch on {{field}} and use the same user name and password as for receiving. SMTP AUTH works only for an ASAHI Net ID whose Extended Service settings (拡張サービス利用設定) are registered, so check them too. A mail app with no SMTP AUTH setting sends with POP before SMTP: receive your mail first, on port {{popPort}} without encryption. According to ASAHI Net’s POP before SMTP page, you can then send for {{minutes}} minutes.',
      },
      'pop-before-smtp-ssl': {
        title: 'Incoming mail uses SSL/TLS, but outgoing mail has no SMTP AUTH',
        body: 'A mail app with no SMTP AUTH setting sends with POP before SMTP, and according to ASAHI Net’s POP before SMTP page its POP before SMTP servers do not support SSL/TLS. If your app has no SMTP AUTH setting, set {{field}} to {{value}}, receive first, then send within {{minutes}} minutes. If it has one, switch SMTP AUTH on instead and keep SSL/TLS for receiving.',
      },
      'port-25-au-hikari': {
        title: 'Port 25 cannot be used from an au Hikari line',
        body: 'Mail cannot be sent on port 25 from an au Hikari line. Set {{field}} to {{value}}.',
      },
      'mails-without-virus-check': {
        title: 'The server {{given}} is for Omakase Virus Check subscribers',
        body: 'If you do not subscribe to Omakase Virus Check, set {{field}} to {{value}}.',
      },
      'host-wrong-role': {
        title: 'The server {{given}} does not belong in this field',
        body: 'The incoming mail server (POP3) and the outgoing mail server (SMTP) are different servers. Set {{field}} to {{value}}.',
      },
      'port-wrong-role': {
        title: 'Port {{given}} belongs to the other server',
        body: 'The incoming and outgoing ports may have been swapped. Set {{field}} to {{value}}.',
      },
      'host-typo': {
        title: '“{{given}}” is not an ASAHI Net server',
        body: 'Did you mean {{value}}? Set {{field}} to {{value}}.',
      },
      'host-address-domain': {
        title: '“{{given}}” is the domain in an email address, not a server',
        body: 'The server name field takes the name of the mail server, not the part of your address after “@”. Set {{field}} to {{value}}.',
      },
      'host-unknown': {
        title: '“{{given}}” is not an ASAHI Net server',
        body: 'A server name from another provider or mail service may have been left in. To use ASAHI Net mail, set {{field}} to {{value}}.',
      },
      'port-not-offered': {
        title: 'This server does not offer port {{given}}',
        body: 'Set {{field}} to {{value}}.',
      },
      'host-full-width': {
        title: 'The server name has full-width characters',
        body: 'Type server names in half-width characters only. Set {{field}} to {{value}}.',
      },
      'user-not-lowercase': {
        title: 'The user name has capital or full-width letters',
        body: 'ASAHI Net’s page writes every example ID in half-width lower case, and has the note “すべて半角小文字で設定” (set in half-width lower case) beside the mail password. Try changing capital and full-width letters to half-width lower case (for example {{example}}).',
      },
      'user-not-id': {
        title: 'The user name is not your ASAHI Net ID',
        body: 'Type your ASAHI Net ID (for example {{example}}) as the user name, in half-width lower case. The password is the one for that ASAHI Net ID.',
      },
      'port-25-blocked': {
        title: 'Some networks block port 25',
        body: 'Networks other than ASAHI Net’s (such as other providers, mobile data or public Wi-Fi) may block sending mail on port 25 (Outbound Port 25 Blocking). So that you can also send from networks that block port 25, set {{field}} to {{value}}.',
      },
      'mails-virus-check-unsure': {
        title: 'The server {{given}} is the one for Omakase Virus Check subscribers',
        body: 'If you are not sure that you subscribe, set {{field}} to {{value}}.',
      },
      'mail-with-virus-check': {
        title: 'This is not the Omakase Virus Check outgoing server',
        body: 'Omakase Virus Check subscribers send through {{value}}. Set {{field}} to {{value}}.',
      },
      'looks-right': {
        title: 'We found nothing wrong in the settings you entered',
        body: 'If mail still fails, check the following.',
      },
      'nothing-to-check': {
        title: 'No settings were entered',
        body: 'Type in the settings your mail app shows, then press “Check”.',
      },
    },
    hints: {
      registration: 'SMTP AUTH works only for an ASAHI Net ID whose Extended Service settings (拡張サービス利用設定) are registered. Check that yours are.',
      'antivirus-outgoing-check':
        'If outgoing-mail checking (送信メールチェック機能) is on in antivirus or firewall software, sending with SMTP AUTH may fail. If so, turn it off as the software’s manual describes.',
      'encryption-recommended': 'Settings without encryption work, but if your mail app supports it, we recommend encrypting with SSL/TLS.',
      'port-25-asahi-only':
        'Port 25 cannot be used from an au Hikari line, and other networks may block it. We recommend the submission port ({{port}}), which works from networks that block port 25.',
    },
  },
} satisfies Translation<typeof ja>;
