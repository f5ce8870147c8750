import { describe, expect, it } from 'vitest';
import type { Task } from '../api/tasks';
import { describeTask } from './TaskProgress';

const task = (change: Partial<Task>): Task => ({ id: 1, kind: 'import', done: 0, total: 40, current: null, cancelling: false, ...change });

describe('describeTask', () => {
  it('counts files from the one in flight, and names it', () => {
    expect(describeTask(task({ done: 11, current: { name: 'sample.txt', phase: 'analysing' } }))).toBe('Importing 12 of 40 files — sample.txt');
    expect(describeTask(task({ done: 3000, total: 3100, current: { name: 'a.md', phase: 'reading' } }))).toBe('Importing 3,001 of 3,100 files — a.md');
  });

  it('gives one big file its phase instead of a count', () => {
    expect(describeTask(task({ total: 1, current: { name: 'big.txt', phase: 'analysing' } }))).toBe('Importing big.txt — analysing…');
  });

  it('says what a cancelled import is still finishing', () => {
    expect(describeTask(task({ cancelling: true, current: { name: 'x.txt', phase: 'analysing' } }))).toBe('Cancelling — x.txt is finishing, no further file is started');
  });

  it('counts exported rows against the total once it is known', () => {
    expect(describeTask(task({ kind: 'export', done: 40_000, total: 101_573 }))).toBe('Exporting 40,000 of 101,573 rows');
    expect(describeTask(task({ kind: 'export', done: 512, total: null }))).toBe('Exporting 512 rows…');
    expect(describeTask(task({ kind: 'export', cancelling: true }))).toBe('Cancelling the export…');
  });
});
