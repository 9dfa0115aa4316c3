import type { ColumnType, Generated } from 'kysely';

/** SQLite hands timestamps back as ISO strings, PostgreSQL as Date: mappers normalise with toDate(). */
export type Timestamp = ColumnType<Date | string, string, string>;

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';
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
  byte_size: number | null;
  uploaded_by: string | null;
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
  /** Bumped by every save: a save naming an older version is a conflict, not an overwrite. */
  version: Generated<number>;
  seo_title: string | null;
  seo_description: string | null;
  /** The sender's id for ingested copy, unique: re-sending updates. */
  external_id: string | null;
  /** Overrides the media library's credit for this use. */
  hero_credit: string | null;
  /** Better Auth user ids; null for seeded and ingested articles. */
  created_by: string | null;
  updated_by: string | null;
}

export type RevisionKind = 'create' | 'save' | 'autosave' | 'workflow' | 'restore' | 'ingest';

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  kind: RevisionKind;
  /** JSON of the editable fields (lib/desk/fields.ts), as saved. */
  snapshot: string;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface ArticleSlugHistoryTable {
  slug: string;
  article_id: number;
  created_at: Timestamp;
}

export interface PreviewLinksTable {
  id: string;
  article_id: number;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface PreviewSnapshotsTable {
  id: string;
  article_id: number;
  user_id: string;
  snapshot: string;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  /** The first characters, so people can tell tokens apart. */
  token_prefix: string;
  /** Space-separated, e.g. "articles:write". */
  scopes: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
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
  article_revisions: ArticleRevisionsTable;
  article_slug_history: ArticleSlugHistoryTable;
  preview_links: PreviewLinksTable;
  preview_snapshots: PreviewSnapshotsTable;
  api_tokens: ApiTokensTable;
}
