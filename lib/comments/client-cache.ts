import type { CommentDto, CommentListResponse } from './contract';

/**
 * Pure helpers over the island's cached lists (TanStack's InfiniteData of CommentListResponse pages).
 * Each returns its input unchanged (same object) when there is nothing to change.
 */
export interface Pages {
  pages: CommentListResponse[];
  pageParams: unknown[];
}

/** Time before the oldest possible comment: "since" this, every comment is new. */
export const BEGINNING = '1970-01-01T00:00:00.000Z';

/** Optimistic comments have negative ids until the server answers. */
export const isTemporary = (comment: CommentDto) => comment.id < 0;

function mapList(list: CommentDto[], id: number, fn: (c: CommentDto) => CommentDto): CommentDto[] {
  let changed = false;
  const out = list.map((comment) => {
    if (comment.id === id) {
      const next = fn(comment);
      if (next !== comment) changed = true;
      return next;
    }
    const replies = mapList(comment.replies, id, fn);
    if (replies === comment.replies) return comment;
    changed = true;
    return { ...comment, replies };
  });
  return changed ? out : list;
}

function mapPages(data: Pages | undefined, fn: (comments: CommentDto[], index: number) => CommentDto[]): Pages | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((page, i) => {
    const comments = fn(page.comments, i);
    if (comments === page.comments) return page;
    changed = true;
    return { ...page, comments };
  });
  return changed ? { ...data, pages } : data;
}

/** Applies fn to the comment with this id, wherever it sits (top level or among shown replies). */
export function updateComment(data: Pages | undefined, id: number, fn: (c: CommentDto) => CommentDto): Pages | undefined {
  return mapPages(data, (comments) => mapList(comments, id, fn));
}

function removeFromList(list: CommentDto[], id: number): CommentDto[] {
  let changed = false;
  const out: CommentDto[] = [];
  for (const comment of list) {
    if (comment.id === id) {
      changed = true;
      continue;
    }
    const replies = removeFromList(comment.replies, id);
    if (replies !== comment.replies) changed = true;
    out.push(replies === comment.replies ? comment : { ...comment, replies });
  }
  return changed ? out : list;
}

/** Takes a comment out (an optimistic one that failed). */
export function removeComment(data: Pages | undefined, id: number): Pages | undefined {
  return mapPages(data, (comments) => removeFromList(comments, id));
}

export function flatten(data: Pages | undefined): CommentDto[] {
  return data ? data.pages.flatMap((p) => p.comments) : [];
}

/** Ids of the top-level comments in a list. */
export function topLevelIds(data: Pages | undefined): Set<number> {
  return new Set(flatten(data).map((c) => c.id));
}

/**
 * Puts comments (newest first) at the top of the first page, skipping any the list already holds.
 * Used for the reader's own new comment and for "N new comments".
 */
export function prependComments(data: Pages | undefined, comments: CommentDto[]): Pages | undefined {
  if (!data || data.pages.length === 0) return data;
  const known = topLevelIds(data);
  const fresh = uniqueById(comments.filter((c) => !known.has(c.id)));
  if (fresh.length === 0) return data;
  return mapPages(data, (list, index) => (index === 0 ? [...fresh, ...list] : list));
}

/** Swaps an optimistic comment for the server's version (or drops it if the server's is already listed). */
export function replaceTemporary(data: Pages | undefined, tempId: number, comment: CommentDto): Pages | undefined {
  if (!data) return data;
  if (topLevelIds(data).has(comment.id)) return removeComment(data, tempId);
  return updateComment(data, tempId, () => comment);
}

/** A new reply under its parent: counted, and shown after the replies already shown. */
export function appendReply(data: Pages | undefined, parentId: number, reply: CommentDto): Pages | undefined {
  return updateComment(data, parentId, (parent) =>
    parent.replies.some((r) => r.id === reply.id) ? parent : { ...parent, replyCount: parent.replyCount + 1, replies: [...parent.replies, reply] },
  );
}

/** The server's answer to an edit or delete, keeping the replies the list already shows. */
export function withServerVersion(current: CommentDto, fresh: CommentDto): CommentDto {
  return { ...fresh, replies: fresh.replies.length > 0 ? fresh.replies : current.replies };
}

export function uniqueById(comments: CommentDto[]): CommentDto[] {
  const seen = new Set<number>();
  return comments.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}

/** The later of two ISO times (either may be missing). */
export function laterOf(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * The newest creation time among comments from others that the reader has been shown: the "since"
 * for polling. The reader's own comments are left out, since comments from others posted just
 * before them may not be listed yet.
 */
export function newestFromOthers(comments: CommentDto[], myId: string | null | undefined): string | null {
  let newest: string | null = null;
  for (const c of comments) {
    if (isTemporary(c) || (myId && c.authorId === myId)) continue;
    newest = laterOf(newest, c.createdAt);
  }
  return newest;
}

/** Comments from the poll that no list on screen holds yet. */
export function unseenComments(incoming: CommentDto[], known: Set<number>): CommentDto[] {
  return uniqueById(incoming.filter((c) => !known.has(c.id)));
}

export function temporaryComment(input: {
  id: number;
  articleId: number;
  parentId: number | null;
  body: string;
  author: { id: string; name: string };
  createdAt: string;
}): CommentDto {
  return {
    id: input.id,
    articleId: input.articleId,
    parentId: input.parentId,
    authorName: input.author.name,
    authorId: input.author.id,
    body: input.body,
    createdAt: input.createdAt,
    editedAt: null,
    recommendCount: 0,
    recommendedByMe: false,
    replyCount: 0,
    deleted: false,
    status: 'approved',
    replies: [],
  };
}

/** Whether the reader may still edit (and delete) their comment, as the server will judge it. */
export function withinEditWindow(comment: CommentDto, editWindowMinutes: number, now: number): boolean {
  return now - Date.parse(comment.createdAt) < editWindowMinutes * 60_000;
}
