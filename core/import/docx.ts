/**
 * A Word file (.docx) -> article text, with mammoth (its HTML, so headings
 * and list items survive; html-text.ts writes the text).
 *
 * mammoth only has an asynchronous API and the import path is synchronous
 * (core/api/dispatch.ts: prepare, then one transaction), so it runs on a
 * worker thread while this thread waits on an Atomics signal. The worker has
 * a memory cap and a time limit: a zip bomb stops the worker, not the app.
 */
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { ClaimdeskError } from '../errors';
import { checkArticleText } from './decode';
import type { ExtractedArticle } from './extracted';
import { NO_METADATA } from './extracted';
import { blocksToText, htmlBlocks } from './html-text';

const TIME_LIMIT_MS = 30_000;
const WORKER_MEMORY_MB = 512;

/** Runs in the worker (CommonJS, evaluated from this string: nothing to locate in a bundle). */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, signal, mammothPath, bytes } = workerData;
function reply(message) {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
try {
  const mammoth = require(mammothPath);
  mammoth
    .convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
        // Pictures are not article text: never decode them.
        convertImage: mammoth.images.imgElement(() => ({ src: '' })),
        includeDefaultStyleMap: true,
      },
    )
    .then((result) => reply({ ok: true, html: result.value }), (err) => reply({ ok: false, message: String(err && err.message || err) }));
} catch (err) {
  reply({ ok: false, message: String(err && err.message || err) });
}
`;

const OLD_WORD = 'The file is not a Word 2007 or later document (.docx): it is an older Word (.doc) file or a password-protected one. Open it in Word and save it as .docx without a password.';
const NOT_A_ZIP = 'The file is not a Word document: a .docx file is a zip archive, and this one is not.';
const NOT_WORD = 'The file is a zip archive but not a Word document: it has no word/document.xml.';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function mammothPath(): string {
  return createRequire(__filename).resolve('mammoth');
}

/** mammoth's HTML for a .docx, computed on a worker thread; throws 'invalid_docx' for anything that is not a readable Word file. */
function convertOnWorker(bytes: Uint8Array): string {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, signal, mammothPath: mammothPath(), bytes },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
    stdout: true,
    stderr: true,
  });
  try {
    const waited = Atomics.wait(signal, 0, 0, TIME_LIMIT_MS);
    const reply = receiveMessageOnPort(port1)?.message as { ok: true; html: string } | { ok: false; message: string } | undefined;
    if (waited === 'timed-out' || !reply) {
      throw new ClaimdeskError('invalid_docx', `The Word document could not be read within ${TIME_LIMIT_MS / 1000} seconds (too large or damaged).`);
    }
    if (reply.ok) return reply.html;
    if (/main document part/i.test(reply.message)) throw new ClaimdeskError('invalid_docx', NOT_WORD);
    // It starts like a zip (checked before), so a zip it cannot read is a damaged one: cut short, or broken inside.
    throw new ClaimdeskError('invalid_docx', `The Word document is damaged and cannot be read (${reply.message.slice(0, 160)}).`);
  } finally {
    port1.close();
    void worker.terminate();
  }
}

export function extractDocxArticle(bytes: Uint8Array): ExtractedArticle {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw new ClaimdeskError('invalid_docx', OLD_WORD);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new ClaimdeskError('invalid_docx', NOT_A_ZIP);
  const text = blocksToText(htmlBlocks(convertOnWorker(bytes)));
  return { text: checkArticleText(text, 'The Word document', 'so it cannot be read as an article'), metadata: NO_METADATA };
}
