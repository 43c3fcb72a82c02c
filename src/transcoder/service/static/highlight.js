// A small syntax highlighter for C++, Java and Python, written for this page (nothing is loaded
// from a CDN). One regular expression per language splits the text into comments, strings,
// numbers, keywords, types and calls; everything else is plain text. The output keeps one
// <span class="line"> per source line, so that a line can be marked (an error's line).
"use strict";

const Highlight = (() => {
  const words = (text) => new Set(text.split(/\s+/).filter(Boolean));

  const LANGUAGES = {
    cpp: {
      comment: String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`,
      string: String.raw`R"([^(\s]*)\([\s\S]*?\)\1"|(?:u8|[uUL])?"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?`,
      preprocessor: String.raw`^[ \t]*#[ \t]*\w+`,
      keywords: words(`alignas alignof auto break case catch class const constexpr const_cast continue
        decltype default delete do dynamic_cast else enum explicit export extern false for friend goto if
        inline mutable namespace new noexcept nullptr operator private protected public register
        reinterpret_cast return sizeof static static_assert static_cast struct switch template this throw
        true try typedef typeid typename union using virtual volatile while`),
      types: words(`bool char char16_t char32_t double float int long short signed unsigned void wchar_t
        size_t string vector map set unordered_map unordered_set pair queue stack deque priority_queue
        list array tuple int64_t uint64_t int32_t uint32_t`),
    },
    java: {
      comment: String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`,
      string: String.raw`"""[\s\S]*?(?:"""|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?`,
      preprocessor: String.raw`@\w+`,
      keywords: words(`abstract assert break case catch class const continue default do else enum extends
        final finally for goto if implements import instanceof interface native new package private
        protected public return static strictfp super switch synchronized this throw throws transient try
        volatile while var record yield true false null`),
      types: words(`boolean byte char double float int long short void String Integer Long Double Boolean
        Character Object List ArrayList Map HashMap Set HashSet TreeMap TreeSet LinkedList Deque ArrayDeque
        Queue PriorityQueue Arrays Math Collections StringBuilder`),
    },
    python: {
      comment: String.raw`#[^\n]*`,
      string: String.raw`[rRbBuUfF]{0,2}(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)`,
      preprocessor: String.raw`@[\w.]+`,
      keywords: words(`and as assert async await break class continue def del elif else except finally for
        from global if import in is lambda nonlocal not or pass raise return try while with yield None True
        False`),
      types: words(`int float str bool list dict set tuple bytes object range len print min max abs sum
        sorted reversed enumerate zip map filter`),
    },
  };

  const NUMBER = String.raw`\b(?:0[xX][0-9a-fA-F']+|0[bB][01']+|\d[\d']*\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)[uUlLfFdDjJ]*\b`;
  const WORD = String.raw`[A-Za-z_]\w*`;

  const patterns = {};
  for (const [name, language] of Object.entries(LANGUAGES)) {
    const source = [
      `(?<comment>${language.comment})`,
      `(?<string>${language.string})`,
      `(?<meta>${language.preprocessor})`,
      `(?<number>${NUMBER})`,
      `(?<word>${WORD})`,
    ].join("|");
    patterns[name] = new RegExp(source, "gm");
  }

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  // [[class or null, text], ...] covering the whole input.
  function tokens(code, languageName) {
    const language = LANGUAGES[languageName];
    const pattern = patterns[languageName];
    if (!language) return [[null, code]];
    const result = [];
    let last = 0;
    pattern.lastIndex = 0;
    for (let match; (match = pattern.exec(code)) !== null; ) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (match.index > last) result.push([null, code.slice(last, match.index)]);
      const groups = match.groups;
      let kind = null;
      if (groups.comment !== undefined) kind = "tok-comment";
      else if (groups.string !== undefined) kind = "tok-string";
      else if (groups.meta !== undefined) kind = "tok-meta";
      else if (groups.number !== undefined) kind = "tok-number";
      else if (language.keywords.has(match[0])) kind = "tok-keyword";
      else if (language.types.has(match[0])) kind = "tok-type";
      else if (/^\s*\(/.test(code.slice(pattern.lastIndex, pattern.lastIndex + 8))) kind = "tok-call";
      result.push([kind, match[0]]);
      last = pattern.lastIndex;
    }
    if (last < code.length) result.push([null, code.slice(last)]);
    return result;
  }

  // HTML with one <span class="line" data-line="N"> per line (a token spanning lines is split).
  function toHtml(code, languageName) {
    const lines = [[]];
    for (const [kind, text] of tokens(code, languageName)) {
      text.split("\n").forEach((piece, index) => {
        if (index > 0) lines.push([]);
        if (piece) lines[lines.length - 1].push(kind ? `<span class="${kind}">${escape(piece)}</span>` : escape(piece));
      });
    }
    return lines
      .map((parts, index) => `<span class="line" data-line="${index + 1}">${parts.join("")}</span>`)
      .join("\n");
  }

  return { toHtml, tokens };
})();
