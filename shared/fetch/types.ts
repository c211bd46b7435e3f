/** One item found on a feed, listing page or API page. */
export interface ListedItem {
  /** Absolute article URL (gov.kz: the public page built from the item id). */
  url: string;
  title: string | null;
  /** ISO 8601 with offset, or null when the listing gives no date. */
  published: string | null;
  /** Feed GUID / API id; null when absent (then the item is keyed by `url`). */
  guid: string | null;
  /** Full article HTML when the feed or API carries it (content:encoded, gov.kz body), else null. */
  html: string | null;
}

/** What listing one source returned. */
export interface ListResult {
  items: ListedItem[];
  /** The first page answered 304: nothing new, `items` is empty. */
  notModified: boolean;
  /** Conditional-GET validators of the first page, to store and echo next time. */
  etag: string | null;
  lastModified: string | null;
  /** Pages requested, the first included. */
  pagesFetched: number;
  /** Items dated after the fetch time, whose date was clamped to it. */
  futureDated?: number;
}
