/**
 * A child process for the durability test: gives verdicts as fast as it can
 * and prints "ack <claimId>" after each one the API has acknowledged, until
 * it is killed.
 */
import { callOrThrow } from '../../core/api/dispatch';
import { openWorkspace } from '../../core/api/workspace';

const ws = openWorkspace({ dbPath: process.argv[2]!, reviewer: 'Durability Writer' });
const { article } = callOrThrow(ws, 'loadSample', {});
const claims = callOrThrow(ws, 'listClaims', { filter: { articleId: article.id } }).rows;
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  for (const claim of claims) {
    callOrThrow(ws, 'setStatus', { claimId: claim.id, status: round % 2 === 0 ? 'verified' : 'disputed' });
    callOrThrow(ws, 'addNote', { claimId: claim.id, body: `round ${round}` });
    process.stdout.write(`ack ${claim.id} ${round}\n`);
  }
}
