/** Frontmatter read without the YAML package: the data, and where each key and value starts. */
export interface SimpleYaml {
  data: Record<string, unknown>;
  /** Offset of each key in the YAML text. */
  keys: Map<string, number>;
  /** Offset of each value: one per item for a list, else one. */
  values: Map<string, { list: boolean; offsets: number[] }>;
  /** Where the mapping starts (its first key). */
  start: number;
}

const KEY = /^([A-Za-z_][\w-]{0,99}):(?: +|$)/;
const ITEM = /^( *)- +/;
// Plain scalars the core schema reads as text start with a letter.
const PLAIN_START = /^[A-Za-z\u00C0-\u024F]/;
// What YAML refuses or would need escaped, and line breaks of other kinds.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
const BLANK = /^ *$/;
const SPECIAL = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
const INTEGER = /^(?:0|[1-9]\d{0,14})$/;

/**
 * Reads the frontmatter most notes have — `key: value` lines, values plain,
 * quoted or a list (`[a, "b"]`, or `- item` lines) — many times faster than
 * the YAML package, which builds a whole document. Anything else (nesting,
 * escapes, comments after values, multi-line scalars, duplicate keys, tabs,
 * numbers other than plain integers) gives undefined, and the caller uses
 * the YAML package, so the result is always the one it would give.
 */
export function readSimpleYaml(yaml: string): SimpleYaml | undefined {
  if (yaml.includes("\t") || yaml.includes("\r")) return undefined;
  const data: Record<string, unknown> = {};
  const keys = new Map<string, number>();
  const values = new Map<string, { list: boolean; offsets: number[] }>();
  let open: { key: string; items: unknown[]; offsets: number[]; indent: number } | undefined;
  const close = (): boolean => {
    if (open === undefined) return true;
    if (open.items.length === 0) return false;
    data[open.key] = open.items;
    values.set(open.key, { list: true, offsets: open.offsets });
    open = undefined;
    return true;
  };
  let lineStart = 0;
  while (lineStart <= yaml.length) {
    const newline = yaml.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? yaml.length : newline;
    const line = yaml.slice(lineStart, lineEnd);
    const item = open && ITEM.exec(line);
    if (BLANK.test(line) || line.startsWith("#")) {
      // Blank lines and whole-line comments carry nothing.
    } else if (open && item) {
      if (open.items.length > 0 && item[1]?.length !== open.indent) return undefined;
      open.indent = item[1]?.length ?? 0;
      const scalar = blockScalar(line, item[0].length);
      if (scalar === undefined) return undefined;
      open.items.push(scalar.value);
      open.offsets.push(lineStart + item[0].length);
    } else {
      const key = KEY.exec(line);
      if (!key || !close()) return undefined;
      const name = key[1] as string;
      if (keys.has(name) || SPECIAL.test(name) || name === "__proto__") return undefined;
      keys.set(name, lineStart);
      const at = key[0].length;
      if (at === line.length) {
        open = { key: name, items: [], offsets: [], indent: -1 };
      } else if (line[at] === "[") {
        const list = flowList(line, at);
        if (list === undefined) return undefined;
        data[name] = list.items;
        values.set(name, { list: true, offsets: list.offsets.map((offset) => lineStart + offset) });
      } else {
        const scalar = blockScalar(line, at);
        if (scalar === undefined) return undefined;
        data[name] = scalar.value;
        values.set(name, { list: false, offsets: [lineStart + at] });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  const start = keys.values().next().value;
  if (!close() || start === undefined) return undefined;
  return { data, keys, values, start };
}

/** A scalar from `from` to the end of the line: plain, or quoted with nothing after it. */
function blockScalar(line: string, from: number): { value: unknown } | undefined {
  const first = line[from];
  if (first === '"' || first === "'") {
    const quoted = quotedScalar(line, from);
    return quoted && BLANK.test(line.slice(quoted.end)) ? { value: quoted.value } : undefined;
  }
  // YAML trims spaces only; trimEnd would take other blanks too.
  const text = line.slice(from).replace(/ +$/, "");
  if (INTEGER.test(text)) return { value: Number(text) };
  const plain = PLAIN_START.test(text) && !UNPRINTABLE.test(text) && !SPECIAL.test(text);
  return plain && !text.includes(": ") && !text.includes(" #") && !text.endsWith(":") ? { value: text } : undefined;
}

/** `"…"` without escapes, or `'…'` with `''` for a quote, on one line. */
function quotedScalar(line: string, from: number): { value: string; end: number } | undefined {
  const quote = line[from];
  if (quote === '"') {
    const end = line.indexOf('"', from + 1);
    const value = line.slice(from + 1, end);
    return end === -1 || value.includes("\\") || UNPRINTABLE.test(value) ? undefined : { value, end: end + 1 };
  }
  let value = "";
  let at = from + 1;
  for (;;) {
    const end = line.indexOf("'", at);
    if (end === -1) return undefined;
    value += line.slice(at, end);
    if (line[end + 1] !== "'") return UNPRINTABLE.test(value) ? undefined : { value, end: end + 1 };
    value += "'";
    at = end + 2;
  }
}

/** `[a, "b", 'c']` closing the line: items plain (no `,:#[]{}`) or quoted, none empty. */
function flowList(line: string, from: number): { items: unknown[]; offsets: number[] } | undefined {
  const items: unknown[] = [];
  const offsets: number[] = [];
  let at = from + 1;
  const skipSpaces = () => {
    while (line[at] === " ") at++;
  };
  skipSpaces();
  if (line[at] === "]") return BLANK.test(line.slice(at + 1)) ? { items, offsets } : undefined;
  for (;;) {
    skipSpaces();
    offsets.push(at);
    if (line[at] === '"' || line[at] === "'") {
      const quoted = quotedScalar(line, at);
      if (quoted === undefined) return undefined;
      items.push(quoted.value);
      at = quoted.end;
      skipSpaces();
    } else {
      const end = line.slice(at).search(/[,\]]/);
      if (end === -1) return undefined;
      const text = line.slice(at, at + end).replace(/ +$/, "");
      if (/[:#[\]{}]/.test(text)) return undefined;
      const scalar = blockScalar(text, 0);
      if (scalar === undefined) return undefined;
      items.push(scalar.value);
      at += end;
    }
    if (line[at] === "]") return BLANK.test(line.slice(at + 1)) ? { items, offsets } : undefined;
    if (line[at] !== ",") return undefined;
    at++;
  }
}
