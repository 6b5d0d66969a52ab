import sanitizeHtml from 'sanitize-html';

/** Rich text as the portal shows it: formatting, lists, links, images, tables; no script, no handlers, no foreign frames. */
export function sanitizeBody(html: string): { html: string; changed: boolean } {
  const clean = sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'b',
      'strong',
      'i',
      'em',
      'u',
      's',
      'sub',
      'sup',
      'h2',
      'h3',
      'h4',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'img',
      'figure',
      'figcaption',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'hr',
      'span',
    ],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    disallowedTagsMode: 'discard',
    // A picture whose address was refused (javascript:, a foreign scheme) would be an empty box.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  });
  return { html: clean, changed: clean !== html };
}

/**
 * The pictures of a body that say nothing to a person who cannot see them: 1-based positions of
 * the `<img>` elements with no `alt` attribute at all. An empty `alt=""` is the editor's explicit
 * "decorative picture" and is not listed; the sanitizer never invents an alt (it cannot tell a
 * decorative picture from one that carries information), so the checks ask a person instead.
 */
export function bodyImagesWithoutAlt(html: string): number[] {
  const missing: number[] = [];
  let position = 0;
  sanitizeHtml(html, {
    allowedTags: ['img'],
    allowedAttributes: false,
    transformTags: {
      img: (tagName, attribs) => {
        position += 1;
        if (!Object.prototype.hasOwnProperty.call(attribs, 'alt')) missing.push(position);
        return { tagName, attribs };
      },
    },
  });
  return missing;
}
