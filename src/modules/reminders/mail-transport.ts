import { Inject, Injectable } from '@nestjs/common';
import nodemailer, { type SendMailOptions, type SentMessageInfo, type Transporter } from 'nodemailer';
import type { AppConfig } from '../../../config/env.schema.js';
import { APP_CONFIG } from '../common/app-config.token.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Outgoing mail (nodemailer over SMTP_URL), the one place that talks SMTP. Tests point it at smtp-server on loopback. */
@Injectable()
export class MailTransport {
  private transporter: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.deliver({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  }

  /** Any message (dispatch's newsletters and print hand-overs too), from MAIL_FROM; nodemailer's errors pass through (`code`, `responseCode`). */
  async deliver(message: SendMailOptions): Promise<SentMessageInfo> {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL chưa được cấu hình');
    this.transporter ??= nodemailer.createTransport(this.config.smtpUrl, { from: this.config.mailFrom });
    return this.transporter.sendMail({ ...message, from: this.config.mailFrom });
  }

  close(): void {
    this.transporter?.close();
    this.transporter = null;
  }
}
