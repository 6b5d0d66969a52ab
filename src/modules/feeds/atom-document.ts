import { Feed } from 'feed';
import { sanitizeBody } from '../content/html-sanitizer.js';
import type { PublishedEntry } from './atom-feeds.repository.js';

export interface AtomDocumentInput {
  unit: { id: string; name: string };
  channel: string;
  /** The feed's own (secret) address, for rel="self". */
  selfUrl: string;
  /** The service's public address, for rel="alternate" and entries without a proof URL. */
  siteUrl: string;
  /** Used as the feed's `updated` when it has no entry yet. */
  emptyUpdated: Date;
  entries: PublishedEntry[];
}

/**
 * Plain text as the HTML the feed declares (`type="html"`): the `feed` package writes title and
 * summary as HTML in CDATA, so a title such as "A < B" must be escaped first. Four replacements,
 * written here rather than pulled in as a package.
 */
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/**
 * The Atom 1.0 document (RFC 4287) of a unit's published items, built with the `feed` package.
 * Entry ids are `urn:uuid:` of the item id, so they never change; instants are UTC (RFC 3339);
 * content is the item body sanitised again on the way out. Same input → same bytes (the ETag
 * is a hash of them), so `updated` comes from the entries, never from the clock.
 */
export function buildAtomDocument(input: AtomDocumentInput): { xml: string; updated: Date } {
  const entries = input.entries.map((e) => {
    const published = new Date(e.publishedAt);
    return { e, published, updated: later(new Date(e.updatedAt), published) };
  });
  const updated = entries.reduce((max, x) => later(max, x.updated), entries.length ? entries[0].updated : input.emptyUpdated);
  const feed = new Feed({
    id: `urn:uuid:${input.unit.id}`,
    title: `Tin bài đã đăng — ${input.unit.name} (${input.channel})`,
    description: `Các tin, bài của ${input.unit.name} đã đăng trên kênh ${input.channel}, mới nhất trước.`,
    updated,
    generator: 'Loa',
    language: 'vi',
    link: input.siteUrl,
    feedLinks: { atom: input.selfUrl },
    author: { name: input.unit.name },
    copyright: input.unit.name,
  });
  for (const { e, published, updated: entryUpdated } of entries) {
    feed.addItem({
      id: `urn:uuid:${e.id}`,
      title: escapeHtml(e.title),
      link: e.url ?? input.siteUrl,
      date: entryUpdated,
      published,
      description: e.summary ? escapeHtml(e.summary) : undefined,
      content: sanitizeBody(e.body).html,
      author: [{ name: e.author ?? input.unit.name }],
    });
  }
  return { xml: feed.atom1(), updated };
}
