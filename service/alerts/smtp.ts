/**
 * The SMTP side of e-mail alerts: one nodemailer transport for the service's mail server (CALLWATCH_SMTP_URL,
 * e.g. `smtps://user:pass@mail.example.org:465`), pooled so a tick's mails share connections. The server is the
 * operator's, not user-given, so it is not subject to the SSRF policy; recipients are validated addresses.
 */
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { nodemailer } from '../lazy.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface SmtpSender {
  send(mail: OutgoingMail, signal: AbortSignal): Promise<void>;
  close(): void;
}

/** A sender for the SMTP URL; `from` defaults to callwatch at the server's host. */
export function createSmtpSender(options: { url: string; from?: string; timeoutMs?: number }): SmtpSender {
  const timeout = options.timeoutMs ?? 30_000;
  const host = new URL(options.url).hostname || 'localhost';
  // the pool (and nodemailer with it) is made at the first mail: an instance may never send one
  const makeTransport = async () =>
    (await nodemailer()).createTransport({
      url: options.url,
      pool: true,
      maxConnections: 4,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    } as SMTPPool.Options);
  let made: ReturnType<typeof makeTransport> | undefined;
  const from = options.from ?? `callwatch <callwatch@${host}>`;
  return {
    async send(mail, signal) {
      signal.throwIfAborted();
      const transport = await (made ??= makeTransport());
      signal.throwIfAborted();
      // nodemailer takes no AbortSignal: the attempt's timeout rejects the wait; the pool's socket timeout ends the rest
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(signal.reason ?? new Error('aborted'));
        signal.addEventListener('abort', onAbort, { once: true });
        transport.sendMail({ from, ...mail }).then(
          () => {
            signal.removeEventListener('abort', onAbort);
            resolve();
          },
          (error: unknown) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
          },
        );
      });
    },
    close: () => {
      void made?.then((transport) => transport.close(), () => {});
    },
  };
}
