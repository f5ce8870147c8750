import { describe, expect, it } from 'vitest';
import { mergeNeighbours, quotationLeftOpen, withinOneStatement, type MergeRow } from './quotation';

const RUN_ON = '“Our farmers lose 2 million rupees a day when it is closed.\n\n“Nobody in Islamabad wants that,” Khan said.\n\nTalks resume on Friday.';

describe('quotations running on across paragraphs', () => {
  it('knows which paragraphs leave a quotation open', () => {
    expect(quotationLeftOpen('“We will not accept this.')).toBe('double');
    expect(quotationLeftOpen('“We will not accept this,” he said.')).toBeNull();
    expect(quotationLeftOpen('"Straight quotes, left open.')).toBe('double');
    expect(quotationLeftOpen('"Closed," he said.')).toBeNull();
    expect(quotationLeftOpen('« Nous ne céderons pas.')).toBe('guillemet');
    // An apostrophe is not a closing quotation mark; a closing one is.
    expect(quotationLeftOpen('‘Pakistan’s farmers can’t wait.')).toBe('single');
    expect(quotationLeftOpen('‘Pakistan’s farmers can’t wait,’ he said.')).toBeNull();
    expect(quotationLeftOpen('The farmers’ union met on Monday.')).toBeNull();
  });

  it('lets a span cross a break only where the quotation is left open and opened again', () => {
    const first = RUN_ON.indexOf('closed.') + 'closed.'.length;
    const second = RUN_ON.indexOf('“Nobody');
    expect(withinOneStatement(RUN_ON, first, second)).toBe(true);
    // The next break closes nothing that runs on: “Talks” is not in quotation marks.
    expect(withinOneStatement(RUN_ON, first, RUN_ON.indexOf('Talks'))).toBe(false);
    expect(withinOneStatement(RUN_ON, RUN_ON.indexOf('said.') + 5, RUN_ON.indexOf('Talks'))).toBe(false);
    // A quotation closed before the break does not run on, even if the next paragraph quotes again.
    const closed = '“We will not accept this,” Khan said.\n\n“Nor will Kabul,” he added.';
    expect(withinOneStatement(closed, closed.indexOf('said.') + 5, closed.indexOf('“Nor'))).toBe(false);
    // Left open but the next paragraph is not a quotation: no.
    const dropped = '“We will not accept this.\n\nKhan left at noon.';
    expect(withinOneStatement(dropped, dropped.indexOf('this.') + 5, dropped.indexOf('Khan'))).toBe(false);
    // Within one paragraph: always.
    expect(withinOneStatement(RUN_ON, 0, RUN_ON.indexOf('closed.'))).toBe(true);
  });

  it('works with CRLF line ends and a quotation running over three paragraphs', () => {
    const text = '“One.\r\n\r\n“Two.\r\n\r\n“Three,” she said.';
    expect(withinOneStatement(text, text.indexOf('One.') + 4, text.indexOf('“Three'))).toBe(true);
  });
});

describe('merge neighbours', () => {
  // Rows of RUN_ON: the first paragraph shown, the quotation's continuation hidden (set aside by the analysis), the last shown.
  const rows: MergeRow[] = [
    { id: 1, position: 1, start: 0, end: RUN_ON.indexOf('\n'), kind: 'claim', hidden: false },
    { id: 2, position: 2, start: RUN_ON.indexOf('“Nobody'), end: RUN_ON.indexOf('said.') + 5, kind: 'claim', hidden: true },
    { id: 3, position: 3, start: RUN_ON.indexOf('Talks'), end: RUN_ON.length, kind: 'claim', hidden: false },
  ];

  it('"next" is the hidden continuation of a quotation, not the shown claim past it', () => {
    expect(mergeNeighbours(RUN_ON, rows, 1).next?.id).toBe(2);
    expect(mergeNeighbours(RUN_ON, rows, 3).previous?.id).toBe(1); // no quotation runs on into “Talks”: the nearest shown claim
  });

  it('is the nearest shown claim when nothing runs on, and nothing for a hidden claim', () => {
    const shown = rows.map((r) => ({ ...r, hidden: false }));
    expect(mergeNeighbours(RUN_ON, shown, 1)).toEqual({ previous: null, next: shown[1] });
    expect(mergeNeighbours(RUN_ON, shown, 2)).toEqual({ previous: shown[0], next: shown[2] });
    expect(mergeNeighbours(RUN_ON, rows, 2)).toEqual({ previous: null, next: null });
    expect(mergeNeighbours(RUN_ON, rows, 99)).toEqual({ previous: null, next: null });
  });

  it('never reaches past a headline or dateline for a continuation', () => {
    const withDateline = rows.map((r) => (r.id === 2 ? { ...r, kind: 'dateline' } : r));
    expect(mergeNeighbours(RUN_ON, withDateline, 1).next?.id).toBe(3);
  });
});
