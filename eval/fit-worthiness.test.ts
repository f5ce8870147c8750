import { describe, expect, it } from 'vitest';
import { fitLogistic, fitThreshold, predict } from './fit-worthiness';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** 1,000 rows per cell of two binary features, positives in proportion to sigmoid(-1 + 2·x1 - x2). */
function grid(): { xs: number[][]; ys: number[] } {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const x1 of [0, 1])
    for (const x2 of [0, 1]) {
      const positives = Math.round(1000 * sigmoid(-1 + 2 * x1 - x2));
      for (let i = 0; i < 1000; i++) {
        xs.push([x1, x2]);
        ys.push(i < positives ? 1 : 0);
      }
    }
  return { xs, ys };
}

describe('fitLogistic', () => {
  it('recovers the weights the labels were drawn from', () => {
    const { xs, ys } = grid();
    const m = fitLogistic(xs, ys, 0);
    expect(m.bias).toBeCloseTo(-1, 1);
    expect(m.weights[0]).toBeCloseTo(2, 1);
    expect(m.weights[1]).toBeCloseTo(-1, 1);
    expect(predict(m, [1, 0])).toBeCloseTo(sigmoid(1), 2);
  });

  it('shrinks the weights, not the bias, as lambda grows', () => {
    const { xs, ys } = grid();
    const loose = fitLogistic(xs, ys, 0);
    const tight = fitLogistic(xs, ys, 2000);
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!) / 2);
    expect(Math.abs(tight.weights[1]!)).toBeLessThan(Math.abs(loose.weights[1]!));
    // With the weights near zero, the bias carries the base rate of the labels.
    const rate = ys.filter((y) => y === 1).length / ys.length;
    expect(sigmoid(tight.bias + 0.5 * (tight.weights[0]! + tight.weights[1]!))).toBeCloseTo(rate, 1);
  });

  it('is deterministic', () => {
    const { xs, ys } = grid();
    expect(fitLogistic(xs, ys, 3)).toEqual(fitLogistic(xs, ys, 3));
  });
});

describe('fitThreshold', () => {
  const claim = (score: number, y: number) => ({ score, y, kind: 'claim', matched: true });
  const rows = [...[0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9].map((s) => claim(s, 1)), claim(0.2, 0), claim(0.4, 0)];

  it('is the highest threshold that hides at most the given share of check-worthy claims', () => {
    expect(fitThreshold(rows, 0)).toBe(0.1); // nothing may be hidden: at most the lowest positive
    expect(fitThreshold(rows, 0.1)).toBe(0.3); // one of ten: the 0.1
    expect(fitThreshold(rows, 0.2)).toBe(0.5); // two of ten
  });

  it('counts only matched claims that are check-worthy', () => {
    const more = [...rows, { score: 0.05, y: 1, kind: 'headline', matched: true }, { score: 0.05, y: 1, kind: 'claim', matched: false }];
    expect(fitThreshold(more, 0.1)).toBe(0.3);
  });
});
