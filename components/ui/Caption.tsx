/** "Caption text. Illustration: Desk": the credit follows the caption as a separate sentence. */
export function Caption({ caption, credit }: { caption: string | null | undefined; credit: string | null | undefined }) {
  if (!caption && !credit) return null;
  const needsStop = caption && credit && !/[.!?…]$/.test(caption.trim());
  return (
    <figcaption className="mt-2 font-sans text-sm leading-snug text-ink-muted">
      {caption}
      {needsStop ? '.' : null}
      {caption && credit ? ' ' : null}
      {credit ? <span className="text-xs tracking-wide uppercase">{credit}</span> : null}
    </figcaption>
  );
}
