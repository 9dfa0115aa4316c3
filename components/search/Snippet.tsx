import type { SnippetRun } from '@/lib/content/types';

/** Where the reader's words occur, matches in <mark>. Runs are plain text: React escapes them. */
export function Snippet({ runs }: { runs: SnippetRun[] }) {
  return (
    <p className="text-base leading-relaxed text-ink-muted">
      {runs.map((run, i) =>
        run.match ? (
          // Yellow on paper in light mode, a dim amber behind light text in dark mode: both over 4.5:1.
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 font-semibold text-ink dark:bg-yellow-300/30">
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </p>
  );
}
