/** Looks up a UI string by its _locales key, with optional substitutions ($1, $2 ...). */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** A Translate over a parsed messages.json: the tests, and the pages' fallback (utils/page.ts). */
export function translatorFor(messages: Record<string, { message: string }>): Translate {
  return (key, substitutions) => {
    const template = messages[key]?.message ?? key;
    const values =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return template.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  };
}
