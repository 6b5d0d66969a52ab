/**
 * The mail port on nodemailer (SMTP), as the dispatch module wires it in production; here it
 * talks to the loopback smtp-server. One connection per message, no pooling, so a dropped
 * connection affects one message only.
 */
import nodemailer from 'nodemailer';
import type { MailSender } from '../../channels/ports.js';

export function nodemailerSender(options: { host: string; port: number; user: string; password: string; from: string; timeoutMs?: number }): MailSender {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: false,
    ignoreTLS: true,
    auth: { user: options.user, pass: options.password },
    connectionTimeout: options.timeoutMs ?? 5000,
    greetingTimeout: options.timeoutMs ?? 5000,
    socketTimeout: options.timeoutMs ?? 5000,
  });
  return {
    async send(m) {
      const info = await transport.sendMail({
        from: options.from,
        to: [...m.to],
        ...(m.bcc ? { bcc: [...m.bcc] } : {}),
        subject: m.subject,
        text: m.text,
        ...(m.html ? { html: m.html } : {}),
        messageId: m.messageId,
        ...(m.headers ? { headers: m.headers } : {}),
        attachments: (m.attachments ?? []).map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
      });
      const addr = (x: unknown) => (typeof x === 'string' ? x : ((x as { address?: string }).address ?? String(x)));
      return { messageId: info.messageId, accepted: (info.accepted ?? []).map(addr), rejected: (info.rejected ?? []).map(addr) };
    },
  };
}
