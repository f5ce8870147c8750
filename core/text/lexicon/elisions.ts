/** Elisions: words written after an opening apostrophe that is not a quotation mark. Pattern alternatives, case ignored. */
import { words } from './words';

// core/import/quotations.ts

/** Words an apostrophe opens ('em, 'tis, 'n', 'Ndrangheta); decades ('90s) are a pattern beside them. */
export const ELIDED_WORDS = words(`em tis twas n'? cause til round bout ndrangheta`);
