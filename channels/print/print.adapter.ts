/**
 * Print and screens (pano, banner, leaflet, LED screen): a handover. For a print size Loa makes
 * a print-ready PDF (the configured size in cm plus the bleed, the picture at the best dpi it
 * holds up to the profile's target); a picture that would have to be enlarged below the
 * profile's minimum dpi is refused with the numbers, never stretched. For an LED screen the
 * picture (already the screen's rendition) is handed over as it is. The file goes to the print
 * shop or LED operator by e-mail: attached when small, as a signed download link when large.
 * The outcome is `delivered`; the operator's confirmation with a photo is the proof.
 */
import type {
  ChannelAdapter,
  ChannelDescriptor,
  Dispatch,
  OutgoingAttachment,
  OutgoingItem,
  Outcome,
  Problem,
} from '../channel-adapter.js';
import type { AdapterLimits } from '../adapter-limits.js';
import type { AdapterPorts, DownloadLinks, MailSender, PdfRenderer } from '../ports.js';
import type { ChannelMediaProfile, PixelRendition, PrintRendition } from '../../config/channels/media-profile.types.js';
import { compact, formatBytes, refusedOutcome, requiredProblem, readAttachment, unreadableAsPermanent } from '../item-checks.js';
import { mailFailureOutcome } from '../mail-outcome.js';
import { messageIdOf } from '../email/email.adapter.js';

const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;
const MM_PER_INCH = 25.4;

export interface PrintPorts extends Pick<AdapterPorts, 'files' | 'clock'> {
  mail: MailSender;
  pdf: PdfRenderer;
  links?: DownloadLinks;
}

