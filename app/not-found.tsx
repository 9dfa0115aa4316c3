import { StaticChrome } from '@/app/_routes/chrome';
import { NotFoundMessage, notFoundMetadata } from '@/app/_routes/not-found-message';

export const metadata = notFoundMetadata;

/**
 * Addresses no route matches: rendered in the root layout alone, so it brings a masthead of its own,
 * without the section list (StaticChrome says why). Missing pages inside a group use the group's not-found.
 */
export default function NotFound() {
  return (
    <StaticChrome>
      <NotFoundMessage />
    </StaticChrome>
  );
}
