import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../core/report/csv';
import { CsvRecordCounter } from './csv-rows';

const encode = (text: string) => new TextEncoder().encode(text);

describe('CsvRecordCounter', () => {
  const csv = '\uFEFFClaim ID,Notes\r\n1,"two\r\nlines"\r\n2,"a ""quoted"" word, and\nLF"\r\n3,plain “é” ü\r\n';

  it('counts rows after the header, line breaks and doubled quotes inside fields not counted', () => {
    const counter = new CsvRecordCounter();
    counter.push(encode(csv));
    expect(counter.rows).toBe(3);
    expect(counter.rows).toBe((parse(csv, { bom: true, columns: true }) as unknown[]).length);
  });

  it('gives the same count however the bytes are cut into chunks, one byte at a time included', () => {
    const bytes = encode(csv);
    for (const size of [1, 2, 3, 7, 16]) {
      const counter = new CsvRecordCounter();
      for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
      expect(counter.rows).toBe(3);
    }
  });

  it('counts a row only once its record is complete', () => {
    const counter = new CsvRecordCounter();
    counter.push(encode('Claim ID,Notes\r\n1,"open'));
    expect(counter.rows).toBe(0);
    counter.push(encode('\r\nstill open"\r\n'));
    expect(counter.rows).toBe(1);
  });

  it('counts the records our own report writer makes: line breaks, quotes and formulas in the cells', () => {
    const cells = ['=SUM(A1)', 'line one\nline two', 'cr\ronly', 'say "no"', '\nleading', 'plain'];
    const rows = Array.from({ length: 1000 }, (_, i) => [String(i), cells[i % cells.length]!, cells[(i * 7) % cells.length]!]);
    const bytes = encode(`\uFEFF${csvRecords([['Claim ID', 'Claim', 'Notes'], ...rows])}`);
    const counter = new CsvRecordCounter();
    for (let i = 0; i < bytes.length; i += 4096) counter.push(bytes.subarray(i, i + 4096));
    expect(counter.rows).toBe(1000);
  });
});
