/**
 * A fragment of SQL with its parameters, built by the `sql` tag so values
 * are always bound, never spliced into the text.
 */
export interface SqlFragment {
  text: string;
  params: unknown[];
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isFragment(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

/** Joins fragments with a separator (e.g. ' AND '); empty input gives `fallback`. */
export function joinSql(parts: SqlFragment[], separator: string, fallback = ''): SqlFragment {
  if (parts.length === 0) return { text: fallback, params: [] };
  return { text: parts.map((p) => p.text).join(separator), params: parts.flatMap((p) => p.params) };
}

/** Trusted SQL text (column names from a fixed map), never user input. */
export function raw(text: string): SqlFragment {
  return { text, params: [] };
}

function isFragment(value: unknown): value is SqlFragment {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value && Array.isArray((value as SqlFragment).params);
}
