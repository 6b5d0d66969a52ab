import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import type { ChannelAdapter } from '../../../channels/channel-adapter.js';
import type { FetchLike, HeaderReader, PdfRenderer } from '../../../channels/ports.js';
import { type Dispatcher, getGlobalDispatcher, request } from 'undici';
import { createAdapterRegistry, AdapterRegistry } from '../../../channels/registry.js';
import { assertChannelsReady } from '../../../channels/startup-check.js';
import { loadAdapterLimits } from '../../../config/channels/adapter-limits.loader.js';
import { Clock } from '../common/clock.js';
import { isDomainError } from '../../domain/errors/domain-error.js';
import { rawQuery } from '../database/raw-sql.js';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import type { AccountTokenStore } from './account-token-store.js';
import type { DownloadLinkStore, FsDropFolders, MailPort } from './adapter-ports.js';
import type { OutboundScreen } from './outbound-screen.js';
import { PULL_KIND } from './channel-accounts.service.js';
import { ChannelAdapters } from './channel-adapters.js';

/** pdfkit (and its fonts) loaded at the first print job, not at every start of the service or the CLI. */
const lazyPdfkit: PdfRenderer = {
  render: async (job) => (await import('../../../channels/print/pdfkit.renderer.js')).pdfkitRenderer.render(job),
};

/** The real ports of the optional adapters: mail (only when SMTP_URL is set), drop folders, download links. */
export interface OptionalPorts {
  mail: MailPort;
  dropFolders: FsDropFolders;
  links: DownloadLinkStore;
  /** Every request an adapter makes passes it first: an account's URL on an internal address is refused (OUTBOUND_ALLOW_HOSTS allows). */
  screen?: OutboundScreen;
}

/**
 * The fetch every adapter gets: with the outbound screen (when given) at the connection itself
 * (its undici Agent resolves each name once, for the socket, and refuses an address the screen
 * does not allow, so a name that changes its answer between a check and the connection cannot
 * reach an internal address), and redirects never followed. A redirect would carry the request
 * to an address nobody asked for, and fetch turns a POST answered 301/302 into a GET of the new
 * address; the 3xx comes back to the adapter instead, which refuses it naming where the channel
 * pointed (http-call.ts). A refusal rejects with the screen's OUTBOUND_URL_PRIVATE error itself.
 *
 * A request whose body is text or bytes (or none: every JSON call and look-up) goes through
 * undici's `request`, which never follows a redirect: it costs a quarter of the CPU of `fetch`,
 * whose WHATWG streams, Headers and Response objects are built for every call (measured on
 * loopback, 20,000 POSTs, 64 at once: 0.13–0.16 against 0.61–0.67 ms of CPU each). A multipart
 * body (FormData: media uploads) goes through `fetch` with the same Agent, which encodes it.
 */
export function screenedFetch(screen?: Pick<OutboundScreen, 'dispatcher'>): FetchLike {
  const dispatcher = screen?.dispatcher() ?? getGlobalDispatcher();
  return async (url, init) => {
    try {
      const body = init.body ?? undefined;
      if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array))
        return await fetch(url, { ...init, redirect: 'manual', dispatcher } as RequestInit);
      const answer = await request(url, {
        method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
        headers: headerRecord(init.headers),
        body,
        signal: init.signal ?? undefined,
        dispatcher,
      });
      return { status: answer.statusCode, headers: new AnswerHeaders(answer.headers), text: () => answer.body.text() };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      throw isDomainError(cause) ? cause : error;
    }
  };
}

/** A request's headers as the plain record undici's `request` takes. */
function headerRecord(headers: RequestInit['headers']): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(headers);
  return headers as Record<string, string>;
}

/** undici's answer headers (lower-case names; a repeated header as a list) read as `Headers.get` reads them. */
class AnswerHeaders implements HeaderReader {
  constructor(private readonly raw: Record<string, string | string[] | undefined>) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
}

/**
 * The adapters Loa ships (channels/registry.ts), given the real ports: global fetch, the clock, the file
 * system, the database token store, nodemailer over SMTP_URL, drop folders under DISPATCH_DROP_ROOT,
 * signed download links and the pdfkit renderer. Without SMTP_URL the e-mail and print adapters are not
 * registered, so the boot check names a channel whose accounts need them.
 */
export function shippedAdapters(clock: Clock, tokens: AccountTokenStore, optional?: OptionalPorts): ChannelAdapter[] {
  return createAdapterRegistry({
    ports: {
      fetch: screenedFetch(optional?.screen),
      clock,
      files: { read: async (path) => new Uint8Array(await readFile(path)) },
      tokens,
      ...(optional
        ? {
            dropFolders: optional.dropFolders,
            links: optional.links,
            pdf: lazyPdfkit,
            ...(optional.mail.configured ? { mail: optional.mail } : {}),
          }
        : {}),
    },
    limits: loadAdapterLimits(),
    mediaProfiles: loadMediaProfiles().channels,
  }).adapters.slice();
}

/** Start-up fails, with every problem listed, when an account in use has no adapter or a media profile exceeds its adapter. */
@Injectable()
export class ChannelsBootCheck implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly adapters: ChannelAdapters,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const inUse = await rawQuery<{ channel: string; kind: string }>(
      this.db,
      `SELECT DISTINCT "channel", "kind" FROM "channel_accounts" WHERE "deletedAt" IS NULL AND "kind" <> $1`,
      [PULL_KIND],
    );
    const profiles = loadMediaProfiles();
    assertChannelsReady({ registry: new AdapterRegistry(this.adapters.all()), inUse, mediaProfiles: profiles.channels });
  }
}
