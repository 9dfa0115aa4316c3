import { linkify } from '@/lib/comments/linkify';

/**
 * A comment body as React nodes: paragraphs on blank lines, single line breaks kept, web addresses
 * as links. Everything else is text that React escapes. Works in server and client components.
 */
export function CommentText({ body, className }: { body: string; className?: string }) {
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className={className}>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className="mb-2 whitespace-pre-line [overflow-wrap:anywhere] last:mb-0">
          {linkify(paragraph).map((segment, j) =>
            segment.type === 'link' ? (
              <a key={j} href={segment.href} rel="nofollow ugc noopener" target="_blank" className="text-accent underline hover:no-underline">
                {segment.value}
              </a>
            ) : (
              segment.value
            ),
          )}
        </p>
      ))}
    </div>
  );
}
