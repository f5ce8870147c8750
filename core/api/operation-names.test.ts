import { describe, expect, it } from 'vitest';
import { operations } from './contract';
import { EXCLUSIVE_OPERATIONS, OPERATION_NAMES } from './operation-names';

describe('operation names', () => {
  it('EXCLUSIVE_OPERATIONS (what the window never sends twice on a busy answer) are exactly the contract\'s exclusive operations', () => {
    const exclusive = OPERATION_NAMES.filter((op) => (operations[op] as { exclusive?: boolean }).exclusive === true);
    expect([...EXCLUSIVE_OPERATIONS].sort()).toEqual([...exclusive].sort());
  });
});
