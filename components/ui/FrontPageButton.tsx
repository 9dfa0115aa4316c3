import Link from 'next/link';

/** The way out of an error or refusal page. */
export function FrontPageButton() {
  return (
    <p className="mt-8 font-sans">
      <Link href="/" className="rounded bg-brand px-5 py-3 font-semibold text-brand-ink no-underline hover:underline">
        Go to the front page
      </Link>
    </p>
  );
}
