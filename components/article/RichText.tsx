import Link from 'next/link';
import type { Inline } from '@/lib/content/blocks';

/** Inline runs as React text: stored content is never injected as HTML. */
export function RichText({ content }: { content: Inline[] }) {
  return content.map((run, i) => {
    let node: React.ReactNode = run.text;
    if (run.bold) node = <strong>{node}</strong>;
    if (run.italic) node = <em>{node}</em>;
    if (run.href) {
      node = run.href.startsWith('/') ? (
        <Link href={run.href}>{node}</Link>
      ) : (
        <a href={run.href} rel="noopener">
          {node}
        </a>
      );
    }
    return <span key={i}>{node}</span>;
  });
}
