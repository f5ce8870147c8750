/**
 * Browser mode's streamed CSV report, under /api/ (POST, with the token, like
 * every call). Its own module: the renderer imports it, and nothing else of core/web.
 */
export const CSV_DOWNLOAD_PATH = 'exportCsv/download';
