/**
 * Local files as sources: a PDF, an image or a document on disk, copied into
 * the workspace (content-addressed: the same bytes are stored once however
 * often they are attached), listed with name, size and hash, and read back
 * to be opened. The bytes live in the workspace file, so backups, restores
 * and copies of the workspace carry them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { findFileSource, insertFileSource, readSourceFile, storeSourceFile } from '../../../db/queries/sources';
import { ClaimdeskError } from '../../errors';
import { MAX_SOURCE_FILE_BYTES } from '../../import/limits';
import { describeSize } from '../../text/sizes';
import { defineOperation } from '../operation';
import { id, optionalText, stance } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';
import { requireClaim } from './claims';
import { linkToClaim } from './sources';

export { MAX_SOURCE_FILE_BYTES };

/** Media types by extension, for the system viewer and the browser's download; anything else is plain bytes. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
};

export function mediaTypeOf(fileName: string): string {
  return MEDIA_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** A file's own name: no folders, no control characters, one line. */
const fileName = z
  .string()
  .trim()
  .min(1, 'The file needs a name')
  .max(255, 'A file name is at most 255 characters')
  .refine((v) => !/[\\/]/.test(v) && v !== '.' && v !== '..', 'Give the file’s own name, without folders')
  .refine((v) => /^[^\p{Cc}\u2028\u2029]*$/u.test(v), 'A file name has no control characters');

const base64 = z
  .string()
  .max(Math.ceil(MAX_SOURCE_FILE_BYTES / 3) * 4 + 4, `The file is larger than ${describeSize(MAX_SOURCE_FILE_BYTES)} (${MAX_SOURCE_FILE_BYTES.toLocaleString('en')} bytes), the most a source file may be`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bytesBase64 is not base64');

export interface SourceFileContent {
  fileName: string;
  mediaType: string;
  size: number;
  hash: string;
  bytesBase64: string;
}

export const sourceFileOperations = {
  /** Copies a file into the workspace and attaches it to a claim as a source (the same file again: the same source). */
  attachSourceFile: defineOperation({
    input: z
      .object({
        claimId: id,
        fileName,
        bytesBase64: base64,
        title: optionalText('File title', 500),
        stance: stance.default('context'),
      })
      .strict(),
    write: true,
    undoLabel: 'attach file',
    prepare: (_ws, input) => {
      const bytes = Buffer.from(input.bytesBase64, 'base64');
      if (bytes.length > MAX_SOURCE_FILE_BYTES) {
        throw new ClaimdeskError('too_large', `${input.fileName} is ${describeSize(bytes.length)} (${bytes.length.toLocaleString('en')} bytes); a source file may be at most ${describeSize(MAX_SOURCE_FILE_BYTES)} (${MAX_SOURCE_FILE_BYTES.toLocaleString('en')} bytes).`);
      }
      if (bytes.length === 0) throw new ClaimdeskError('empty', `${input.fileName} is empty: there is nothing to keep as a source.`);
      return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
    },
    handler: (ws: Workspace, input, file) => {
      requireClaim(ws, input.claimId); // before anything is stored: a missing claim leaves nothing behind
      const at = ws.now();
      storeSourceFile(ws.db, { hash: file.hash, size: file.bytes.length, mediaType: mediaTypeOf(input.fileName), content: file.bytes }, at);
      const sourceId =
        findFileSource(ws.db, file.hash, input.fileName) ??
        insertFileSource(ws.db, { hash: file.hash, fileName: input.fileName, title: input.title ?? input.fileName, publisher: null, publishedOn: null, excerpt: null }, reviewerOf(ws), at);
      return linkToClaim(ws, input.claimId, sourceId, input.stance);
    },
  }),

  /** A file source's bytes, to open (desktop: the system viewer) or download (browser). */
  getSourceFile: defineOperation({
    input: z.object({ sourceId: id }).strict(),
    write: false,
    handler: (ws: Workspace, input): SourceFileContent => {
      const file = readSourceFile(ws.db, input.sourceId);
      if (!file) throw new ClaimdeskError('not_found_source', `Source ${input.sourceId} is not a file kept in this workspace.`);
      return { fileName: file.fileName, mediaType: file.mediaType, size: file.size, hash: file.hash, bytesBase64: file.content.toString('base64') };
    },
  }),
};
