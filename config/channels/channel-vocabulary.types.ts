/**
 * The words the plan reader recognises as channels, activities and products. It is data
 * (config/channels/vocabulary.json, validated by config/channels/vocabulary.loader.ts): the
 * domain receives it parsed and never reads files.
 */

/** `publication`: something is published on it; `activity`: an event (meeting, contest…). */
export type ChannelKind = 'publication' | 'activity';

export interface ChannelEntry {
  /** Stable id, e.g. `web-portal`, `radio`, `zalo-oa`, `contest`. */
  id: string;
  kind: ChannelKind;
  /** How a person calls it, in Vietnamese. */
  label: string;
  /** Phrases that name it, matched case-insensitively on word boundaries. */
  terms: string[];
  /** Phrases masked before matching ("báo cáo" is not the press). */
  exclude?: string[];
}

export interface ProductEntry {
  /** The product as the plan reports it: "tin", "bài", "phóng sự", "poster"… */
  id: string;
  terms: string[];
  exclude?: string[];
  /** Only recognised in a result/product field (a table's "Kết quả/Sản phẩm" column). */
  resultOnly?: boolean;
}

export interface ChannelVocabulary {
  version: number;
  channels: ChannelEntry[];
  products: ProductEntry[];
  /** Phrases that make a channel optional ("nếu có"). */
  optionalMarkers: string[];
}