export class PrintAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(
    private readonly profile: ChannelMediaProfile,
    private readonly ports: PrintPorts,
    private readonly limits: AdapterLimits,
  ) {
    this.descriptor = {
      channel: profile.channel,
      kind: 'print',
      mode: 'handover',
      credentials: [
        {
          key: 'operatorEmail',
          label: profile.renditions.some((r) => r.kind === 'print')
            ? 'Thư điện tử của cơ sở in'
            : 'Thư điện tử của người vận hành màn hình',
          kind: 'text',
          required: true,
        },
        { key: 'size', label: `Khổ (${profile.renditions.map((r) => r.name).join(', ')})`, kind: 'text', required: false },
      ],
      hardLimits: {},
    };
  }

  private renditionFor(settings: Record<string, unknown>): PrintRendition | PixelRendition | Problem {
    const asked = typeof settings.size === 'string' ? settings.size : undefined;
    const options = this.profile.renditions.filter((r) => r.kind === 'print' || r.height !== null);
    const found = asked ? options.find((r) => r.name === asked) : options[0];
    if (!found)
      return {
        code: 'PRINT_SIZE_UNKNOWN',
        message: `Kênh ${this.profile.label} không có khổ "${asked ?? ''}"; có: ${options.map((r) => r.name).join(', ')}.`,
        evidence: { size: asked ?? null },
      };
    return found as PrintRendition | PixelRendition;
  }

  check(item: OutgoingItem, settings: Record<string, unknown> = {}): readonly Problem[] {
    const problems = compact([requiredProblem('title', item.title, this.profile.label)]);
    if (item.attachments.some((a) => a.mime === 'application/pdf')) return problems;
    const picture = pictureOf(item);
    if (!picture)
      return [
        ...problems,
        { code: 'PRINT_PICTURE_REQUIRED', message: `${this.profile.label} cần một ảnh (hoặc một tệp PDF đã dàn trang).`, evidence: {} },
      ];
    const rendition = this.renditionFor(settings);
    if ('code' in rendition) return [...problems, rendition];
    if (picture.width === undefined || picture.height === undefined)
      return [
        ...problems,
        {
          code: 'PICTURE_SIZE_UNKNOWN',
          message: `Chưa đo được kích thước ảnh ${picture.filename}.`,
          evidence: { filename: picture.filename },
        },
      ];
    const fit =
      rendition.kind === 'print'
        ? this.printFit(rendition, picture.width, picture.height)
        : screenFit(rendition, picture.width, picture.height);
    return fit.problem ? [...problems, fit.problem] : problems;
  }

  /** The dpi the picture reaches on paper when it covers the page with its bleed, and whether that is enough. */
  printFit(r: PrintRendition, width: number, height: number): { dpi: number; problem?: Problem } {
    const bleed = this.limits.print.bleedMm;
    const wIn = (r.widthCm * 10 + 2 * bleed) / MM_PER_INCH;
    const hIn = (r.heightCm * 10 + 2 * bleed) / MM_PER_INCH;
    const reached = Math.min(width / wIn, height / hIn);
    const dpi = Math.floor(Math.min(reached, r.targetDpi));
    const minimum = Math.max(r.dpiMin, this.limits.print.minDpi);
    if (reached + 1e-9 >= minimum) return { dpi };
    const needW = Math.ceil(wIn * minimum);
    const needH = Math.ceil(hIn * minimum);
    return {
      dpi,
      problem: {
        code: 'PRINT_RESOLUTION_TOO_LOW',
        message: `Ảnh ${width}×${height} px chỉ đạt ${Math.floor(reached)} dpi trên khổ ${fmt(r.widthCm)}×${fmt(r.heightCm)} cm (kể cả lề xén ${fmt(bleed)} mm); cần ít nhất ${minimum} dpi, tức ảnh tối thiểu ${needW}×${needH} px. Loa không phóng to ảnh.`,
        evidence: { width, height, dpi: Math.floor(reached), dpiMin: minimum, neededWidth: needW, neededHeight: needH, size: r.name },
      },
    };
  }

  send(d: Dispatch): Promise<Outcome> {
    return unreadableAsPermanent(() => this.attempt(d));
  }

  private async attempt(d: Dispatch): Promise<Outcome> {
    const problems = this.check(d.item, d.settings);
    if (problems.length) return refusedOutcome(problems);
    const to = (d.credentials.operatorEmail ?? (typeof d.settings.operatorEmail === 'string' ? d.settings.operatorEmail : '')).trim();
    if (!ADDRESS.test(to))
      return {
        kind: 'permanent',
        code: 'ACCOUNT_INCOMPLETE',
        reason: `Chưa có địa chỉ thư hợp lệ của nơi nhận tệp (${this.profile.label}).`,
      };

    const file = await this.makeFile(d);
    const sizeText = file.dpi
      ? `Khổ ${file.sizeText}, ${file.dpi} dpi, lề xén ${fmt(this.limits.print.bleedMm)} mm mỗi cạnh.`
      : `Kích thước ${file.sizeText}.`;
    let link: string | undefined;
    if (file.data.length > this.limits.print.attachMaxBytes) {
      if (!this.ports.links)
        return {
          kind: 'permanent',
          code: 'PRINT_FILE_TOO_LARGE',
          reason: `Tệp nặng ${formatBytes(file.data.length)}, vượt ${formatBytes(this.limits.print.attachMaxBytes)} gửi kèm được, và máy chủ chưa cấu hình đường dẫn tải về.`,
        };
      const expires = new Date(this.ports.clock.now().getTime() + this.limits.print.linkTtlHours * 3600_000);
      link = await this.ports.links.create({ data: file.data, filename: file.filename, mime: file.mime }, expires);
    }
    const due = d.dueAt.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
    const text = [
      `Kính gửi đơn vị nhận,`,
      ``,
      `Loa gửi tệp "${d.item.title}" cho ${this.profile.label}. ${sizeText}`,
      link
        ? `Tệp nặng ${formatBytes(file.data.length)}, tải về tại (hết hạn sau ${this.limits.print.linkTtlHours} giờ): ${link}`
        : `Tệp đính kèm: ${file.filename} (${formatBytes(file.data.length)}).`,
      `Thời hạn: ${due}.`,
      ``,
      `Sau khi in hoặc đưa lên màn hình, xin trả lời thư này kèm ảnh chụp tại chỗ để xác nhận.`,
    ].join('\n');
    const messageId = messageIdOf(d.idempotencyKey);
    try {
      const result = await this.ports.mail.send({
        to: [to],
        subject: `[Loa] ${this.profile.label}: ${d.item.title}`,
        text,
        messageId,
        headers: { 'X-Loa-Publication': d.publicationId },
        ...(link ? {} : { attachments: [{ filename: file.filename, content: file.data, contentType: file.mime }] }),
      });
      if (result.accepted.length === 0) return { kind: 'permanent', code: 'MAIL_ALL_REJECTED', reason: `Máy chủ thư từ chối ${to}.` };
      return {
        kind: 'delivered',
        remoteId: result.messageId || messageId,
        detail: {
          to,
          file: file.filename,
          bytes: file.data.length,
          attached: !link,
          ...(link ? { link } : {}),
          ...(file.dpi ? { dpi: file.dpi } : {}),
        },
      };
    } catch (error) {
      return mailFailureOutcome(error, this.limits.email.throttleRetryMs, 'Gửi tệp in');
    }
  }

  private async makeFile(d: Dispatch): Promise<{ data: Uint8Array; filename: string; mime: string; dpi?: number; sizeText: string }> {
    const ready = d.item.attachments.find((a) => a.mime === 'application/pdf');
    if (ready)
      return {
        data: await readAttachment(this.ports.files, ready),
        filename: ready.filename,
        mime: ready.mime,
        sizeText: 'theo tệp PDF đã dàn trang',
      };
    const picture = pictureOf(d.item)!;
    const rendition = this.renditionFor(d.settings) as PrintRendition | PixelRendition;
    const image = await readAttachment(this.ports.files, picture);
    const base = d.idempotencyKey.replace(/[^A-Za-z0-9_-]+/g, '-');
    if (rendition.kind === 'pixel') {
      const ext = picture.mime === 'image/png' ? 'png' : 'jpg';
      return {
        data: image,
        filename: `${base}-${rendition.name}.${ext}`,
        mime: picture.mime,
        sizeText: `${picture.width}×${picture.height} px`,
      };
    }
    const { dpi } = this.printFit(rendition, picture.width!, picture.height!);
    const pdf = await this.ports.pdf.render({
      title: d.item.title,
      widthMm: rendition.widthCm * 10,
      heightMm: rendition.heightCm * 10,
      bleedMm: this.limits.print.bleedMm,
      image: { data: image, mime: picture.mime, width: picture.width!, height: picture.height! },
      dpi,
    });
    return {
      data: pdf,
      filename: `${base}-${rendition.name}.pdf`,
      mime: 'application/pdf',
      dpi,
      sizeText: `${fmt(rendition.widthCm)}×${fmt(rendition.heightCm)} cm`,
    };
  }
}

function pictureOf(item: OutgoingItem): OutgoingAttachment | undefined {
  return item.attachments.find((a) => a.mime === 'image/jpeg' || a.mime === 'image/png');
}

function screenFit(r: PixelRendition, width: number, height: number): { dpi: number; problem?: Problem } {
  const h = r.height ?? height;
  const scale = r.fit === 'contain' ? Math.min(r.width / width, h / height) : Math.max(r.width / width, h / height);
  if (scale <= 1 + 1e-9) return { dpi: 0 };
  return {
    dpi: 0,
    problem: {
      code: 'SCREEN_PICTURE_TOO_SMALL',
      message: `Ảnh ${width}×${height} px nhỏ hơn màn hình ${r.width}×${h} px; Loa không phóng to ảnh.`,
      evidence: { width, height, screenWidth: r.width, screenHeight: h },
    },
  };
}

function fmt(n: number): string {
  return n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}
