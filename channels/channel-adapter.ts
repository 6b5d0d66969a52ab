/**
 * The one interface every channel adapter implements (STYLE.md, "The shape of channels/").
 * Nothing in channels/ imports Nest, TypeORM, nodemailer or sharp, or reads the environment:
 * HTTP, mail, files and the clock come in as ports (`AdapterPorts`) from src/modules/dispatch/.
 * The dispatcher acts on `Outcome.kind`, never on a channel's name.
 */

/** A credential field an account of this adapter needs; the web app builds its forms from these. */
export interface CredentialField {
  key: string;
  /** Vietnamese label for people. */
  label: string;
  kind: 'secret' | 'text' | 'url';
  required: boolean;
}

export interface ChannelDescriptor {
  /** A channel id from the channel catalogue (config/channels). */
  channel: string;
  /** The adapter's own name, e.g. 'wordpress', 'webhook', 'zalo-oa', 'manual'. */
  kind: string;
  /** api: Loa publishes; handover: a person (print shop, LED operator) receives a file and confirms; manual: a person publishes and records proof. */
  mode: 'api' | 'handover' | 'manual';
  credentials: readonly CredentialField[];
  hardLimits: {
    titleMax?: number;
    summaryMax?: number;
    bodyMax?: number;
    authorMax?: number;
    imageMaxBytes?: number;
    audioMaxSec?: number;
  };
}

/** A problem found before sending; `message` is Vietnamese. */
export interface Problem {
  code: string;
  message: string;
  evidence?: Record<string, unknown>;
}

export interface OutgoingAttachment {
  /** Rendition for this channel when one exists, else the original. */
  path: string;
  mime: string;
  bytes: number;
  width?: number;
  height?: number;
  durationSec?: number;
  filename: string;
}

export interface OutgoingItem {
  id: string;
  title: string;
  summary?: string;
  /** Sanitized HTML. */
  body: string;
  author?: string;
  attachments: readonly OutgoingAttachment[];
}

export type Credentials = Record<string, string>;

/** One delivery of one item to one channel account. */
export interface Dispatch {
  publicationId: string;
  /** Stable across attempts; sent to the channel where its API allows (slug, external id). */
  idempotencyKey: string;
  attempt: number;
  item: OutgoingItem;
  credentials: Credentials;
  /** Account settings that are not secret (base URL, list address…). */
  settings: Record<string, unknown>;
  /** When the item is due to appear (UTC). */
  dueAt: Date;
  /** The remote id an earlier attempt learned, if any. */
  remoteId?: string;
  /** The channel account's id: the key of its rotating tokens in the TokenStore port. */
  accountId?: string;
}

/**
 * What the channel or the network literally said (a Node error code such as ENOTFOUND, a
 * WordPress error code such as incorrect_password): kept in the publication log for support,
 * while `reason` says it to a person in Vietnamese.
 */
export type OutcomeEvidence = Record<string, string | number>;

export type Outcome =
  | { kind: 'published'; remoteId: string; url?: string; detail?: Record<string, unknown> }
  /** Delivered to a person or a system that will confirm later (radio as-run, print shop). */
  | { kind: 'delivered'; remoteId?: string; detail?: Record<string, unknown> }
  /** Nothing reached the channel (or the channel said so): safe to try again. */
  | { kind: 'retry'; reason: string; afterMs?: number; evidence?: OutcomeEvidence }
  | { kind: 'permanent'; code: string; reason: string; evidence?: OutcomeEvidence }
  /** A definite refusal of the credentials only. */
  | { kind: 'reauthorise'; reason: string; evidence?: OutcomeEvidence }
  /**
   * It may have landed: look up before any retry. `remoteId`: what the channel already gave
   * (e.g. Zalo's processing token), to store and pass back in `Dispatch.remoteId`; `afterMs`:
   * when a look-up is worth trying.
   */
  | { kind: 'unconfirmed'; reason: string; remoteId?: string; afterMs?: number; evidence?: OutcomeEvidence }
  /** The channel asked for a later time (quiet hours). */
  | { kind: 'reschedule'; reason: string; notBefore: Date };

export interface ChannelAdapter {
  readonly descriptor: ChannelDescriptor;
  /** Pure; used at approval too. */
  check(item: OutgoingItem): readonly Problem[];
  /**
   * What the adapter needs of Loa's own setup, whatever the item (Zalo fetches the cover from a
   * public link, so PUBLIC_URL must be set); empty when ready. Checked at approval for the
   * accounts of the item's unit, and again by the adapter before it sends.
   */
  prerequisites?(): readonly Problem[];
  /** One attempt, no sleeping inside. */
  send(d: Dispatch): Promise<Outcome>;
  /** Read-only: did an earlier attempt land? null when the channel has nothing for this key. */
  lookup?(d: Dispatch): Promise<Outcome | null>;
  /** "Test connection". */
  verify?(credentials: Credentials, settings: Record<string, unknown>): Promise<Outcome>;
}
