// Debian's nginx, serving a build with the block the build writes (dist/nginx.conf, as the
// README tells people to use it), for the browser suite: a child process in the foreground,
// on loopback only, with its own configuration, pid and temp folders under test-results/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

export function nginxConfig({ prefix, root, port }) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${prefix}/temp/${name};`).join('\n');
  return `# Written by scripts/nginx-server.mjs for the browser tests.
daemon off;
# One process, as the user who runs the tests (no switch to another user that may not read the build).
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
${temp}
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include ${root}/nginx.conf;
    }
}
`;
}

/** Starts nginx for the build in `out`; resolves once it answers, with a function that stops it. */
export async function startNginx({ out, base, port }) {
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}. Install it (Debian: apt-get install nginx) or set NGINX_PATH.`);
  const prefix = resolve(`test-results/nginx-${port}`);
  mkdirSync(`${prefix}/temp`, { recursive: true });
  const conf = `${prefix}/nginx.conf`;
  writeFileSync(conf, nginxConfig({ prefix, root: resolve(out), port }));
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', `${prefix}/error.log`], { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = null;
  child.on('exit', (code) => (exited = code ?? 1));
  const url = `http://127.0.0.1:${port}${base}ja/`;
  for (let tries = 0; ; tries++) {
    if (exited !== null) throw new Error(`nginx exited (${exited}); see ${prefix}/error.log`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 100) {
      child.kill();
      throw new Error(`nginx did not answer ${url}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return () =>
    new Promise((done) => {
      if (exited !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGQUIT');
    });
}
