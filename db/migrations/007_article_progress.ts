import type { Migration } from './types';

/**
 * The article list shows "reviewed x of y" for every article, sorted by
 * progress if asked. Counting from an index that holds just the visible
 * claims' article, verdict and review time reads no table rows: 5,000
 * articles with 95,000 claims counted in 40 ms instead of 70 ms here
 * (`npm run bench`, "article list").
 */
export const migration007: Migration = {
  version: 7,
  name: 'per-article progress index',
  up: `
    CREATE INDEX claims_visible_progress ON claims (article_id, reviewed_at, status) WHERE hidden = 0;
  `,
};
