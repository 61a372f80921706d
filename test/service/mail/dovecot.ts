/**
 * A throw-away Dovecot (Debian's dovecot-imapd) for the mailbox suites: its own config, users and maildirs in a temp
 * folder, IMAP over TLS only (a self-signed certificate the tests trust explicitly), on a free port of 127.0.0.1.
 * /work/shared/ENVIRONMENT.md ("Dovecot") has the config's reasons.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';

const DOVECOT = ['/usr/sbin/dovecot', '/usr/bin/dovecot'].find((path) => existsSync(path));

export interface Dovecot {
  host: '127.0.0.1';
  port: number;
  /** the server's certificate (PEM): the one CA the tests trust */
  ca: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the IMAPS port greets over TLS. */
async function greeted(port: number, ca: string, deadline: number): Promise<void> {
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port, ca, servername: 'localhost' }, () => undefined);
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('* OK'));
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts Dovecot with the given users (user → password); throws a clear error when it is not installed. */
export async function startDovecot(users: Record<string, string>): Promise<Dovecot> {
  if (!DOVECOT) {
    throw new Error('dovecot is not installed: apt-get install -y --no-install-recommends dovecot-imapd (.ci/run does this)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-dovecot-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'run'));
  mkdirSync(join(dir, 'mail'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  const port = await freePort();
  writeFileSync(join(dir, 'users'), Object.entries(users).map(([user, password]) => `${user}:{PLAIN}${password}::::${join(dir, 'mail', user)}::\n`).join(''));
  writeFileSync(
    join(dir, 'dovecot.conf'),
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/run`,
      `log_path = ${dir}/dovecot.log`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = required',
      `ssl_cert = <${dir}/cert.pem`,
      `ssl_key = <${dir}/key.pem`,
      'disable_plaintext_auth = yes',
      'auth_mechanisms = plain login',
      'service imap-login {',
      '  inet_listener imap {',
      '    port = 0',
      '  }',
      '  inet_listener imaps {',
      `    port = ${port}`,
      '    ssl = yes',
      '  }',
      '}',
      'passdb {',
      '  driver = passwd-file',
      `  args = scheme=PLAIN ${dir}/users`,
      '}',
      'userdb {',
      '  driver = static',
      `  args = uid=dovenull gid=dovenull home=${dir}/mail/%u`,
      '}',
      'mail_location = maildir:~/Maildir',
      'default_internal_user = dovecot',
      'default_login_user = dovenull',
      'first_valid_uid = 1',
      // a wrong password is answered at once (the default waits 2 s per failure); the next login from 127.0.0.1 still
      // waits ~4 s (Dovecot's auth penalty per address): the suites log in wrongly once per dialect
      'auth_failure_delay = 0',
      '',
    ].join('\n'),
  );
  for (const user of Object.keys(users)) mkdirSync(join(dir, 'mail', user), { recursive: true });
  execFileSync('chown', ['-R', 'dovenull:dovenull', join(dir, 'mail')]);
  const ca = readFileSync(join(dir, 'cert.pem'), 'utf8');
  // the daemon forks and keeps no pipe of ours open
  execFileSync(DOVECOT, ['-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      const pid = Number(readFileSync(join(dir, 'run', 'master.pid'), 'utf8').trim());
      if (pid > 0) process.kill(pid, 'SIGTERM');
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await greeted(port, ca, Date.now() + 10_000);
  } catch (error) {
    const log = existsSync(join(dir, 'dovecot.log')) ? readFileSync(join(dir, 'dovecot.log'), 'utf8').slice(-2000) : '';
    stop();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return { host: '127.0.0.1', port, ca, stop };
}
