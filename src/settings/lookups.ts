/**
 * Questions asked of the settings table (servers.ts): the row of a host, the ports a host
 * offers, the servers of a role. The answers are read from the table, never restated.
 */
import { SERVERS, findServer, type Host, type Port, type Role, type Security, type Server } from './servers';

/** The table's row for one of the provider's hosts. */
export function serverOf(host: Host): Server {
  const server = findServer(host);
  // Host is the union of HOSTS' values and every one of them has a row (servers.test.ts).
  if (!server) throw new Error(`no server row for ${host}`);
  return server;
}

export function roleOf(host: Host): Role {
  return serverOf(host).role;
}

/** Whether the host offers the port. */
export function offers(host: Host, port: number): port is Port {
  return serverOf(host).ports.some((p) => p.port === port);
}

/** The host's ports with the given security, in the source's order. */
export function portsWith(host: Host, security: Security): readonly Port[] {
  return serverOf(host)
    .ports.filter((p) => p.security === security)
    .map((p) => p.port);
}

/** Every port that any server of the role offers, in the source's order. */
export function portsOfRole(role: Role): readonly Port[] {
  return [...new Set(SERVERS.filter((s) => s.role === role).flatMap((s) => s.ports.map((p) => p.port)))];
}

/** The standard server of a role: the first of the source's rows for it. */
export function defaultHost(role: Role): Host {
  const server = SERVERS.find((s) => s.role === role);
  if (!server) throw new Error(`no server for ${role}`);
  return server.host;
}
