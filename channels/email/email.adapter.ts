/**
 * A newsletter by e-mail through the mail port: the item's title as subject, its HTML body (and
 * a plain-text version), its pictures and PDFs attached within the limit. The account names a
 * list address (`listAddress`, one mailbox that fans out) or recipients (`recipients`,
 * comma-separated, sent as Bcc). The Message-ID is derived from the idempotency key, so a
 * mailbox or list server can recognise a resend. SMTP offers no look-up: a message whose
 * sending was cut off after DATA is unconfirmed and a person settles it.
 */
import type { ChannelAdapter, ChannelDescriptor, Dispatch, OutgoingItem, Outcome, Problem } from '../channel-adapter.js';
import type { AdapterLimits } from '../adapter-limits.js';
import type { AdapterPorts, MailAttachment, MailSender } from '../ports.js';
import {
  compact,
  formatBytes,
  htmlToText,
  lengthProblem,
  refusedOutcome,
  requiredProblem,
  readAttachment,
  unreadableAsPermanent,
} from '../item-checks.js';
import { mailFailureOutcome } from '../mail-outcome.js';

const LABEL = 'Thư điện tử';
const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

export function messageIdOf(key: string): string {
  return `<${key.replace(/[^A-Za-z0-9._-]+/g, '-')}@loa.invalid>`;
}

export class EmailAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(
    private readonly ports: Pick<AdapterPorts, 'files'> & { mail: MailSender },
    private readonly limits: AdapterLimits,
  ) {
    this.descriptor = {
      channel: 'email',
      kind: 'email',
      mode: 'api',
      credentials: [
        { key: 'listAddress', label: 'Địa chỉ danh sách nhận thư (một hộp thư chung)', kind: 'text', required: false },
        { key: 'recipients', label: 'Người nhận (các địa chỉ cách nhau bằng dấu phẩy, gửi ẩn danh Bcc)', kind: 'text', required: false },
      ],
      hardLimits: { titleMax: limits.email.subjectMax, bodyMax: limits.email.bodyMax },
    };
  }

  check(item: OutgoingItem): readonly Problem[] {
    const e = this.limits.email;
    const problems = compact([
      requiredProblem('title', item.title, LABEL),
      lengthProblem('title', item.title, e.subjectMax, LABEL),
      lengthProblem('body', item.body, e.bodyMax, LABEL),
    ]);
    const total = item.attachments.reduce((n, a) => n + a.bytes, 0);
    if (total > e.attachMaxBytes)
      problems.push({
        code: 'ATTACHMENTS_TOO_LARGE',
        message: `Các tệp đính kèm nặng ${formatBytes(total)}, ${LABEL} gửi tối đa ${formatBytes(e.attachMaxBytes)}.`,
        evidence: { bytes: total, max: e.attachMaxBytes },
      });
    return problems;
  }

  send(d: Dispatch): Promise<Outcome> {
    return unreadableAsPermanent(() => this.attempt(d));
  }

  private async attempt(d: Dispatch): Promise<Outcome> {
    const problems = this.check(d.item);
    if (problems.length) return refusedOutcome(problems);
    const list = this.recipients(d);
    if ('kind' in list) return list;
    const attachments: MailAttachment[] = [];
    for (const a of d.item.attachments)
      attachments.push({ filename: a.filename, content: await readAttachment(this.ports.files, a), contentType: a.mime });
    const messageId = messageIdOf(d.idempotencyKey);
    try {
      const result = await this.ports.mail.send({
        to: list.to,
        ...(list.bcc.length ? { bcc: list.bcc } : {}),
        subject: d.item.title,
        html: d.item.body,
        text: [d.item.summary, htmlToText(d.item.body)].filter(Boolean).join('\n\n'),
        messageId,
        headers: { 'X-Loa-Publication': d.publicationId },
        attachments,
      });
      if (result.accepted.length === 0)
        return {
          kind: 'permanent',
          code: 'MAIL_ALL_REJECTED',
          reason: `Máy chủ thư từ chối mọi người nhận: ${result.rejected.join(', ')}`,
        };
      return {
        kind: 'published',
        remoteId: result.messageId || messageId,
        detail: { accepted: result.accepted.length, rejected: [...result.rejected] },
      };
    } catch (error) {
      return mailFailureOutcome(error, this.limits.email.throttleRetryMs, 'Gửi thư');
    }
  }

  private recipients(d: Dispatch): { to: string[]; bcc: string[] } | Outcome {
    const pick = (k: string) => d.credentials[k] ?? (typeof d.settings[k] === 'string' ? (d.settings[k] as string) : '');
    const listAddress = pick('listAddress').trim();
    const bcc = pick('recipients')
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = [listAddress, ...bcc].filter((a) => a && !ADDRESS.test(a));
    if (bad.length) return { kind: 'permanent', code: 'RECIPIENT_INVALID', reason: `Địa chỉ thư không hợp lệ: ${bad.join(', ')}` };
    if (!listAddress && bcc.length === 0)
      return { kind: 'permanent', code: 'ACCOUNT_INCOMPLETE', reason: 'Tài khoản thư điện tử chưa có địa chỉ danh sách hay người nhận.' };
    if (bcc.length > this.limits.email.recipientsMax)
      return {
        kind: 'permanent',
        code: 'TOO_MANY_RECIPIENTS',
        reason: `Có ${bcc.length} người nhận, mỗi lần gửi tối đa ${this.limits.email.recipientsMax}; hãy dùng địa chỉ danh sách.`,
      };
    return { to: listAddress ? [listAddress] : [], bcc };
  }
}
