/**
 * What adapters need from the world, as small ports (STYLE.md, idea 4). src/modules/dispatch/
 * provides the real ones (global fetch, nodemailer, the file system, the database token
 * store); tests provide the same real parts on loopback. Nothing here imports a framework.
 */

/** An answer's headers, read by name (case-insensitive), as `Headers.get` reads them. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What an adapter reads of an HTTP answer: a fetch `Response` is one. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: HeaderReader;
  text(): Promise<string>;
}

/**
 * A fetch-compatible function (Node's global `fetch` is one; redirects are not followed). Loa's
 * may reject, before connecting, with an error whose `code` is OUTBOUND_URL_PRIVATE or
 * OUTBOUND_URL_UNRESOLVED (an account's URL on an internal address): nothing was sent.
 */
export type FetchLike = (url: string, init: RequestInit) => Promise<HttpAnswer>;

export interface Clock {
  now(): Date;
}

/** Reads an attachment's bytes (its `path` as the media store gave it). */
export interface FileReader {
  read(path: string): Promise<Uint8Array>;
}

/** Writes into a drop folder: each file appears whole (write to a temporary name, then rename). */
export interface DropFolderWriter {
  writeAtomic(dir: string, name: string, data: Uint8Array | string): Promise<string>;
  exists(dir: string, name: string): Promise<boolean>;
}

export interface MailAttachment {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export interface MailMessage {
  /** May be empty when every recipient is in `bcc` (a newsletter). */
  to: readonly string[];
  bcc?: readonly string[];
  subject: string;
  text: string;
  html?: string;
  /** Stable across attempts, so a receiving system (and a look-up in a mailbox) can tell a resend. */
  messageId: string;
  headers?: Record<string, string>;
  attachments?: readonly MailAttachment[];
}

export interface MailResult {
  messageId: string;
  accepted: readonly string[];
  rejected: readonly string[];
}

/**
 * Sends one message. Throws a `MailSendError` (or any error with `responseCode`) when the
 * server refuses; other errors are taken as "the message may or may not have left".
 */
export interface MailSender {
  send(message: MailMessage): Promise<MailResult>;
}

/** Keeps a file Loa hands over (a print PDF too large to attach, a Zalo cover) and returns a signed link that expires. */
export interface DownloadLinks {
  create(file: { data: Uint8Array; filename: string; mime: string }, expiresAt: Date): Promise<string>;
  /**
   * Whether the links are built on an address the operator declared public (PUBLIC_URL), so a
   * channel's own servers can fetch them; false when Loa only guessed its address (localhost).
   */
  readonly reachable: boolean;
}

/** The page geometry and picture of one print-ready PDF. */
export interface PrintJob {
  title: string;
  widthMm: number;
  heightMm: number;
  bleedMm: number;
  /** The picture, already at (or above) the size × dpi asked; the renderer never enlarges. */
  image: { data: Uint8Array; mime: string; width: number; height: number };
  dpi: number;
}

export interface PdfRenderer {
  render(job: PrintJob): Promise<Uint8Array>;
}

/** Access and refresh tokens of one OAuth account (Zalo OA). */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, if the channel said. */
  accessExpiresAt?: Date;
}

/**
 * Where an account's rotating tokens live. `refresh` is serialized across processes and
 * nodes (a lock row): under the lock it re-reads the stored pair; when the stored access
 * token is no longer `stale`, another process refreshed already and the stored pair is
 * returned without calling `exchange`; otherwise it calls `exchange(refreshToken)` once,
 * stores the new pair atomically BEFORE returning it, and returns it. A single-use refresh
 * token is therefore never spent twice.
 */
export interface TokenStore {
  refresh(accountId: string, stale: string, exchange: (refreshToken: string) => Promise<TokenPair>): Promise<TokenPair>;
}

export interface AdapterPorts {
  fetch: FetchLike;
  clock: Clock;
  files: FileReader;
  /** Optional ports: an adapter that needs a missing one is not registered, so the boot check names its channel. */
  mail?: MailSender;
  dropFolders?: DropFolderWriter;
  links?: DownloadLinks;
  pdf?: PdfRenderer;
  tokens?: TokenStore;
}
