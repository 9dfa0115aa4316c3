import type { ColumnType, Generated } from 'kysely';

/** SQLite hands timestamps back as ISO strings, PostgreSQL as Date: mappers normalise with toDate(). */
export type Timestamp = ColumnType<Date | string, string, string>;

export type ArticleStatus = 'draft' | 'scheduled' | 'published' | 'unpublished';
export type Visibility = 'public' | 'members';
export type CommentsMode = 'open' | 'premoderated' | 'closed';
export type CommentStatus = 'approved' | 'pending' | 'rejected' | 'deleted';

export interface SectionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  position: number;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  role: string;
  bio: string;
  avatar_media_id: number | null;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface MediaTable {
  id: Generated<number>;
  src: string;
  width: number;
  height: number;
  mime: string;
  alt: string;
  credit: string | null;
  created_at: Timestamp;
}

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  section_id: number;
  kicker: string | null;
  headline: string;
  standfirst: string | null;
  /** JSON array of body blocks, see lib/content/blocks.ts */
  body: string;
  hero_media_id: number | null;
  hero_alt: string | null;
  hero_caption: string | null;
  status: ArticleStatus;
  visibility: Visibility;
  /** Null follows the site default. */
  comments_mode: CommentsMode | null;
  published_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
}

export interface CommentsTable {
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  author_name: string;
  body: string;
  status: CommentStatus;
  recommend_count: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Better Auth user id; null for imported or demo comments. */
  user_id: string | null;
  edited_at: Timestamp | null;
  idempotency_key: string | null;
  /** Salted hash of the poster's IP, for per-IP rate limits without storing addresses. */
  ip_hash: string | null;
  report_count: Generated<number>;
}

export interface CommentRecommendationsTable {
  comment_id: number;
  user_id: string;
  created_at: Timestamp;
}

export interface CommentReportsTable {
  comment_id: number;
  user_id: string;
  reason: string;
  created_at: Timestamp;
}

export interface MailOutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: Timestamp;
}

/** Better Auth's user table (its own camelCase columns), as far as our queries read it. */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: number | boolean;
  role: string;
  commentsBanned: number | boolean;
  createdAt: Timestamp;
}

export interface Database {
  sections: SectionsTable;
  authors: AuthorsTable;
  tags: TagsTable;
  media: MediaTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  comments: CommentsTable;
  comment_recommendations: CommentRecommendationsTable;
  comment_reports: CommentReportsTable;
  mail_outbox: MailOutboxTable;
  user: UserTable;
}
