import Link from 'next/link';

/** Shown under the preview of a members-only article. */
export function SignInPrompt({ returnPath }: { returnPath: string }) {
  const next = encodeURIComponent(returnPath);
  return (
    <aside aria-labelledby="members-prompt" className="relative mt-2 rounded border border-rule bg-paper-muted p-6 font-sans">
      <div aria-hidden="true" className="pointer-events-none absolute inset-x-0 -top-16 h-16 bg-gradient-to-b from-transparent to-paper" />
      <h2 id="members-prompt" className="font-serif text-2xl font-bold">
        This article is for members
      </h2>
      <p className="mt-2 text-ink-muted">Membership is free. Sign in or create an account to keep reading and to join the conversation.</p>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link href={`/account/sign-up?next=${next}`} className="rounded bg-brand px-5 py-2.5 font-semibold text-brand-ink hover:underline">
          Create a free account
        </Link>
        <Link href={`/account/sign-in?next=${next}`} className="rounded border border-ink px-5 py-2.5 font-semibold hover:underline">
          Sign in
        </Link>
      </p>
    </aside>
  );
}
