/**
 * The mail port on nodemailer (SMTP), with the dispatch module's own message mapping; here its
 * transport talks to the loopback smtp-server. One connection per message, no pooling, so a dropped
 * connection affects one message only.
 */
import nodemailer from 'nodemailer';
import type { MailSender } from '../../channels/ports.js';
import { mailResultOf, nodemailerMessage } from '../../src/modules/dispatch/adapter-ports.js';

export function nodemailerSender(options: {
  host: string;
  port: number;
  user: string;
  password: string;
  from: string;
  timeoutMs?: number;
}): MailSender {
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
      return mailResultOf(await transport.sendMail({ from: options.from, ...nodemailerMessage(m) }), m.messageId);
    },
  };
}
