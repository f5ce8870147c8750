/** What an importer hands on: the article text claims anchor into, and what the file said about it. */
export interface ArticleMetadata {
  /** The page's or document's own title, when it names one. */
  title: string | null;
  /** 'YYYY-MM-DD'. */
  date: string | null;
  /** The byline's names ("Sana Qureshi"); the text keeps the byline line itself. */
  author: string | null;
  /** The page's own address (canonical link, og:url, …): http(s) only. */
  url: string | null;
}

export interface ExtractedArticle {
  text: string;
  metadata: ArticleMetadata;
}

export const NO_METADATA: ArticleMetadata = { title: null, date: null, author: null, url: null };
