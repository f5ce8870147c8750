/** How big a file is, in words people read (no Node imports: the renderer uses it too). */

/** "1.2 MB", "840 KB", "312 bytes". */
export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
