/**
 * commander's own words in Vietnamese: the help's headings and the help option, and its usage
 * errors ("error: unknown option '--x'"), so that everything a person reads from `loa` is
 * Vietnamese. commander has no message catalogue; its titles pass through `styleTitle` and its
 * errors through `outputError`, which is where they are translated.
 */
import { type Command, Help, type Option } from 'commander';

const titles: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Tham số:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Lệnh:',
};

const errors: [RegExp, (...m: string[]) => string][] = [
  [
    /^error: unknown option '([^']*)'(?:\n?\(Did you mean (.*)\?\))?/,
    (o, s) => `không có tùy chọn '${o}'${s ? ` (có phải ý bạn là ${s}?)` : ''}`,
  ],
  [
    /^error: unknown command '([^']*)'(?:\n?\(Did you mean (.*)\?\))?/,
    (c, s) => `không có lệnh '${c}'${s ? ` (có phải ý bạn là ${s}?)` : ''}`,
  ],
  [/^error: missing required argument '([^']*)'/, (a) => `thiếu tham số bắt buộc '${a}'`],
  [/^error: option '([^']*)' argument missing/, (o) => `tùy chọn '${o}' cần một giá trị`],
  [/^error: required option '([^']*)' not specified/, (o) => `thiếu tùy chọn bắt buộc '${o}'`],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (c, e, g) => `quá nhiều tham số${c ? ` cho lệnh '${c}'` : ''}: cần ${e}, nhận ${g}`,
  ],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, (o, v) => `giá trị '${v}' của tùy chọn '${o}' không hợp lệ`],
];

/** A commander error line in Vietnamese, with the English code the CLI's errors carry. */
export function translateCommanderError(text: string): string {
  const line = text.trim();
  for (const [pattern, say] of errors) {
    const m = pattern.exec(line);
    if (m) return `Lỗi (USAGE): ${say(...m.slice(1))}\n`;
  }
  return line.startsWith('error: ') ? `Lỗi (USAGE): ${line.slice(7)}\n` : text;
}

/** Vietnamese headings, help option and help command; subcommands made after this inherit them. */
const placeholders = (s: string): string => s.replace(/\[options\]/g, '[tùy chọn]').replace(/\[command\]/g, '[lệnh]');

export function speakVietnamese(program: Command): Command {
  return program
    .configureHelp({
      styleTitle: (title: string) => titles[title] ?? title,
      commandUsage: (cmd: Command) => placeholders(Help.prototype.commandUsage.call(new Help(), cmd)),
      subcommandTerm: (cmd: Command) => placeholders(Help.prototype.subcommandTerm.call(new Help(), cmd)),
      optionDescription: (option: Option) =>
        Help.prototype.optionDescription
          .call(new Help(), option)
          .replace(/\(default: /g, '(mặc định: ')
          .replace(/\(choices: /g, '(chọn: '),
    })
    .helpOption('-h, --help', 'hiển thị trợ giúp của lệnh')
    .helpCommand('help [lệnh]', 'hiển thị trợ giúp của một lệnh');
}
