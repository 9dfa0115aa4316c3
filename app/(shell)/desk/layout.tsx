import type { Metadata } from 'next';

/** Everything under /desk is for staff: never indexed (the proxy also sends X-Robots-Tag), never cached. */
export const metadata: Metadata = {
  title: { default: 'Desk', template: '%s · Desk' },
  robots: { index: false, follow: false },
};

export default function DeskLayout({ children }: { children: React.ReactNode }) {
  return children;
}
