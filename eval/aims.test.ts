import { describe, expect, it } from 'vitest';
import { evaluateAll } from './evaluate';

/**
 * The engine meets the aims on the evaluation set, overall: a change
 * to attribution, scoring or dispute detection that loses ground fails here
 * (`npm run eval -- --verbose` shows what it lost).
 */
describe('the engine on the evaluation set', () => {
  const report = evaluateAll();

  it.each(report.aims.map((aim) => [aim.label, aim] as const))('meets the aim for %s', (_label, aim) => {
    expect(aim.value, `${aim.label}: ${aim.value?.toFixed(3)} against the aim ${aim.target}`).not.toBeNull();
    if (aim.atMost) expect(aim.value!).toBeLessThanOrEqual(aim.target);
    else expect(aim.value!).toBeGreaterThanOrEqual(aim.target);
  });

  it('recognises the sample article fully: every check-worthy claim, every speaker', () => {
    const sample = report.articles.find((a) => a.article.startsWith('000_'));
    expect(sample).toBeDefined();
    expect(sample!.metrics.claimRecall.value).toBe(1);
    expect(sample!.metrics.speakerAccuracy.value).toBe(1);
  });
});
