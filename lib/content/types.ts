import type { Block } from './blocks.ts';
import type { CommentsMode, Visibility } from '../db/schema.ts';

export type { CommentsMode, Visibility };

/** Public shapes the pages render. Times are ISO-8601 UTC strings (they cross the cache boundary). */

export interface ImageRef {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
}

export interface SectionRef {
  slug: string;
  name: string;
}

export interface Section extends SectionRef {
  description: string;
}

export interface TagRef {
  slug: string;
  name: string;
}

export interface AuthorRef {
  slug: string;
  name: string;
  role: string;
}

export interface Author extends AuthorRef {
  bio: string;
  avatar: ImageRef | null;
}

export interface Teaser {
  id: number;
  slug: string;
  url: string;
  section: SectionRef;
  kicker: string | null;
  headline: string;
  standfirst: string | null;
  hero: ImageRef | null;
  visibility: Visibility;
  publishedAt: string;
  /** Approved comments, as of when the list was cached. */
  commentCount: number;
}

export interface Article extends Teaser {
  body: Block[];
  /** Media used by image blocks in the body, by id. */
  bodyMedia: Record<number, ImageRef>;
  authors: AuthorRef[];
  tags: TagRef[];
  updatedAt: string;
  commentsMode: CommentsMode;
  /** Of the whole body, also when the page shows only the members' preview. */
  readingMinutes: number;
  /** True when the body was cut to the public preview (members-only article). */
  gated: boolean;
  /** The desk's search title and description; null when the headline and standfirst serve. */
  seoTitle: string | null;
  seoDescription: string | null;
}

export interface Paged<T> {
  items: T[];
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
}

/** A piece of a search snippet; `match` pieces are the reader's words (rendered in <mark>). Plain text, never HTML. */
export interface SnippetRun {
  text: string;
  match: boolean;
}

/** A search result: the story's teaser and where the reader's words occur in it. */
export interface SearchHit extends Teaser {
  snippet: SnippetRun[];
}
