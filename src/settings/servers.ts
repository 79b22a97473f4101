/**
 * ASAHI Net's mail servers, exactly as the provider's page
 * "各種メールソフトの設定 設定の前に" lists them (shared/seed/000_abffa169eb001014.txt).
 * This module is the only place in the app that spells a host name or a port.
 */

export const HOSTS = {
  pop: 'pop.asahi-net.or.jp',
  mail: 'mail.asahi-net.or.jp',
  /** ※6: 「『おまかせウイルスチェック』を契約している場合のサーバ」 (the source says no more). */
  mails: 'mails.asahi-net.or.jp',
  mailssl: 'mailssl.asahi-net.or.jp',
} as const;

export type HostKey = keyof typeof HOSTS;
export type Host = (typeof HOSTS)[HostKey];

export const PORTS = {
  popSsl: 995,
  pop: 110,
  smtpSsl: 465,
  submission: 587,
  smtp: 25,
} as const;

export type Port = (typeof PORTS)[keyof typeof PORTS];

/**
 * What the app must choose as "connection security". The provider supports neither
 * STLS nor STARTTLS on any port (※1–※5), so the only two values are these.
 */
export type Security = 'ssl-tls' | 'none';

/** The footnotes ※1–※6 of the source page, by number. */
export type NoteId = 1 | 2 | 3 | 4 | 5 | 6;

export type Role = 'receive' | 'send';

export interface ServerPort {
  readonly port: Port;
  readonly security: Security;
  /** The source's footnotes for this host and port. */
  readonly notes: readonly NoteId[];
}

export interface Server {
  readonly role: Role;
  readonly host: Host;
  readonly protocol: 'POP3' | 'SMTP';
  readonly ports: readonly ServerPort[];
  /** Footnotes that apply to the host as a whole (※6). */
  readonly hostNotes: readonly NoteId[];
}

const pop995: ServerPort = { port: PORTS.popSsl, security: 'ssl-tls', notes: [1] };
const pop110: ServerPort = { port: PORTS.pop, security: 'none', notes: [2] };
const smtp465: ServerPort = { port: PORTS.smtpSsl, security: 'ssl-tls', notes: [3] };
const smtp587: ServerPort = { port: PORTS.submission, security: 'none', notes: [4] };
const smtp25: ServerPort = { port: PORTS.smtp, security: 'none', notes: [5] };

/** Every server row of the source's 基本設定 table, in the source's order. */
export const SERVERS: readonly Server[] = [
  { role: 'receive', host: HOSTS.pop, protocol: 'POP3', ports: [pop995, pop110], hostNotes: [] },
  {
    role: 'send',
    host: HOSTS.mail,
    protocol: 'SMTP',
    ports: [smtp465, smtp587, smtp25],
    hostNotes: [],
  },
  {
    role: 'send',
    host: HOSTS.mails,
    protocol: 'SMTP',
    ports: [smtp465, smtp587, smtp25],
    hostNotes: [6],
  },
  { role: 'send', host: HOSTS.mailssl, protocol: 'SMTP', ports: [smtp465], hostNotes: [] },
];

/** Security is a property of the port at this provider: ports never share a transport. */
export function securityOf(port: Port): Security {
  return port === PORTS.popSsl || port === PORTS.smtpSsl ? 'ssl-tls' : 'none';
}

export function findServer(host: string): Server | undefined {
  return SERVERS.find((s) => s.host === host);
}

/**
 * The network value for ASAHI Net's own internet connection, as the setup flow's network
 * question answers it (src/flow/steps.ts).
 */
export const OWN_NETWORK = 'asahi';

/**
 * Whether the guide counts on a port from a network. Port 25 only via ASAHI Net's own internet
 * connection: ※5 rules out au Hikari, and other networks may block it (利用ネットワーク ※1,
 * Outbound Port 25 Blocking); an unknown network is not counted on. No network rules out the
 * other ports, though the source says any network may restrict outside mail servers (※1).
 */
export function portWorksOn(port: number, network: string | undefined): boolean {
  return port !== PORTS.smtp || network === OWN_NETWORK;
}
