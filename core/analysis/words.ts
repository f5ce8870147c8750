/** Content words, lightly stemmed, for matching what a denial says against the claims it may deny. */

const STOP = new Set(
  `a an the and or but nor so yet of in on at to for from by with without within into onto over under about above below
  after before since until between among against during through across along is are was were be been being am has have
  had do does did will would shall should can could may might must that which who whom whose what when where why how this
  these those it its they them their he him his she her we us our you your i me my as than then there here if not no
  never also said says say saying told tell according per each every such both either neither other another more most
  less least many much few several some any all only just very too still even again ago while although though because
  unless whether up down out off any one two new now being been made make makes claim claims claimed allegation
  allegations alleged report reports reported deny denies denied denying reject rejected rejects dismissed dismiss
  false untrue baseless true statement statements government officials official spokesperson spokesman ministry
  minister added stated insisted asserted`.split(/\s+/),
);

/** Drops common endings and keeps at most six letters: "deported"/"deportation" -> "deport", "militants" -> "milita". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length > 5) w = w.replace(/(?:ations?|ments?|ings?|edly|ed|es|ers?|ly|ies|s)$/u, '');
  return w.slice(0, 6);
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*/gu;

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const bounded = text.length > 2000 ? text.slice(0, 2000) : text;
  for (const m of bounded.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/['’]s?$/u, '');
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
