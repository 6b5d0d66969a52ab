/**
 * What reminders say and when they may go out. Pure: the rules' wording in Vietnamese (plain
 * text and HTML, each with a link into the app), the quiet hours (nothing between 22:00 and
 * 06:00 in Vietnam) and the back-off of a failed send.
 */
import { VIETNAM_UTC_OFFSET_MINUTES } from '../calendar/local-date.js';

export const reminderRules = [
  'slot-due',
  'approval-wait',
  'item-submitted',
  'item-approved',
  'item-rejected',
  'publication-failed',
  'report-deadline',
  'weekly-digest',
] as const;
export type ReminderRule = (typeof reminderRules)[number];

export const reminderRuleLabels: Record<ReminderRule, string> = {
  'slot-due': 'Ô lịch sắp đến hạn mà chưa có nội dung',
  'approval-wait': 'Nội dung chờ duyệt quá lâu',
  'item-submitted': 'Nội dung được gửi duyệt',
  'item-approved': 'Nội dung được duyệt',
  'item-rejected': 'Nội dung bị trả lại',
  'publication-failed': 'Đăng, phát không thành công',
  'report-deadline': 'Sắp đến hạn báo cáo',
  'weekly-digest': 'Tóm tắt hằng tuần',
};

/** The hour of day in Vietnam. */
export const vietnamHour = (now: Date): number => new Date(now.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000).getUTCHours();

/** 22:00–06:00 in Vietnam: nothing is sent. */
export const inQuietHours = (now: Date): boolean => {
  const h = vietnamHour(now);
  return h >= 22 || h < 6;
};

/** Delay before the next attempt after `attempts` failures: 1, 2, 4 … minutes, at most 6 hours. */
export const retryDelayMs = (attempts: number): number => Math.min(6 * 3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));

export interface ReminderMessage {
  subject: string;
  text: string;
  html: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Greeting, the lines, the link, the footer: the same shape for every rule. */
export function composeReminder(o: { subject: string; name: string; lines: string[]; link: string; linkLabel: string }): ReminderMessage {
  const footer = 'Thư tự động từ Loa. Bạn có thể chọn loại nhắc việc muốn nhận trong phần Tài khoản.';
  const text = [`Chào ${o.name},`, '', ...o.lines, '', `${o.linkLabel}: ${o.link}`, '', '--', footer].join('\n');
  const html =
    `<p>Chào ${escape(o.name)},</p>` +
    o.lines.map((l) => `<p>${escape(l)}</p>`).join('') +
    `<p><a href="${escape(o.link)}">${escape(o.linkLabel)}</a></p>` +
    `<hr><p style="color:#666;font-size:12px">${escape(footer)}</p>`;
  return { subject: `[Loa] ${o.subject}`, text, html };
}

const dmy = (day: string) => {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
};

export const messages = {
  slotDue: (name: string, o: { unitName: string; slots: { date: string; channelName: string; title: string }[]; link: string }) =>
    composeReminder({
      name,
      subject: `${o.slots.length} ô lịch sắp đến hạn chưa có nội dung (${o.unitName})`,
      lines: [
        `Các ô lịch sau của ${o.unitName} sắp đến hạn mà chưa có nội dung:`,
        ...o.slots.map((s) => `- ${dmy(s.date)}, ${s.channelName}: ${s.title}`),
      ],
      link: o.link,
      linkLabel: 'Mở lịch tuyên truyền',
    }),
  approvalWait: (name: string, o: { title: string; hours: number; link: string }) =>
    composeReminder({
      name,
      subject: `Nội dung chờ duyệt hơn ${o.hours} giờ: ${o.title}`,
      lines: [`Nội dung "${o.title}" đã chờ duyệt hơn ${o.hours} giờ.`],
      link: o.link,
      linkLabel: 'Xem và duyệt nội dung',
    }),
  itemSubmitted: (name: string, o: { title: string; by: string; link: string }) =>
    composeReminder({
      name,
      subject: `Nội dung mới chờ duyệt: ${o.title}`,
      lines: [`${o.by} đã gửi duyệt nội dung "${o.title}".`],
      link: o.link,
      linkLabel: 'Xem và duyệt nội dung',
    }),
  itemApproved: (name: string, o: { title: string; by: string; link: string }) =>
    composeReminder({
      name,
      subject: `Nội dung đã được duyệt: ${o.title}`,
      lines: [`${o.by} đã duyệt nội dung "${o.title}". Bạn có thể xếp lịch đăng.`],
      link: o.link,
      linkLabel: 'Mở nội dung',
    }),
  itemRejected: (name: string, o: { title: string; by: string; comment: string | null; link: string }) =>
    composeReminder({
      name,
      subject: `Nội dung bị trả lại: ${o.title}`,
      lines: [`${o.by} đã trả lại nội dung "${o.title}".`, ...(o.comment ? [`Ý kiến: ${o.comment}`] : [])],
      link: o.link,
      linkLabel: 'Sửa nội dung',
    }),
  publicationFailed: (name: string, o: { title: string; reason: string; link: string }) =>
    composeReminder({
      name,
      subject: `Đăng, phát không thành công: ${o.title}`,
      lines: [`Nội dung "${o.title}" chưa đăng, phát được: ${o.reason}.`],
      link: o.link,
      linkLabel: 'Xem nội dung',
    }),
  reportDeadline: (name: string, o: { unitName: string; periodTitle: string; dueOn: string; daysLeft: number; link: string }) =>
    composeReminder({
      name,
      subject: `Còn ${o.daysLeft} ngày đến hạn báo cáo ${o.periodTitle} (${o.unitName})`,
      lines: [`Báo cáo kết quả thực hiện công tác tuyên truyền CCHC ${o.periodTitle} của ${o.unitName} đến hạn ngày ${dmy(o.dueOn)}.`],
      link: o.link,
      linkLabel: 'Xem và tải báo cáo',
    }),
  weeklyDigest: (name: string, o: { unitName: string; openSlots: number; inReview: number; published: number; link: string }) =>
    composeReminder({
      name,
      subject: `Tóm tắt tuần: ${o.unitName}`,
      lines: [
        `Tuần này tại ${o.unitName}:`,
        `- ${o.openSlots} ô lịch trong 7 ngày tới chưa có nội dung;`,
        `- ${o.inReview} nội dung đang chờ duyệt;`,
        `- ${o.published} lượt đăng có minh chứng trong 7 ngày qua.`,
      ],
      link: o.link,
      linkLabel: 'Mở Loa',
    }),
};
