#!/usr/bin/env node
/**
 * `loa`: the same modules as the HTTP service, from the command line.
 * Exit codes: 0 ok, 1 usage, 2 bad input, 3 internal. Errors go to stderr in Vietnamese
 * with the English code.
 */
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../../config/env.schema.js';
import { loadConfig } from '../../config/load-config.js';
import { isDomainError } from '../domain/errors/domain-error.js';
import { ExitCode, type CliIo } from './cli-io.js';
import { translateCommanderError, speakVietnamese } from './cli-vietnamese.js';
import { registerCommands } from './commands.js';

const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

export function reportError(e: unknown, out: NodeJS.WritableStream): number {
  if (e instanceof ConfigError) {
    out.write(`${e.message}\n`);
    return ExitCode.badInput;
  }
  if (isDomainError(e)) {
    out.write(`Lỗi (${e.code}): ${e.message}\n`);
    if (Object.keys(e.evidence).length > 0) out.write(`${JSON.stringify(e.evidence, null, 2)}\n`);
    return ExitCode.badInput;
  }
  out.write(`Lỗi hệ thống (INTERNAL): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return ExitCode.internal;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('loa')
    .description('Loa — kế hoạch tuyên truyền CCHC')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => io.stderr.write(s),
      writeOut: (s) => io.stdout.write(s),
      outputError: (s, write) => write(translateCommanderError(s)),
    });
  speakVietnamese(program);
  let code: number = ExitCode.ok;
  registerCommands(
    program,
    io,
    () => loadConfig(),
    (c) => (code = c),
  );
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    return reportError(e, io.stderr);
  }
}

void main(process.argv).then((code) => {
  // `serve` keeps running: only a finished command sets the exit code and leaves.
  if (code !== -1) process.exitCode = code;
});
