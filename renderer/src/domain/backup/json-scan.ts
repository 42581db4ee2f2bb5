/**
 * Reading raw text safely before JSON.parse and zod see it. Both recurse, so a file nested 100k deep
 * would overflow the stack: `deepestNesting` counts brackets outside strings in one linear pass and
 * stops at the first one past the bound. `syntaxErrorAt` finds where invalid JSON goes wrong, as
 * line:column, since JSON.parse's own message differs between engines and often gives no place.
 */

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/** The offset of the first bracket nested deeper than `max`, or -1 when none is. */
export function firstTooDeep(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i += 1;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth += 1;
      if (depth > max) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth -= 1;
  }
  return -1;
}

class SyntaxAt {
  constructor(
    readonly offset: number,
    readonly what: string,
  ) {}
}

/**
 * Where and why `text` is not JSON (RFC 8259), or null when it is. Recursive descent: call it only on
 * text `firstTooDeep` has bounded.
 */
export function syntaxErrorAt(text: string): { offset: number; what: string } | null {
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxAt(i, i >= text.length ? 'the text ends too early' : what);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${JSON.stringify(text[i])}`);
  };
  const string = () => {
    i += 1;
    for (;;) {
      if (i >= text.length) fail('');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return;
      }
      if (c < 32) fail('a control character inside a string');
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('a bad \\u escape');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('a bad escape');
      } else i += 1;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null) fail(`unexpected ${JSON.stringify(text[i])}`);
    else i += match[0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i += 1;
      space();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a "quoted" key');
        string();
        space();
        if (text[i] !== ':') fail('expected ":" after a key');
        i += 1;
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return;
        } else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i += 1;
      space();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return;
        } else fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  try {
    value();
    space();
    if (i < text.length) fail('more text after the end of the JSON value');
    return null;
  } catch (error) {
    if (error instanceof SyntaxAt) return { offset: error.offset, what: error.what };
    throw error;
  }
}
