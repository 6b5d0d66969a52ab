/** The streams a command talks to; the real process's in production, buffers in tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Exit codes of the `loa` command line. */
export const ExitCode = {
  ok: 0,
  usage: 1,
  badInput: 2,
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
