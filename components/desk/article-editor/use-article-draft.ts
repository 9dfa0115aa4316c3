'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskArticle, MediaPreview } from '@/lib/desk/article-rows';
import { DeskApiError, deskApi } from '@/lib/desk/client-api';
import type { ArticleFields } from '@/lib/desk/fields';

/**
 * The editor's state: the fields, the stored version, and saving. Drafts autosave a few seconds
 * after the last change; published and scheduled articles change for readers only on "Save".
 * A save that names an older version comes back as a conflict and overwrites nothing.
 */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

const AUTOSAVE_DELAY_MS = 2500;
const AUTOSAVING = new Set(['draft', 'review']);

export function useArticleDraft(initial: DeskArticle | null, blank: ArticleFields) {
  const [article, setArticle] = useState<DeskArticle | null>(initial);
  const [fields, setFields] = useState<ArticleFields>(initial?.fields ?? blank);
  const [media, setMedia] = useState<Record<number, MediaPreview>>(initial?.media ?? {});
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<DeskApiError | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(initial?.updatedAt ?? null);
  const fieldsRef = useRef(fields);
  const articleRef = useRef(article);
  const inFlight = useRef<Promise<DeskArticle | null> | null>(null);
  const changeCount = useRef(0);

  useEffect(() => {
    fieldsRef.current = fields;
    articleRef.current = article;
  });

  const update = useCallback((patch: Partial<ArticleFields>) => {
    changeCount.current += 1;
    setFields((f) => ({ ...f, ...patch }));
    setState((s) => (s === 'conflict' ? s : 'dirty'));
  }, []);

  const addMedia = useCallback((id: number, preview: MediaPreview) => setMedia((m) => ({ ...m, [id]: preview })), []);

  /** Saves now; resolves with the stored article, or null when refused (the error is in state). */
  const save = useCallback(async (autosave = false): Promise<DeskArticle | null> => {
    if (inFlight.current) await inFlight.current;
    const changesAtStart = changeCount.current;
    const current = articleRef.current;
    const run = (async () => {
      setState('saving');
      try {
        const { article: stored } = current
          ? await deskApi.save(current.id, current.version, fieldsRef.current, autosave)
          : await deskApi.create(fieldsRef.current);
        articleRef.current = stored;
        setArticle(stored);
        setMedia((m) => ({ ...m, ...stored.media }));
        setSavedAt(stored.updatedAt);
        setError(null);
        // Keep what the editor typed meanwhile; otherwise take the stored form (derived slug, trimmed text).
        if (changeCount.current === changesAtStart) {
          setFields(stored.fields);
          setState('saved');
        } else {
          setFields((f) => ({ ...f, slug: f.slug || stored.fields.slug }));
          setState('dirty');
        }
        if (!current) window.history.replaceState(null, '', `/desk/articles/${stored.id}`);
        return stored;
      } catch (e) {
        const failure = e instanceof DeskApiError ? e : new DeskApiError(0, 'internal', String(e));
        setError(failure);
        setState(failure.code === 'version_conflict' ? 'conflict' : 'error');
        return null;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, []);

  /** Takes a stored article as the new baseline (after a workflow action or a restore). */
  const adopt = useCallback((stored: DeskArticle) => {
    articleRef.current = stored;
    setArticle(stored);
    setFields(stored.fields);
    setMedia((m) => ({ ...m, ...stored.media }));
    setSavedAt(stored.updatedAt);
    setError(null);
    setState('saved');
  }, []);

  // Autosave drafts (and new articles once they have a headline).
  const canAutosave = (article ? AUTOSAVING.has(article.status) : fields.headline.trim() !== '') && state === 'dirty';
  useEffect(() => {
    if (!canAutosave) return;
    const timer = setTimeout(() => void save(true), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [canAutosave, fields, save]);

  // Warn before leaving with changes that are not stored.
  const unsaved = state === 'dirty' || state === 'saving' || state === 'error' || state === 'conflict';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return { article, fields, media, state, error, savedAt, unsaved, update, addMedia, save, adopt, setError };
}
