/**
 * PostgreSQL's 'english' stop words (share/tsearch_data/english.stop, from Snowball). PostgreSQL
 * drops these from queries itself; SQLite's FTS5 has no stop words and would require every one of
 * them to appear. Dropping the same words before either engine sees the query keeps both engines
 * answering the same query the same way ("the harbour bridge" means "harbour bridge" on both).
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
    'it its itself they them their theirs themselves what which who whom this that these those am is are was were be ' +
    'been being have has had having do does did doing a an the and but if or because as until while of at by for with ' +
    'about against between into through during before after above below to from up down in out on off over under again ' +
    'further then once here there when where why how all any both each few more most other some such no nor not only ' +
    'own same so than too very s t can will just don should now'
  ).split(' '),
);
