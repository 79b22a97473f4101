/**
 * The programs the engine tests start themselves (a display and WebKitWebDriver; Firefox is
 * started by puppeteer): each in a process group of its own, stopped by that group, never by
 * name, so that nothing else on the machine is touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';

export interface Started {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `command` detached (its own process group), its output to `log`. */
export function startGroup(command: string, args: readonly string[], log: string, env: NodeJS.ProcessEnv = process.env): Started {
  const out = openSync(log, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], env });
  closeSync(out);
  let exited = false;
  child.once('exit', () => (exited = true));
  return {
    child,
    async stop() {
      if (exited || child.pid === undefined) return;
      const gone = new Promise<void>((done) => child.once('exit', () => done()));
      signal(child.pid, 'SIGTERM');
      const late = setTimeout(() => signal(child.pid as number, 'SIGKILL'), 5_000);
      await gone;
      clearTimeout(late);
      // What the group started (a display, a browser) may outlive its parent by a moment.
      signal(child.pid, 'SIGKILL');
    },
  };
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(-pid, name);
  } catch {
    // the group has gone
  }
}

/** Polls `url` until it answers, or fails after `timeoutMs` (or when `started` exits). */
export async function waitForUrl(url: string, started: Started, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let exit: number | null = null;
  started.child.once('exit', (code) => (exit = code ?? 1));
  for (;;) {
    if (exit !== null) throw new Error(`${started.child.spawnfile} exited (${exit}) before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
