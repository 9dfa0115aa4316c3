'use client';

import Link from 'next/link';
import { useCallback, useId } from 'react';
import type { DeskArticle } from '@/lib/desk/article-rows';
import { altFromFileName, DeskApiError, deskApi, uploadMedia } from '@/lib/desk/client-api';
import type { ArticleFields } from '@/lib/desk/fields';
import type { ShareLink } from '@/lib/desk/share-links';
import { RichTextEditor } from '../editor/RichTextEditor';
import { labelClass } from '../ui';
import { Field } from './Field';
import { HeroField } from './HeroField';
import { SaveBar } from './SaveBar';
import { SettingsPanel } from './SettingsPanel';
import { SharePanel } from './SharePanel';
import { useArticleDraft } from './use-article-draft';
import { WorkflowPanel } from './WorkflowPanel';

export interface ArticleEditorProps {
  initial: DeskArticle | null;
  blank: ArticleFields;
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  user: { id: string; name: string; role: string };
  shareLinks: ShareLink[];
  locale: string;
  timeZone: string;
}

/** The desk's article editor: the story on the left as readers will read it, settings and workflow on the right. */
export function ArticleEditor({ initial, blank, sections, authors, user, shareLinks, locale, timeZone }: ArticleEditorProps) {
  const bodyLabel = useId();
  const draft = useArticleDraft(initial, blank);
  const { article, fields, update, error } = draft;
  const fieldError = useCallback((name: string) => (error?.field === name ? error.message : null), [error]);
  const live = article?.status === 'published' || article?.status === 'scheduled';

  const uploadImage = useCallback(
    async (file: File) => {
      const stored = await uploadMedia(file, altFromFileName(file.name));
      draft.addMedia(stored.id, stored);
      return stored;
    },
    [draft],
  );

  async function preview() {
    // Opened before the request so the browser does not treat it as an unasked-for pop-up.
    const tab = window.open('', '_blank');
    const stored = draft.article ?? (await draft.save(true));
    if (!stored) {
      tab?.close();
      return;
    }
    try {
      const { url } = await deskApi.preview(stored.id, draft.fields);
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch (e) {
      tab?.close();
      draft.setError(e instanceof DeskApiError ? e : new DeskApiError(0, 'internal', String(e)));
    }
  }

  async function reload() {
    if (!article) return;
    const { article: latest } = await deskApi.load(article.id);
    draft.adopt(latest);
  }

  return (
    <div>
      <SaveBar
        state={draft.state}
        error={error}
        savedAt={draft.savedAt}
        locale={locale}
        timeZone={timeZone}
        live={live}
        onSave={() => void draft.save(false)}
        onPreview={() => void preview()}
        onReload={() => void reload()}
      />
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_320px]">
        <div className="grid min-w-0 content-start gap-5">
          <Field name="kicker" label="Kicker" maxLength={60} hint="A word or two over the headline." value={fields.kicker ?? ''} error={fieldError('kicker')} onChange={(kicker) => update({ kicker })} />
          <Field name="headline" label="Headline" required maxLength={200} display="headline" value={fields.headline} error={fieldError('headline')} onChange={(headline) => update({ headline })} />
          <Field name="standfirst" label="Standfirst" multiline maxLength={400} display="standfirst" value={fields.standfirst ?? ''} error={fieldError('standfirst')} onChange={(standfirst) => update({ standfirst })} />
          <HeroField hero={fields.hero} media={draft.media} onChange={(hero) => update({ hero })} onUploaded={draft.addMedia} fieldError={fieldError} />
          <div>
            <p id={bodyLabel} className={labelClass}>
              Body
            </p>
            {fieldError('body') ? <p className="font-sans text-sm font-semibold text-accent">{fieldError('body')}</p> : null}
            <RichTextEditor
              id="article-body"
              labelledBy={bodyLabel}
              value={fields.body}
              media={draft.media}
              onChange={(body) => update({ body })}
              uploadImage={uploadImage}
            />
          </div>
        </div>
        <aside aria-label="Article settings" className="grid content-start gap-5">
          {article ? (
            <WorkflowPanel article={article} user={user} locale={locale} timeZone={timeZone} saveFirst={() => (draft.state === 'saved' ? Promise.resolve(article) : draft.save(false))} onDone={draft.adopt} />
          ) : (
            <p className="rounded border border-rule p-4 font-sans text-sm text-ink-muted">The article is saved as a draft as soon as it has a headline.</p>
          )}
          <SettingsPanel fields={fields} update={update} sections={sections} authors={authors} fieldError={fieldError} published={article?.status === 'published' || article?.status === 'unpublished'} />
          {article ? <SharePanel articleId={article.id} initial={shareLinks} locale={locale} timeZone={timeZone} /> : null}
          {article ? (
            <p className="font-sans text-sm">
              <Link href={`/desk/articles/${article.id}/revisions`} className="font-semibold underline">
                Revision history
              </Link>
            </p>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
