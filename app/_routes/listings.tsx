import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/ListingPage';
import { JsonLd } from '@/components/seo/JsonLd';
import { OptimizedImage } from '@/components/ui/OptimizedImage';
import { pageHref } from '@/components/ui/Pagination';
import { config } from '@/lib/config';
import { listingMetadata as buildListingMetadata } from '@/lib/seo/metadata';
import { profilePageJsonLd } from '@/lib/seo/structured-data';
import { seoSite } from '@/lib/seo/urls';
import { getAuthorPage, getSectionPage, getTagPage } from '@/lib/site/content';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

/* Section, tag and author lists share one shape; their route files only read params and call these. */

type Kind = 'section' | 'tag' | 'author';

const basePath = (kind: Kind, slug: string) => (kind === 'section' ? `/${slug}` : `/${kind}/${slug}`);

async function load(kind: Kind, slug: string, page: number) {
  if (slug === PLACEHOLDER_PARAM) return null;
  const data =
    kind === 'section' ? await getSectionPage(slug, page) : kind === 'tag' ? await getTagPage(slug, page) : await getAuthorPage(slug, page);
  // Past the last page is not a page: 404, like an unknown slug.
  if (!data || page > data.list.totalPages) return null;
  return data;
}

export async function listingMetadata(kind: Kind, slug: string, page: number): Promise<Metadata> {
  const data = await load(kind, slug, page);
  if (!data) return {};
  const name = 'section' in data ? data.section.name : 'tag' in data ? data.tag.name : data.author.name;
  const description =
    'section' in data ? data.section.description : 'author' in data ? data.author.bio : `Stories about ${name}.`;
  return buildListingMetadata({ kind, slug, name, description, path: pageHref(basePath(kind, slug), page), page }, seoSite(config()));
}

export async function Listing({ kind, slug, page }: { kind: Kind; slug: string; page: number }) {
  const data = await load(kind, slug, page);
  if (!data) notFound();
  const path = basePath(kind, slug);
  if ('section' in data) {
    return <ListingPage eyebrow="Section" title={data.section.name} intro={data.section.description} basePath={path} list={data.list} />;
  }
  if ('tag' in data) {
    return <ListingPage eyebrow="Topic" title={data.tag.name} basePath={path} list={data.list} />;
  }
  const { author } = data;
  return (
    <>
      <JsonLd data={[profilePageJsonLd(author, seoSite(config()))]} />
      <ListingPage
        eyebrow={author.role || 'Author'}
        title={author.name}
        basePath={path}
        list={data.list}
        intro={
          <div className="flex items-start gap-4">
            {author.avatar ? (
              <OptimizedImage
                src={author.avatar.src}
                alt=""
                width={96}
                height={96}
                className="h-20 w-20 shrink-0 rounded-full bg-paper-muted object-cover"
              />
            ) : null}
            <p>{author.bio}</p>
          </div>
        }
      />
    </>
  );
}
