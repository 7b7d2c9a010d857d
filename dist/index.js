import { createRequire as __tfAcrLintCreateRequire } from 'node:module'; const require = __tfAcrLintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:TF_ACR_LINT_PACKAGE>
var define_TF_ACR_LINT_PACKAGE_default;
var init_define_TF_ACR_LINT_PACKAGE = __esm({
  "<define:TF_ACR_LINT_PACKAGE>"() {
    define_TF_ACR_LINT_PACKAGE_default = { name: "tf-acr-lint", version: "0.1.0", homepage: "https://github.com/tf-acr-lint/tf-acr-lint" };
  }
});

// src/model/value.ts
function known(value, origin, refs) {
  return refs && refs.length > 0 ? { known: true, value, origin, refs } : { known: true, value, origin };
}
function unknown(why2, origin, refs) {
  return refs && refs.length > 0 ? { known: false, why: why2, origin, refs } : { known: false, why: why2, origin };
}
function evaluationError(why2, origin, refs) {
  return { ...unknown(why2, origin, refs), error: true };
}
function stillUnknown(v, refs) {
  return refs && refs.length > 0 ? { ...v, refs } : v;
}
function literalOrigin(span) {
  return span ? { span, provenance: { kind: "literal" }, via: [] } : { provenance: { kind: "literal" }, via: [] };
}
function passedThrough(value, hop) {
  return { ...value, origin: { ...value.origin, via: [hop, ...value.origin.via] } };
}
function mergeRefs(...lists) {
  return mergeRefLists(lists);
}
function mergeRefLists(lists) {
  const found = lists.filter((list2) => list2 !== void 0 && list2.length > 0);
  const first = found[0];
  if (first === void 0) return void 0;
  if (first.length === 1 && found.every((list2) => list2.length === 1 && list2[0] === first[0])) return first;
  const all2 = /* @__PURE__ */ new Set();
  for (const list2 of found) for (const ref of list2) all2.add(ref);
  return [...all2];
}
function withRefs(v, refs) {
  if (!refs?.length && !v.refs?.length) return v;
  const merged = mergeRefs(v.refs, refs);
  return !merged || merged.length === (v.refs?.length ?? 0) ? v : { ...v, refs: merged };
}
function describeData(d) {
  if (d === null) return "null";
  if (Array.isArray(d)) return "a list";
  if (d instanceof Map) return "a map";
  return typeof d === "boolean" ? "a bool" : `a ${typeof d}`;
}
function isTrue(v) {
  return v !== void 0 && v.known && v.value === true;
}
function isFalse(v) {
  return v !== void 0 && v.known && v.value === false;
}
function equals(v, s, caseInsensitive = false) {
  if (v === void 0 || !v.known || typeof v.value !== "string") return false;
  return caseInsensitive ? v.value.toLowerCase() === s.toLowerCase() : v.value === s;
}
function stringOf(v) {
  return v !== void 0 && v.known && typeof v.value === "string" ? v.value : void 0;
}
function listOf(v) {
  return v !== void 0 && v.known && Array.isArray(v.value) ? v.value : void 0;
}
function mapOf(v) {
  return v !== void 0 && v.known && v.value instanceof Map ? v.value : void 0;
}
function attr(v, key) {
  return mapOf(v)?.get(key);
}
function fromPlain(data, origin) {
  if (Array.isArray(data)) return known(data.map((e) => fromPlain(e, origin)), origin);
  if (data !== null && typeof data === "object") {
    const m = /* @__PURE__ */ new Map();
    for (const [k, e] of Object.entries(data)) m.set(k, fromPlain(e, origin));
    return known(m, origin);
  }
  if (data === void 0) return known(null, origin);
  return known(data, origin);
}
var init_value = __esm({
  "src/model/value.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
  }
});

// src/model/address.ts
function segments(address) {
  const out = [];
  let start = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if (ch === "." && depth === 0) {
      out.push(address.slice(start, i));
      start = i + 1;
    }
  }
  out.push(address.slice(start));
  return out;
}
function splitKey(segment) {
  const open = segment.indexOf("[");
  if (open === -1 || !segment.endsWith("]")) return { name: segment };
  return { name: segment.slice(0, open), key: segment.slice(open + 1, -1) };
}
function parseAddress(address) {
  const segs = segments(address);
  const modules = [];
  let i = 0;
  while (segs[i] === "module" && i + 1 < segs.length) {
    const { name, key } = splitKey(segs[i + 1]);
    modules.push(key === void 0 ? { name } : { name, key });
    i += 2;
  }
  const rest = segs.slice(i).map(splitKey);
  const parts = rest.map((r) => r.name);
  const keyed = rest.find((r) => r.key !== void 0);
  return keyed?.key !== void 0 ? { modules, parts, key: keyed.key } : { modules, parts };
}
function keyInRoot(root, name) {
  return `${root}\0${name}`;
}
function modulePrefix(modules) {
  return modules.map((m) => `module.${m.name}${m.key !== void 0 ? `[${m.key}]` : ""}.`).join("");
}
function configPath(modules) {
  return modules.map((m) => m.name).join(".");
}
function baseAddress(address) {
  const parsed = parseAddress(address);
  return `${parsed.modules.map((m) => `module.${m.name}.`).join("")}${parsed.parts.join(".")}`;
}
var init_address = __esm({
  "src/model/address.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
  }
});

// src/model/append.ts
function appendAll(target, items) {
  for (const item of items) target.push(item);
}
var init_append = __esm({
  "src/model/append.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path12, { windows } = {}) => {
      const segs = path12.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts = options || {};
      const length2 = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length2;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length2) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input2.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input2.length) {
          const value = input2.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var parse2 = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch2(input2, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input2, regex, options, { glob, posix });
        const result2 = { glob, state, regex, posix, input: input2, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input2, regex, options, { glob, posix } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format3 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output = match && format3 ? format3(input2) : input2;
      if (match === false) {
        output = format3 ? format3(input2) : input2;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input2, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input2, glob, options) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input2));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input2, options) => scan(input2, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse2.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse2(input2, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path12) {
      const ctrl = callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visit_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = visit_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path12) {
      const ctrl = await callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visitAsync_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path12) {
      if (typeof visitor === "function")
        return visitor(key, node, path12);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path12);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path12);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path12);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path12);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path12);
      return void 0;
    }
    function replaceNode(key, path12, node) {
      const parent = path12[path12.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path12, value) {
      let v = value;
      for (let i = path12.length - 1; i >= 0; --i) {
        const k = path12[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path12) => path12 == null || typeof path12 === "object" && !!path12[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path12, value) {
        if (isEmptyPath(path12))
          this.add(value);
        else {
          const [key, ...rest] = path12;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        const [key, ...rest] = path12;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        const [key, ...rest] = path12;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var log = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map2.items.sort(schema.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    function stringifyNumber({ format: format3, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format3 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map2.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys2 = Object.keys(it);
            if (keys2.length === 1) {
              key = keys2[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys2.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map2.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys2 = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys2} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys2 = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys2}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var map2 = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path12, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path12, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        if (Collection.isEmptyPath(path12)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path12) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        if (Collection.isEmptyPath(path12))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path12, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path12) {
        if (Collection.isEmptyPath(path12))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path12) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        if (Collection.isEmptyPath(path12)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path12), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path12, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length2 = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length2 += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length2 += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length2 += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length2 += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length: length2 };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length2 = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length2, onError);
            i += length2;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length2, onError) {
      const cc = source.substr(offset, length2);
      const ok = cc.length === length2 && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length2 + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path12) => {
      let item = cst;
      for (const [field2, index] of path12) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path12) => {
      const parent = visit2.itemAtPath(cst, path12.slice(0, -1));
      const field2 = path12[path12.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path12, item, visitor) {
      let ctrl = visitor(item, path12);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path12.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path12);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path12) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify2(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify2;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values2 = this._values) {
        return this._reduceValues(values2, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values2 = this._values, usedValues, getCode) {
        return this._reduceValues(values2, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values2, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values2) {
          const vs = values2[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body2, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body2)
          this.code(body2).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties: properties2, items } = it.schema;
      if (ty === "object" && properties2) {
        for (const key in properties2) {
          assignDefault(it, key, properties2[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue2) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue2 === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue2)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties2, missing) {
      return (0, codegen_1.or)(...properties2.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result2) {
      if (result2 === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result2 == "function" ? { ref: result2 } : { ref: result2, code: (0, codegen_1.stringify)(result2) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length2, i, keys2;
        if (Array.isArray(a)) {
          length2 = a.length;
          if (length2 != b.length) return false;
          for (i = length2; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys2 = Object.keys(a);
        length2 = keys2.length;
        if (length2 !== Object.keys(b).length) return false;
        for (i = length2; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys2[i])) return false;
        for (i = length2; i-- !== 0; ) {
          var key = keys2[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body2) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body2);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body2));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments2 = jsonPointer.split("/");
      for (const segment of segments2) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input2) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input2.length; i++) {
        code = input2[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input2[i];
        break;
      }
      for (i += 1; i < input2.length; i++) {
        code = input2[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input2[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input2) {
      const compression = input2.indexOf("::");
      if (compression !== -1 && input2.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input2.split(":") : input2.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input2.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input2 = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input2)) {
        input2 = input2.toLowerCase();
        return { host: `[${input2}]`, escapedHost: input2, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input2, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input2.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input2.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input2.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input2 = input2.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input2);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path12) {
      let input2 = path12;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input2.length) {
        if (len === 1) {
          if (input2 === ".") {
            break;
          } else if (input2 === "/") {
            output.push("/");
            break;
          } else {
            output.push(input2);
            break;
          }
        } else if (len === 2) {
          if (input2[0] === ".") {
            if (input2[1] === ".") {
              break;
            } else if (input2[1] === "/") {
              input2 = input2.slice(2);
              continue;
            }
          } else if (input2[0] === "/") {
            if (input2[1] === "." || input2[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input2 === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input2[0] === ".") {
          if (input2[1] === ".") {
            if (input2[2] === "/") {
              input2 = input2.slice(3);
              continue;
            }
          } else if (input2[1] === "/") {
            input2 = input2.slice(2);
            continue;
          }
        } else if (input2[0] === "/") {
          if (input2[1] === ".") {
            if (input2[2] === "/") {
              input2 = input2.slice(2);
              continue;
            } else if (input2[2] === ".") {
              if (input2[3] === "/") {
                input2 = input2.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input2.indexOf("/", 1)) === -1) {
          output.push(input2);
          break;
        } else {
          output.push(input2.slice(0, nextSlash));
          input2 = input2.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path12) {
      if (path12 === "" || path12[0] === "/") {
        return removeDotSegments(path12);
      }
      const segments2 = path12.split("/");
      const last = segments2.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments2[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input2, decodeUnreserved = false) {
      if (input2.indexOf("%") === -1) {
        return input2;
      }
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        if (input2[i] === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input2[i];
      }
      return output;
    }
    function normalizePathEncoding(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input2.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input2, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input2[0] !== "/";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input2.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input2, isAllowed) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input2.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input2) {
      return encodeComponent(input2, isUserinfoCharacter);
    }
    function encodeQuery(input2) {
      return encodeComponent(input2, isQueryFragmentCharacter);
    }
    function encodeFragment(input2) {
      return encodeComponent(input2, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input2.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        if (input2[i] === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input2[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path12 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path12 && path12 !== "/" ? path12 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format3) {
        if (typeof format3 == "string")
          format3 = new RegExp(format3);
        this.formats[name] = format3;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments2 = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments2)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format3 = this.opts.formats[name];
        if (format3)
          this.addFormat(name, format3);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length2 = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length2++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length2;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block2) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block2();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties2 = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties2.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties2) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format3 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format3, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format3, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format3}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format3}(${data}) : ${format3}(${data}))` : (0, codegen_1._)`${format3}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format3} == "function" ? ${callFormat} : ${format3}.test(${data}))`;
            return (0, codegen_1._)`${format3} && ${format3} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format3, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format3 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format3 = [format_1.default];
    exports.default = format3;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/load/discover.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import path2 from "node:path";
function isDocumentFile(name) {
  return name.endsWith(".json") && !isConfigFile(name) && !name.endsWith(".tfvars.json") || name.endsWith(".tfstate");
}
function isConfigFile(name) {
  return /\.(tf|tofu)(\.json)?$/.test(name);
}
function configFilesIn(names) {
  const present = new Set(names);
  return names.filter(isConfigFile).filter((n) => !(/\.tf(\.json)?$/.test(n) && present.has(n.replace(/\.tf(\.json)?$/, ".tofu$1")))).sort();
}
function discover(inputs, root, ignore = () => false) {
  const diagnostics = [];
  const modules = /* @__PURE__ */ new Map();
  const documents = [];
  const visited = /* @__PURE__ */ new Set();
  const rel = (abs) => toPosix(path2.relative(root, abs)) || ".";
  const walk = (dir) => {
    let real;
    try {
      real = realpathSync.native(dir);
    } catch (error) {
      diagnostics.push({ severity: "error", file: rel(dir), message: `cannot read the directory: ${errorCode(error)}` });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ severity: "error", file: rel(dir), message: `cannot read the directory: ${errorCode(error)}` });
      return;
    }
    const files = entries.filter((e) => !e.isDirectory() && !(e.isSymbolicLink() && isDirectory(path2.join(dir, e.name))) && !ignore(path2.join(dir, e.name))).map((e) => e.name).sort();
    const configs = configFilesIn(files);
    if (configs.length > 0) {
      modules.set(dir, moduleSourceOf(dir, files, root));
    }
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (SKIPPED_DIRECTORIES.has(e.name) || ignore(path2.join(dir, e.name))) continue;
      const full = path2.join(dir, e.name);
      if (e.isDirectory() || e.isSymbolicLink() && isDirectory(full)) walk(full);
    }
  };
  for (const input2 of inputs) {
    const abs = path2.resolve(input2);
    let info;
    try {
      info = statSync(abs);
    } catch (error) {
      diagnostics.push({ severity: "error", file: toPosix(input2), message: `no such file or directory (${errorCode(error)})` });
      continue;
    }
    if (info.isDirectory()) {
      walk(abs);
    } else if (isDocumentFile(abs)) {
      documents.push({ file: rel(abs), absolutePath: abs });
    } else if (isConfigFile(abs)) {
      const dir = path2.dirname(abs);
      const siblings = fileNamesIn(dir);
      modules.set(abs, { dir: rel(dir), absoluteDir: dir, files: [rel(abs)], autoVarFiles: autoVarFiles(siblings.sort()).map((f) => rel(path2.join(dir, f))) });
    } else {
      diagnostics.push({ severity: "error", file: rel(abs), message: "not a configuration file (.tf, .tf.json, .tofu, .tofu.json), a plan or state (.json, .tfstate), or a directory" });
    }
  }
  return { modules: [...modules.values()].sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0), documents, diagnostics };
}
function moduleSourceOf(dir, names, root) {
  const rel = (name) => toPosix(path2.relative(root, path2.join(dir, name)));
  return { dir: toPosix(path2.relative(root, dir)) || ".", absoluteDir: dir, files: configFilesIn(names).map(rel), autoVarFiles: autoVarFiles(names).map(rel) };
}
function autoVarFiles(names) {
  const fixed2 = ["terraform.tfvars", "terraform.tfvars.json"].filter((f) => names.includes(f));
  const auto = names.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")).sort();
  return [...fixed2, ...auto];
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function fileNamesIn(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => !e.isDirectory() && !(e.isSymbolicLink() && isDirectory(path2.join(dir, e.name)))).map((e) => e.name);
  } catch {
    return [];
  }
}
function errorCode(error) {
  return error.code ?? String(error);
}
function toPosix(p) {
  return p.split(path2.sep).join("/");
}
var SKIPPED_DIRECTORIES;
var init_discover = __esm({
  "src/load/discover.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".terraform", ".git", "node_modules"]);
  }
});

// src/load/read-source.ts
import { Buffer as Buffer2, isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function decodeUtf8(bytes) {
  return isAscii(bytes) ? Buffer2.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1") : utf8.decode(bytes);
}
function readSource(absolutePath, file) {
  const bytes = readBytes(absolutePath, file, MAX_FILE_BYTES);
  return bytes instanceof Uint8Array ? decodeSource(bytes, file) : bytes;
}
function readBytes(absolutePath, file, limit) {
  let fd;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return fail(file, "not a regular file (a device, FIFO or socket); it was not read");
    if (stat.size > limit) return tooLarge(file, limit);
    let buffer = Buffer2.allocUnsafe(Math.min(limit + 1, stat.size + 1));
    let length2 = 0;
    for (; ; ) {
      if (length2 === buffer.length) {
        if (length2 > limit) break;
        const bigger = Buffer2.allocUnsafe(Math.min(limit + 1, length2 * 2));
        buffer.copy(bigger, 0, 0, length2);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length2, buffer.length - length2, null);
      if (read === 0) break;
      length2 += read;
    }
    return length2 > limit ? tooLarge(file, limit) : buffer.subarray(0, length2);
  } catch (error) {
    return fail(file, `cannot read the file: ${error.code ?? String(error)}`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function readJsonDocument(absolutePath, file) {
  const bytes = readBytes(absolutePath, file, MAX_DOCUMENT_BYTES);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (bytes[0] === 255 && bytes[1] === 254) return decodeWith("utf-16le", bytes.subarray(2), file);
  if (bytes[0] === 254 && bytes[1] === 255) return decodeWith("utf-16be", bytes.subarray(2), file);
  return decodeWith("utf-8", bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes, file);
}
function decodeWith(encoding, bytes, file) {
  try {
    return { ok: true, text: encoding === "utf-8" ? decodeUtf8(bytes) : new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return fail(file, `the file is not valid ${encoding.toUpperCase()}`);
  }
}
function decodeSource(bytes, file) {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(file, MAX_FILE_BYTES);
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return fail(file, "the file is UTF-16; Terraform reads configuration only as UTF-8", 1, 1);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(file, "the file is binary (it contains a NUL byte), not Terraform configuration", ...lineColumnOf(bytes, nul));
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  try {
    return { ok: true, text: decodeUtf8(bytes.subarray(start)) };
  } catch {
    const bad = firstInvalidUtf8(bytes, start);
    return fail(file, "the file is not valid UTF-8", ...lineColumnOf(bytes, bad));
  }
}
function tooLarge(file, limit) {
  return fail(file, `the file is larger than ${limit / 1024 / 1024} MiB; it was not read`);
}
function fail(file, message, line, column) {
  return { ok: false, diagnostic: { severity: "error", message, file, ...line !== void 0 ? { line, column: column ?? 1 } : {} } };
}
function lineColumnOf(bytes, offset) {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(10) + 1;
  const line = before.filter((b) => b === 10).length + 1;
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return [line, prefix.length + 1];
}
function firstInvalidUtf8(bytes, from) {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    const width = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (width === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + width));
    } catch {
      return i;
    }
    i += width;
  }
  return i;
}
var MAX_FILE_BYTES, MAX_DOCUMENT_BYTES, utf8;
var init_read_source = __esm({
  "src/load/read-source.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    MAX_FILE_BYTES = 16 * 1024 * 1024;
    MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;
    utf8 = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/frontends/hcl/functions/call.ts
function deriveOrigin(span, inputs) {
  const sourced = inputs.filter((v) => v.origin.provenance.kind !== "literal");
  const [only] = sourced;
  if (only === void 0 || sourced.length > 1) return literalOrigin(span);
  return { ...only.origin, via: [span, ...only.origin.via] };
}
function unionRefs(values2) {
  return mergeRefLists(values2.map((v) => v.refs)) ?? [];
}
function need(v) {
  if (!v.known) throw new Bail(v.why, true, v.error === true);
  return v;
}
function expected(what, v) {
  return new Bail(`expects ${what}, got ${describeData(v.value)}`);
}
function str(v) {
  const k = need(v);
  const s = stringify(k);
  if (s === void 0) throw expected("a string", k);
  return s;
}
function num(v) {
  const k = need(v);
  if (typeof k.value === "number") return k.value;
  if (typeof k.value !== "string") throw expected("a number", k);
  if (!NUMERIC.test(k.value)) throw new Bail(`cannot convert ${JSON.stringify(k.value)} to a number`);
  return Number(k.value);
}
function int(v) {
  const n = num(v);
  if (!Number.isInteger(n)) throw new Bail(`expects a whole number, got ${formatNumber(n)}`);
  return n;
}
function bool(v) {
  const k = need(v);
  if (typeof k.value === "boolean") return k.value;
  if (k.value === "true" || k.value === "false") return k.value === "true";
  throw expected("a bool", k);
}
function list(v) {
  const k = need(v);
  if (!Array.isArray(k.value)) throw expected("a list", k);
  return k.value;
}
function map(v) {
  const k = need(v);
  if (!(k.value instanceof Map)) throw expected("a map", k);
  return k.value;
}
function firstUnknown(v) {
  if (!v.known) return v;
  const d = v.value;
  const children = Array.isArray(d) ? d : d instanceof Map ? [...d.values()] : [];
  for (const child of children) {
    const u = firstUnknown(child);
    if (u) return u;
  }
  return void 0;
}
function formatNumber(n) {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = "", lead = "", frac = "", exp = "0"] = m;
  const e = Number(exp);
  const digits = lead + frac;
  return e >= 0 ? sign + digits.padEnd(e + 1, "0") : `${sign}0.${"0".repeat(-e - 1)}${digits}`;
}
function stringify(v) {
  if (!v.known) return void 0;
  const d = v.value;
  if (typeof d === "string") return d;
  if (typeof d === "boolean") return String(d);
  if (typeof d === "number" && Number.isFinite(d)) return formatNumber(d);
  return void 0;
}
function compareKeys(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function sortedEntries(m) {
  return [...m].sort(([a], [b]) => compareKeys(a, b));
}
function encodeString(s) {
  const escape2 = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, escape2);
}
function encodeJson(v) {
  const d = need(v).value;
  if (typeof d === "string") return encodeString(d);
  if (typeof d === "number") {
    if (!Number.isFinite(d)) throw new Bail(`cannot encode ${d} as JSON`);
    return formatNumber(d);
  }
  if (Array.isArray(d)) return `[${d.map(encodeJson).join(",")}]`;
  if (d instanceof Map) return `{${sortedEntries(d).map(([k, e]) => `${encodeString(k)}:${encodeJson(e)}`).join(",")}}`;
  return String(d);
}
function setElements(items) {
  try {
    return dedupe(items).sort(setOrder);
  } catch (e) {
    if (e instanceof Bail) return void 0;
    throw e;
  }
}
function dedupe(items) {
  const seen = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = encodeJson(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}
function setOrder(a, b) {
  const x = need(a).value;
  const y = need(b).value;
  const rank = (d) => typeof d === "number" ? 0 : typeof d === "string" ? 1 : 2;
  if (typeof x === "number" && typeof y === "number") return x - y;
  if (typeof x === "string" && typeof y === "string") return compareKeys(x, y);
  return rank(x) - rank(y);
}
var Bail, Call, NUMERIC;
var init_call = __esm({
  "src/frontends/hcl/functions/call.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_value();
    Bail = class {
      constructor(why2, inner = false, error = !inner) {
        this.why = why2;
        this.inner = inner;
        this.error = error;
      }
      why;
      inner;
      error;
    };
    Call = class {
      constructor(name, args, span) {
        this.name = name;
        this.args = args;
        this.span = span;
        this.refs = unionRefs(args);
      }
      name;
      args;
      span;
      refs;
      /** Argument `i`; arity is checked before an implementation runs. */
      arg(i) {
        const v = this.args[i];
        if (v === void 0) throw new Bail(`is missing argument ${i + 1}`);
        return v;
      }
      /** A value the call computed from `inputs` (all arguments unless given). */
      result(data, inputs = this.args) {
        return known(data, deriveOrigin(this.span, inputs), this.refs);
      }
      /** An existing value handed back as it is, also carrying the refs of the call's arguments. */
      pass(v) {
        return withRefs(v, this.refs);
      }
      /** The unknown result of this call; `error` when Terraform would fail evaluating it. */
      unknown(why2, error = false) {
        const origin = deriveOrigin(this.span, this.args);
        return error ? evaluationError(why2, origin, this.refs) : unknown(why2, origin, this.refs);
      }
    };
    NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
  }
});

// src/frontends/hcl/functions/format.ts
function formatShortestG(n) {
  const [mantissa = "", exp = "0"] = n.toExponential().split("e");
  const e = Number(exp);
  if (e >= -4 && e < 6) return formatNumber(n);
  return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}
function formatString(template, values2) {
  let next = 0;
  let highest = 0;
  const out = template.replace(
    VERB,
    (raw, flags, index, width, prec, mode) => {
      if (raw === "%%") return "%";
      if (mode === void 0) throw new Bail(`has an invalid verb in the format string ${JSON.stringify(template)}`);
      next = index === void 0 ? next + 1 : Number(index);
      highest = Math.max(highest, next);
      const value = values2[next - 1];
      if (value === void 0) throw new Bail(`needs argument ${next} for ${raw} but has ${values2.length}`);
      const verb = { raw, flags: flags ?? "", mode };
      if (width !== void 0) verb.width = Number(width);
      if (prec !== void 0) verb.prec = Number(prec);
      return formatVerb(verb, value);
    }
  );
  if (highest < values2.length) throw new Bail(`has ${values2.length} arguments but the format string uses ${highest}`);
  return out;
}
function formatVerb(verb, value) {
  if (verb.mode !== "v" && need(value).value === null) throw new Bail(`cannot format null with ${verb.raw}`);
  switch (verb.mode) {
    case "v":
      return pad(verb, formatDefault(value, verb.flags.includes("#")));
    case "s":
      return pad(verb, truncate(str(value), verb.prec));
    case "q":
      return pad(verb, encodeString(truncate(str(value), verb.prec)));
    case "t":
      return String(bool(value));
    case "d": {
      const n = int(value);
      return padNumber(verb, (n < 0 ? "-" : "") + formatNumber(Math.abs(n)).padStart(verb.prec ?? 0, "0"));
    }
    case "f":
      return padNumber(verb, fixed(num(value), verb.prec ?? 6));
    default:
      throw new Bail(`does not support the verb ${verb.raw}`);
  }
}
function formatDefault(value, sharp) {
  const d = need(value).value;
  if (!sharp && typeof d === "string") return d;
  if (!sharp && typeof d === "number" && Number.isFinite(d)) return formatShortestG(d);
  return encodeJson(value);
}
function truncate(s, prec) {
  return prec === void 0 ? s : Array.from(s).slice(0, prec).join("");
}
function fixed(n, prec) {
  if (Math.abs(n) < 1e21) return n.toFixed(prec);
  return formatNumber(n) + (prec > 0 ? `.${"0".repeat(prec)}` : "");
}
function pad(verb, s, fill = verb.flags.includes("0") ? "0" : " ") {
  const missing = (verb.width ?? 0) - Array.from(s).length;
  if (missing <= 0) return s;
  return verb.flags.includes("-") ? s + fill.repeat(missing) : fill.repeat(missing) + s;
}
function padNumber(verb, text) {
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  const sign = negative ? "-" : verb.flags.includes("+") ? "+" : verb.flags.includes(" ") ? " " : "";
  if (verb.flags.includes("0") && !verb.flags.includes("-")) {
    return sign + digits.padStart((verb.width ?? 0) - sign.length, "0");
  }
  return pad(verb, sign + digits, " ");
}
var VERB;
var init_format = __esm({
  "src/frontends/hcl/functions/format.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_call();
    VERB = /%(?:%|([-+ #0]*)(?:\[([1-9]\d*)\])?([1-9]\d*)?(?:\.(\d*))?([a-zA-Z])|)/g;
  }
});

// src/frontends/hcl/functions/regex.ts
function compileRe2(pattern) {
  const lead = /^\(\?([ims]+)\)/.exec(pattern);
  const body2 = (lead ? pattern.slice(lead[0].length) : pattern).replace(
    /\\([!-/:-@[-`{-~])|\(\?P</g,
    (_whole, punct) => punct === void 0 ? "(?<" : `\\x${punct.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
  try {
    return new RegExp(body2, `gu${lead?.[1] ?? ""}`);
  } catch (e) {
    throw new Bail(`cannot compile the regular expression /${pattern}/: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function expandTemplate(template, m) {
  return template.replace(/\$(?:\{(\w+)\}|(\w+)|\$?)/g, (_whole, braced, bare) => {
    const name = braced ?? bare;
    if (name === void 0) return "$";
    return (/^\d+$/.test(name) ? m[Number(name)] : m.groups?.[name]) ?? "";
  });
}
function replaceRegex(s, re, template) {
  let out = "";
  let last = 0;
  let prevEnd = -1;
  for (const m of s.matchAll(re)) {
    if (m[0] === "" && m.index === prevEnd) continue;
    out += s.slice(last, m.index) + expandTemplate(template, m);
    last = prevEnd = m.index + m[0].length;
  }
  return out + s.slice(last);
}
function replaceLiteral(s, search, replacement) {
  if (search !== "") return s.split(search).join(replacement);
  return replacement + Array.from(s, (ch) => ch + replacement).join("");
}
var init_regex = __esm({
  "src/frontends/hcl/functions/regex.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_call();
  }
});

// src/frontends/hcl/functions/index.ts
function format(c) {
  return c.result(formatString(str(c.arg(0)), c.args.slice(1)));
}
function join(c) {
  const sep = str(c.arg(0));
  const parts = c.args.slice(1).flatMap(
    (l) => list(l).map((e) => {
      if (need(e).value === null) throw new Bail("cannot join a null element");
      return str(e);
    })
  );
  return c.result(parts.join(sep));
}
function split(c) {
  const sep = str(c.arg(0));
  const s = str(c.arg(1));
  const parts = sep === "" ? Array.from(s) : s.split(sep);
  return c.result(parts.map((p) => c.result(p)));
}
function replace(c) {
  const s = str(c.arg(0));
  const search = str(c.arg(1));
  const replacement = str(c.arg(2));
  const isRegex = search.length > 1 && search.startsWith("/") && search.endsWith("/");
  return c.result(
    isRegex ? replaceRegex(s, compileRe2(search.slice(1, -1)), replacement) : replaceLiteral(s, search, replacement)
  );
}
function substr(c) {
  const chars = Array.from(str(c.arg(0)));
  const offset = int(c.arg(1));
  const length2 = int(c.arg(2));
  const start = offset < 0 ? Math.max(0, chars.length + offset) : offset;
  return c.result(chars.slice(start, length2 < 0 ? void 0 : start + length2).join(""));
}
function trim(c) {
  const chars = Array.from(str(c.arg(0)));
  const cut = new Set(Array.from(str(c.arg(1))));
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start] ?? "")) start++;
  while (end > start && cut.has(chars[end - 1] ?? "")) end--;
  return c.result(chars.slice(start, end).join(""));
}
function trimprefix(c) {
  const s = str(c.arg(0));
  const prefix = str(c.arg(1));
  return c.result(s.startsWith(prefix) ? s.slice(prefix.length) : s);
}
function trimsuffix(c) {
  const s = str(c.arg(0));
  const suffix = str(c.arg(1));
  return c.result(suffix !== "" && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s);
}
function coalesce(c) {
  for (const a of c.args) {
    const d = need(a).value;
    if (d !== null && d !== "") return c.pass(a);
  }
  throw new Bail("found no argument that is neither null nor an empty string");
}
function lookup(c) {
  const m = map(c.arg(0));
  const key = str(c.arg(1));
  const hit = m.get(key) ?? c.args[2];
  if (hit === void 0) throw new Bail(`found no key ${JSON.stringify(key)} and no default was given`);
  return c.pass(hit);
}
function merge(c) {
  const out = /* @__PURE__ */ new Map();
  for (const a of c.args) {
    if (need(a).value === null) continue;
    for (const [k, v] of map(a)) out.set(k, v);
  }
  return c.result(out);
}
function contains(c) {
  const items = list(c.arg(0));
  const wanted = encodeJson(c.arg(1));
  let hidden;
  for (const item of items) {
    const u = firstUnknown(item);
    if (u) hidden ??= u;
    else if (encodeJson(item) === wanted) return c.result(true);
  }
  if (hidden) throw new Bail(hidden.why, true, hidden.error === true);
  return c.result(false);
}
function length(c) {
  const k = need(c.arg(0));
  const d = k.value;
  if (typeof d === "string") return c.result(Array.from(d).length);
  if (Array.isArray(d)) return c.result(d.length);
  if (d instanceof Map) return c.result(d.size);
  throw expected("a string, list or map", k);
}
function keys(c) {
  return c.result(sortedEntries(map(c.arg(0))).map(([k]) => c.result(k)));
}
function values(c) {
  return c.result(sortedEntries(map(c.arg(0))).map(([, v]) => v));
}
function conversion(convert2) {
  return (c) => c.result(need(c.arg(0)).value === null ? null : convert2(c.arg(0)));
}
function jsonencode(c) {
  const v = c.arg(0);
  try {
    return { ...c.result(encodeJson(v)), encodedFrom: v };
  } catch (e) {
    if (e instanceof Bail && e.inner) return { ...c.unknown(`jsonencode(): ${e.why}`, e.error), encodedFrom: v };
    throw e;
  }
}
function jsondecode(c) {
  const text = str(c.arg(0));
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Bail(`cannot parse the JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return c.pass(fromPlain(data, deriveOrigin(c.span, c.args)));
}
function element(c) {
  const items = list(c.arg(0));
  const index = int(c.arg(1));
  if (items.length === 0) throw new Bail("cannot pick from an empty list");
  if (index < 0) throw new Bail("cannot use a negative index");
  return c.pass(items[index % items.length]);
}
function flattenInto(items, out) {
  for (const item of items) {
    const d = need(item).value;
    if (Array.isArray(d)) flattenInto(d, out);
    else out.push(item);
  }
  return out;
}
function compact(c) {
  return c.result(list(c.arg(0)).filter((e) => need(e).value !== null && str(e) !== ""));
}
function range(c) {
  const [first = 0, second, third] = c.args.map(num);
  const [start, limit] = second === void 0 ? [0, first] : [first, second];
  const step = third ?? (limit < start ? -1 : 1);
  if (step === 0) throw new Bail("cannot use a step of zero");
  if (step > 0 && limit < start || step < 0 && limit > start) {
    const [from, to, by] = [start, limit, step].map(formatNumber);
    throw new Bail(`cannot count from ${from} to ${to} in steps of ${by}`);
  }
  const out = [];
  for (let n = start; step > 0 ? n < limit : n > limit; n += step) {
    if (out.length === RANGE_LIMIT) throw new Bail(`would generate more than ${RANGE_LIMIT} numbers`);
    out.push(c.result(n));
  }
  return c.result(out);
}
function arityError(s, given) {
  const plural2 = (n) => `${n} argument${n === 1 ? "" : "s"}`;
  const wanted = s.max === Infinity ? `at least ${plural2(s.min)}` : s.min === s.max ? plural2(s.min) : `${s.min} to ${plural2(s.max)}`;
  return new Bail(`expects ${wanted}, got ${given}`);
}
function callFunction(name, args, span) {
  const call = new Call(name, args, span);
  const fn = FUNCTIONS.get(name);
  if (fn === void 0) return call.unknown(`function "${name}" is not supported by tf-acr-lint`);
  try {
    if (args.length < fn.min || args.length > fn.max) throw arityError(fn, args.length);
    return fn.impl(call);
  } catch (e) {
    if (e instanceof Bail) return call.unknown(e.inner ? `${name}(): ${e.why}` : `${name}() ${e.why}`, e.error);
    return call.unknown(`${name}() failed: ${e instanceof Error ? e.message : String(e)}`, true);
  }
}
var SPACE, EDGE_SPACE, RANGE_LIMIT, onString, onStrings, onNumber, foldNumbers, spec, FUNCTIONS, SUPPORTED_FUNCTIONS;
var init_functions = __esm({
  "src/frontends/hcl/functions/index.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_value();
    init_call();
    init_format();
    init_regex();
    init_call();
    SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
    EDGE_SPACE = new RegExp(`^${SPACE}+|${SPACE}+$`, "g");
    RANGE_LIMIT = 1024;
    onString = (f) => (c) => c.result(f(str(c.arg(0))));
    onStrings = (f) => (c) => c.result(f(str(c.arg(0)), str(c.arg(1))));
    onNumber = (f) => (c) => c.result(f(num(c.arg(0))));
    foldNumbers = (f) => (c) => c.result(c.args.map((a) => num(a)).reduce((a, b) => f(a, b)));
    spec = (min, max, impl) => ({ min, max, impl });
    FUNCTIONS = /* @__PURE__ */ new Map([
      ["lower", spec(1, 1, onString((s) => s.toLowerCase()))],
      ["upper", spec(1, 1, onString((s) => s.toUpperCase()))],
      ["format", spec(1, Infinity, format)],
      ["join", spec(2, Infinity, join)],
      ["split", spec(2, 2, split)],
      ["replace", spec(3, 3, replace)],
      ["substr", spec(3, 3, substr)],
      ["trimspace", spec(1, 1, onString((s) => s.replace(EDGE_SPACE, "")))],
      ["trim", spec(2, 2, trim)],
      ["trimprefix", spec(2, 2, trimprefix)],
      ["trimsuffix", spec(2, 2, trimsuffix)],
      ["startswith", spec(2, 2, onStrings((s, prefix) => s.startsWith(prefix)))],
      ["endswith", spec(2, 2, onStrings((s, suffix) => s.endsWith(suffix)))],
      ["coalesce", spec(1, Infinity, coalesce)],
      ["lookup", spec(2, 3, lookup)],
      ["merge", spec(0, Infinity, merge)],
      ["concat", spec(1, Infinity, (c) => c.result(c.args.flatMap(list)))],
      ["contains", spec(2, 2, contains)],
      ["length", spec(1, 1, length)],
      ["keys", spec(1, 1, keys)],
      ["values", spec(1, 1, values)],
      ["tostring", spec(1, 1, conversion(str))],
      ["tobool", spec(1, 1, conversion(bool))],
      ["tonumber", spec(1, 1, conversion(num))],
      ["tolist", spec(1, 1, conversion((v) => [...list(v)]))],
      ["toset", spec(1, 1, conversion((v) => dedupe(list(v)).sort(setOrder)))],
      ["tomap", spec(1, 1, conversion((v) => new Map(map(v))))],
      ["jsonencode", spec(1, 1, jsonencode)],
      ["jsondecode", spec(1, 1, jsondecode)],
      ["element", spec(2, 2, element)],
      ["flatten", spec(1, 1, (c) => c.result(flattenInto(list(c.arg(0)), [])))],
      ["distinct", spec(1, 1, (c) => c.result(dedupe(list(c.arg(0)))))],
      ["compact", spec(1, 1, compact)],
      ["range", spec(1, 3, range)],
      ["max", spec(1, Infinity, foldNumbers(Math.max))],
      ["min", spec(1, Infinity, foldNumbers(Math.min))],
      ["abs", spec(1, 1, onNumber(Math.abs))],
      ["ceil", spec(1, 1, onNumber(Math.ceil))],
      ["floor", spec(1, 1, onNumber(Math.floor))]
    ]);
    SUPPORTED_FUNCTIONS = Object.freeze([...FUNCTIONS.keys()].sort());
  }
});

// src/frontends/hcl/evaluate.ts
function childScope(parent, names) {
  return {
    lookup: (name, span) => {
      const own = names.get(name);
      return own ? passedThrough(own, span) : parent.lookup(name, span);
    },
    reference: (root, name, span) => names.has(root) ? void 0 : parent.reference(root, name, span)
  };
}
function evaluate(expr, scope, depth = 0) {
  if (depth > MAX_DEPTH) return unknown(`expression nested deeper than ${MAX_DEPTH} levels`, literalOrigin(expr.span));
  const next = (e, s = scope) => evaluate(e, s, depth + 1);
  switch (expr.kind) {
    case "literal":
      return known(expr.value, literalOrigin(expr.span));
    case "template":
      return evaluateTemplate(expr.parts, expr.span, scope, depth);
    case "tuple":
      return known(expr.items.map((e) => next(e)), literalOrigin(expr.span));
    case "object":
      return evaluateObject(expr, scope, depth);
    case "variable":
      return resolveRoot(expr.name, expr.span, scope);
    case "getattr":
      return evaluateGetAttr(expr, scope, depth);
    case "index":
      return indexValue(next(expr.object), next(expr.key), expr.span);
    case "splat":
      return evaluateSplat(expr.object, expr.each, expr.span, scope, depth);
    case "splat-item":
      return resolveRoot(SPLAT_ITEM, expr.span, scope);
    case "call":
      return evaluateCall(expr, scope, depth);
    case "unary":
      return unary(expr.op, next(expr.operand), expr.span);
    case "binary":
      return binary(expr.op, next(expr.left), next(expr.right), expr.span);
    case "conditional":
      return conditional(next(expr.cond), () => next(expr.then), () => next(expr.else), expr.span);
    case "for":
      return evaluateFor(expr, scope, depth);
    case "parens":
      return next(expr.expr);
    case "unsupported":
      return unknown(expr.reason, literalOrigin(expr.span));
  }
}
function resolveRoot(name, span, scope) {
  return scope.lookup(name, span) ?? evaluationError(`"${name}" is not a name tf-acr-lint can resolve here`, literalOrigin(span));
}
function evaluateGetAttr(expr, scope, depth) {
  if (expr.object.kind === "variable") {
    const resolved = scope.reference(expr.object.name, expr.name, expr.span);
    if (resolved) return resolved;
  }
  return getAttr(evaluate(expr.object, scope, depth + 1), expr.name, expr.span);
}
function getAttr(object, name, span) {
  if (!object.known) return object;
  const data = object.value;
  if (data instanceof Map) {
    const v = data.get(name);
    if (v) return withRefs(v, object.refs);
    if (object.refs && object.refs.length > 0) {
      const when = object.refs.every((r) => /(^|\.)data\./.test(r)) ? "is read from Azure only when Terraform plans" : "is known only after apply";
      return unknown(`${object.refs.join(", ")}.${name} ${when}`, literalOrigin(span), object.refs);
    }
    return evaluationError(`the object has no attribute "${name}"`, literalOrigin(span));
  }
  if (Array.isArray(data)) return evaluationError(`cannot read attribute "${name}" of a list; use an index or [*]`, literalOrigin(span), object.refs);
  return evaluationError(`cannot read attribute "${name}" of ${describeData(data)}`, literalOrigin(span), object.refs);
}
function indexValue(collection, key, span) {
  if (!collection.known) return stillUnknown(collection, mergeRefs(collection.refs, key.refs));
  if (!key.known) return stillUnknown({ ...key, why: `index ${key.why}` }, mergeRefs(collection.refs, key.refs));
  const data = collection.value;
  if (Array.isArray(data)) {
    const i = typeof key.value === "number" ? key.value : Number(key.value);
    const element2 = Number.isInteger(i) ? data[i] : void 0;
    if (element2) return element2.refs?.length ? element2 : withRefs(element2, collection.refs);
    return evaluationError(`index ${String(key.value)} is out of range`, literalOrigin(span), collection.refs);
  }
  if (data instanceof Map) {
    const k = typeof key.value === "string" ? key.value : stringify(key);
    const element2 = k === void 0 ? void 0 : data.get(k);
    if (element2) return element2.refs?.length ? element2 : withRefs(element2, collection.refs);
    return evaluationError(`key ${JSON.stringify(k ?? null)} does not exist`, literalOrigin(span), collection.refs);
  }
  return evaluationError(`cannot index ${describeData(data)}`, literalOrigin(span), collection.refs);
}
function evaluateSplat(objectExpr, each, span, scope, depth) {
  const object = evaluate(objectExpr, scope, depth + 1);
  if (!object.known) return object;
  const items = Array.isArray(object.value) ? object.value : object.value === null ? [] : [object];
  const results = items.map((item) => evaluate(each, childScope(scope, /* @__PURE__ */ new Map([[SPLAT_ITEM, item]])), depth + 1));
  return known(results, literalOrigin(span), object.refs);
}
function evaluateObject(expr, scope, depth) {
  const map2 = /* @__PURE__ */ new Map();
  for (const item of expr.items) {
    const key = evaluate(item.key, scope, depth + 1);
    if (!key.known) return stillUnknown({ ...key, why: `an object key is unknown: ${key.why}` });
    const k = stringify(key);
    if (k === void 0) return evaluationError("an object key is not a string", literalOrigin(item.key.span));
    map2.set(k, passedThrough(evaluate(item.value, scope, depth + 1), item.span));
  }
  return known(map2, literalOrigin(expr.span));
}
function evaluateTemplate(parts, span, scope, depth) {
  if (parts.length === 1 && parts[0].kind === "interpolation") return evaluate(parts[0].expr, scope, depth + 1);
  const inputs = [];
  const text = renderParts(parts, scope, depth, inputs);
  if (text === TOO_LONG) return unknown(`a template builds a string of more than ${MAX_STRING_LENGTH.toLocaleString("en-US")} characters; tf-acr-lint does not build it`, literalOrigin(span), mergeRefLists(inputs.map((v) => v.refs)));
  const blocker = inputs.find((v) => !v.known);
  const refs = mergeRefLists(inputs.map((v) => v.refs));
  if (blocker && !blocker.known) return stillUnknown(blocker, refs);
  if (text === void 0) return evaluationError("a template interpolates a value that is not a string, number or bool", literalOrigin(span), refs);
  return known(text, deriveOrigin(span, inputs), refs);
}
function renderParts(parts, scope, depth, inputs) {
  let out = "";
  const add = (s) => {
    if (out.length + s.length > MAX_STRING_LENGTH) return false;
    out += s;
    return true;
  };
  for (const part of parts) {
    if (part.kind === "text") {
      if (!add(part.text)) return TOO_LONG;
      continue;
    }
    if (part.kind === "interpolation") {
      const v = evaluate(part.expr, scope, depth + 1);
      inputs.push(v);
      if (!v.known) return void 0;
      const s = stringify(v);
      if (s === void 0) return void 0;
      if (!add(s)) return TOO_LONG;
      continue;
    }
    if (part.kind === "if") {
      const cond = evaluate(part.cond, scope, depth + 1);
      inputs.push(cond);
      if (!cond.known) return void 0;
      if (typeof cond.value !== "boolean") return void 0;
      const s = renderParts(cond.value ? part.then : part.else, scope, depth + 1, inputs);
      if (s === void 0 || s === TOO_LONG) return s;
      if (!add(s)) return TOO_LONG;
      continue;
    }
    const collection = evaluate(part.collection, scope, depth + 1);
    inputs.push(collection);
    if (!collection.known) return void 0;
    for (const [k, v] of entriesOf(collection.value) ?? []) {
      const names = /* @__PURE__ */ new Map([[part.valueVar, v]]);
      if (part.keyVar) names.set(part.keyVar, k);
      const s = renderParts(part.body, childScope(scope, names), depth + 1, inputs);
      if (s === void 0 || s === TOO_LONG) return s;
      if (!add(s)) return TOO_LONG;
    }
  }
  return out;
}
function entriesOf(data) {
  if (Array.isArray(data)) return data.map((v, i) => [known(i, v.origin), v]);
  if (data instanceof Map) return [...data.keys()].sort().map((k) => [known(k, data.get(k).origin), data.get(k)]);
  return void 0;
}
function evaluateCall(expr, scope, depth) {
  if (expr.name === "try") {
    let last;
    for (const arg of expr.args) {
      last = evaluate(arg, scope, depth + 1);
      if (last.known) return last;
      if (!isEvaluationError(last)) return last;
    }
    return last ?? unknown("try() needs at least one argument", literalOrigin(expr.span));
  }
  if (expr.name === "can") {
    const v = expr.args[0] ? evaluate(expr.args[0], scope, depth + 1) : void 0;
    if (!v) return unknown("can() needs one argument", literalOrigin(expr.span));
    if (v.known) return known(true, literalOrigin(expr.span));
    return isEvaluationError(v) ? known(false, literalOrigin(expr.span)) : v;
  }
  const args = expr.args.map((a) => evaluate(a, scope, depth + 1));
  if (expr.expandFinal && args.length > 0) {
    const last = args.pop();
    if (!last.known) return last;
    if (!Array.isArray(last.value)) return evaluationError(`the argument before "..." must be a list`, literalOrigin(expr.span));
    appendAll(args, last.value);
  }
  return callFunction(expr.name, args, expr.span);
}
function isEvaluationError(v) {
  return !v.known && v.error === true;
}
function unary(op, operand, span) {
  if (!operand.known) return operand;
  if (op === "-" && typeof operand.value === "number") return known(-operand.value, deriveOrigin(span, [operand]), operand.refs);
  if (op === "!" && typeof operand.value === "boolean") return known(!operand.value, deriveOrigin(span, [operand]), operand.refs);
  return evaluationError(`"${op}" cannot apply to ${describeData(operand.value)}`, literalOrigin(span));
}
function binary(op, left, right, span) {
  const refs = mergeRefs(left.refs, right.refs);
  if (op === "&&" && (left.known && left.value === false || right.known && right.value === false)) return known(false, deriveOrigin(span, [left, right]), refs);
  if (op === "||" && (left.known && left.value === true || right.known && right.value === true)) return known(true, deriveOrigin(span, [left, right]), refs);
  if (!left.known) return stillUnknown(left, refs);
  if (!right.known) return stillUnknown(right, refs);
  const origin = deriveOrigin(span, [left, right]);
  const a = left.value;
  const b = right.value;
  switch (op) {
    case "==":
      return known(deepEqual(left, right), origin, refs);
    case "!=":
      return known(!deepEqual(left, right), origin, refs);
    case "&&":
    case "||":
      if (typeof a !== "boolean" || typeof b !== "boolean") return evaluationError(`"${op}" needs two bools`, literalOrigin(span), refs);
      return known(op === "&&" ? a && b : a || b, origin, refs);
    default: {
      const x = toNumber(a);
      const y = toNumber(b);
      if (x === void 0 || y === void 0) return evaluationError(`"${op}" needs two numbers`, literalOrigin(span), refs);
      const result2 = arithmetic(op, x, y);
      return result2 === void 0 ? evaluationError(`division by zero`, literalOrigin(span), refs) : known(result2, origin, refs);
    }
  }
}
function arithmetic(op, x, y) {
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? void 0 : x / y;
    case "%":
      return y === 0 ? void 0 : x % y;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    default:
      return x >= y;
  }
}
function toNumber(d) {
  if (typeof d === "number") return d;
  if (typeof d === "string" && d.trim() !== "" && !Number.isNaN(Number(d))) return Number(d);
  return void 0;
}
function conditional(cond, then, otherwise, span) {
  if (cond.known) {
    if (typeof cond.value !== "boolean") return evaluationError("the condition is not a bool", literalOrigin(span), cond.refs);
    return cond.value ? then() : otherwise();
  }
  const a = then();
  const b = otherwise();
  if (a.known && b.known && deepEqual(a, b)) return a;
  return unknown(`the condition is unknown: ${cond.why}`, cond.origin, mergeRefs(cond.refs, a.refs, b.refs));
}
function evaluateFor(expr, scope, depth) {
  const collection = evaluate(expr.collection, scope, depth + 1);
  if (!collection.known) return collection;
  const entries = entriesOf(collection.value);
  if (!entries) return evaluationError(`"for" needs a list, set or map, not ${describeData(collection.value)}`, literalOrigin(expr.span));
  const list2 = [];
  const map2 = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const [k, v] of entries) {
    const names = /* @__PURE__ */ new Map([[expr.valueVar, v]]);
    if (expr.keyVar) names.set(expr.keyVar, k);
    const inner = childScope(scope, names);
    if (expr.cond) {
      const c = evaluate(expr.cond, inner, depth + 1);
      if (!c.known) return stillUnknown({ ...c, why: `a "for" condition is unknown: ${c.why}` });
      if (c.value !== true) continue;
    }
    const value = evaluate(expr.valueExpr, inner, depth + 1);
    if (!expr.keyExpr) {
      list2.push(value);
      continue;
    }
    const key = evaluate(expr.keyExpr, inner, depth + 1);
    if (!key.known) return stillUnknown({ ...key, why: `a "for" key is unknown: ${key.why}` });
    const ks = stringify(key);
    if (ks === void 0) return evaluationError('a "for" key is not a string', literalOrigin(expr.span));
    if (expr.grouping) {
      const group = groups.get(ks);
      if (group) group.push(value);
      else groups.set(ks, [value]);
    } else if (map2.has(ks)) return evaluationError(`duplicate key "${ks}" in a "for" expression (use "..." to group)`, literalOrigin(expr.span));
    else map2.set(ks, value);
  }
  if (!expr.keyExpr) return known(list2, literalOrigin(expr.span), collection.refs);
  if (expr.grouping) for (const [k, vs] of groups) map2.set(k, known(vs, literalOrigin(expr.span)));
  return known(map2, literalOrigin(expr.span), collection.refs);
}
function deepEqual(a, b) {
  if (!a.known || !b.known) return false;
  const x = a.value;
  const y = b.value;
  if (Array.isArray(x)) return Array.isArray(y) && x.length === y.length && x.every((e, i) => deepEqual(e, y[i]));
  if (x instanceof Map) {
    if (!(y instanceof Map) || x.size !== y.size) return false;
    for (const [k, v] of x) {
      const w = y.get(k);
      if (!w || !deepEqual(v, w)) return false;
    }
    return true;
  }
  return x === y;
}
var MAX_DEPTH, SPLAT_ITEM, MAX_STRING_LENGTH, TOO_LONG;
var init_evaluate = __esm({
  "src/frontends/hcl/evaluate.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_value();
    init_functions();
    init_append();
    MAX_DEPTH = 512;
    SPLAT_ITEM = "\0splat";
    MAX_STRING_LENGTH = 64 * 1024 * 1024;
    TOO_LONG = /* @__PURE__ */ Symbol("too long");
  }
});

// src/frontends/hcl/type-constraint.ts
function parseTypeConstraint(expr) {
  if (!expr) return ANY;
  if (expr.kind === "variable") return primitive(expr.name);
  if (expr.kind === "literal" && typeof expr.value === "string") return primitive(expr.value);
  if (expr.kind !== "call") return ANY;
  const [first] = expr.args;
  switch (expr.name) {
    case "list":
    case "set":
    case "map":
      return { kind: expr.name, element: parseTypeConstraint(first) };
    case "tuple":
      return first?.kind === "tuple" ? { kind: "tuple", elements: first.items.map(parseTypeConstraint) } : ANY;
    case "object":
      return first?.kind === "object" ? { kind: "object", attributes: objectAttributes(first) } : ANY;
    default:
      return ANY;
  }
}
function primitive(name) {
  return name === "string" || name === "number" || name === "bool" ? { kind: name } : ANY;
}
function objectAttributes(expr) {
  const out = /* @__PURE__ */ new Map();
  for (const item of expr.items) {
    const name = item.key.kind === "literal" ? String(item.key.value) : item.key.kind === "variable" ? item.key.name : void 0;
    if (name === void 0) continue;
    const v = item.value;
    if (v.kind === "call" && v.name === "optional") {
      out.set(name, { type: parseTypeConstraint(v.args[0]), optional: true, ...v.args[1] ? { default: v.args[1] } : {} });
    } else out.set(name, { type: parseTypeConstraint(v), optional: false });
  }
  return out;
}
function convert(value, type, evaluateDefault) {
  if (!value.known || value.value === null || type.kind === "any") return value;
  const data = value.value;
  switch (type.kind) {
    case "string": {
      const s = typeof data === "string" ? data : stringify(value);
      return s === void 0 ? mismatch(value, "a string") : { ...value, value: s };
    }
    case "number": {
      const n = typeof data === "number" ? data : typeof data === "string" && data.trim() !== "" ? Number(data) : NaN;
      return Number.isNaN(n) ? mismatch(value, "a number") : { ...value, value: n };
    }
    case "bool": {
      const b = data === true || data === "true" ? true : data === false || data === "false" ? false : void 0;
      return b === void 0 ? mismatch(value, "a bool") : { ...value, value: b };
    }
    case "list":
    case "set": {
      if (!Array.isArray(data)) return mismatch(value, `a ${type.kind}`);
      const items = data.map((e) => convert(e, type.element, evaluateDefault));
      return { ...value, value: type.kind === "set" ? setElements(items) ?? items : items };
    }
    case "map": {
      if (!(data instanceof Map)) return mismatch(value, "a map");
      const m = /* @__PURE__ */ new Map();
      for (const [k, e] of data) m.set(k, convert(e, type.element, evaluateDefault));
      return { ...value, value: m };
    }
    case "tuple":
      if (!Array.isArray(data)) return mismatch(value, "a tuple");
      return { ...value, value: data.map((e, i) => convert(e, type.elements[i] ?? ANY, evaluateDefault)) };
    case "object":
      return convertObject(value, type.attributes, evaluateDefault);
  }
}
function convertObject(value, attributes, evaluateDefault) {
  const data = value.value;
  if (!(data instanceof Map)) return mismatch(value, "an object");
  const out = /* @__PURE__ */ new Map();
  for (const [name, attribute2] of attributes) {
    const given = data.get(name);
    if (given && !(given.known && given.value === null && attribute2.default)) {
      out.set(name, convert(given, attribute2.type, evaluateDefault));
    } else if (attribute2.default) {
      out.set(name, convert(evaluateDefault(attribute2.default), attribute2.type, evaluateDefault));
    } else if (attribute2.optional || given) {
      out.set(name, given ?? known(null, value.origin.span ? { ...value.origin } : literalOrigin(void 0)));
    } else {
      out.set(name, unknown(`attribute "${name}" is required by the variable's type but was not given`, value.origin));
    }
  }
  return { ...value, value: out };
}
function mismatch(value, expected2) {
  return unknown(`the value does not convert to ${expected2}`, value.origin, value.refs);
}
var ANY;
var init_type_constraint = __esm({
  "src/frontends/hcl/type-constraint.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_value();
    init_functions();
    ANY = { kind: "any" };
  }
});

// src/frontends/hcl/expansion.ts
function rootBudget() {
  return { left: MAX_ROOT_INSTANCES };
}
function expand(body2, scope) {
  const count = body2.attributes.find((a) => a.name === "count");
  const forEach = body2.attributes.find((a) => a.name === "for_each");
  if (count) return { mode: "count", ...expandCount(evaluate(count.expr, scope), count.span, scope) };
  if (forEach) return { mode: "for_each", ...expandForEach(evaluate(forEach.expr, scope), forEach.span, scope) };
  return { mode: "single", instances: [{ suffix: "", scope }] };
}
function expandWithin(body2, scope, budget, header) {
  const expansion = expand(body2, scope);
  const count = expansion.instances.length;
  if (budget.exhaustedAt === void 0 && count <= budget.left) {
    budget.left -= count;
    return expansion;
  }
  budget.left = 0;
  budget.exhaustedAt ??= header;
  if (expansion.mode === "single" || expansion.unknownWhy !== void 0) return expansion;
  const why2 = `not expanded: the root module already has ${MAX_ROOT_INSTANCES.toLocaleString("en-US")} resource and module instances, as many as tf-acr-lint expands`;
  return { mode: expansion.mode, ...unknownInstances(expansion.mode === "count" ? "count" : "each", why2, header, scope) };
}
function expandCount(written2, span, scope) {
  if (!written2.known) return unknownInstances("count", `count is unknown: ${written2.why}`, span, scope);
  const count = convert(written2, { kind: "number" }, () => written2);
  if (!count.known || typeof count.value !== "number") {
    return unknownInstances("count", count.known ? "count is null, which Terraform refuses" : `count is not a number (${count.why}), which Terraform refuses`, span, scope);
  }
  if (!Number.isInteger(count.value) || count.value < 0) return unknownInstances("count", `count is ${count.value}; Terraform refuses anything but a whole number, zero or more`, span, scope);
  if (count.value > MAX_INSTANCES) return unknownInstances("count", `count is ${count.value}, more than the ${MAX_INSTANCES} instances tf-acr-lint expands`, span, scope);
  const instances = [];
  for (let i = 0; i < count.value; i++) {
    const bound = known(/* @__PURE__ */ new Map([["index", known(i, count.origin)]]), count.origin);
    instances.push({ key: i, suffix: `[${i}]`, scope: childScope(scope, /* @__PURE__ */ new Map([["count", bound]])) });
  }
  return { instances };
}
function expandForEach(forEach, span, scope) {
  if (!forEach.known) return unknownInstances("each", `for_each is unknown: ${forEach.why}`, span, scope);
  const entries = forEachEntries(forEach);
  if (!entries) return unknownInstances("each", "for_each is not a map or a set of strings", span, scope);
  if (entries.length > MAX_INSTANCES) return unknownInstances("each", `for_each has ${entries.length} elements, more than the ${MAX_INSTANCES} instances tf-acr-lint expands`, span, scope);
  return {
    instances: entries.map(([key, value]) => {
      const bound = known(/* @__PURE__ */ new Map([["key", known(key, value.origin)], ["value", value]]), forEach.origin);
      return { key, suffix: `[${JSON.stringify(key)}]`, scope: childScope(scope, /* @__PURE__ */ new Map([["each", bound]])) };
    })
  };
}
function unknownInstances(name, why2, span, scope) {
  const u = unknown(why2, literalOrigin(span));
  const fields = name === "count" ? [["index", u]] : [["key", u], ["value", u]];
  const bound = known(new Map(fields), literalOrigin(span));
  return { instances: [{ key: UNKNOWN_KEY, suffix: `[${UNKNOWN_KEY}]`, scope: childScope(scope, /* @__PURE__ */ new Map([[name, bound]])) }], unknownWhy: why2 };
}
function forEachEntries(v) {
  const data = v.value;
  if (data instanceof Map) return [...data.keys()].sort().map((k) => [k, data.get(k)]);
  if (!Array.isArray(data)) return void 0;
  const out = [];
  for (const e of data) {
    const k = e.known ? stringify(e) : void 0;
    if (k === void 0) return void 0;
    out.push([k, e]);
  }
  return out.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
function expandedValue(expansion, instanceValues, base, headerSpan) {
  if (expansion.unknownWhy) return unknown(`the instances of ${base} are not known (${expansion.unknownWhy})`, literalOrigin(headerSpan), [base]);
  if (expansion.mode === "single") return instanceValues[0];
  if (expansion.mode === "count") return known(instanceValues, literalOrigin(headerSpan), [base]);
  return known(new Map(expansion.instances.map((inst, i) => [String(inst.key), instanceValues[i]])), literalOrigin(headerSpan), [base]);
}
var UNKNOWN_KEY, MAX_INSTANCES, MAX_ROOT_INSTANCES;
var init_expansion = __esm({
  "src/frontends/hcl/expansion.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_value();
    init_evaluate();
    init_functions();
    init_type_constraint();
    UNKNOWN_KEY = "*";
    MAX_INSTANCES = 1e4;
    MAX_ROOT_INSTANCES = 5e4;
  }
});

// src/frontends/hcl/known-modules/avm-container-registry.ts
function objectOf(fields) {
  return known(new Map(Object.entries(fields)), { provenance: { kind: "literal" }, via: [] });
}
function field(item, name) {
  if (!item.known) return unknown(item.why, item.origin, item.refs);
  return attr(item, name) ?? known(null, item.origin);
}
function mapList(list2, each) {
  if (!list2) return known([], { provenance: { kind: "literal" }, via: [] });
  if (!list2.known) return list2;
  return Array.isArray(list2.value) ? known(list2.value.map(each), list2.origin, list2.refs) : list2;
}
function keyOf(address) {
  const m = /\["((?:[^"\\]|\\.)*)"\](?!.*\[")/.exec(address);
  return m ? JSON.parse(`"${m[1]}"`) : address;
}
var BASE_DEFAULTS, BASE_OUTPUTS, V0_1, V0_2, V0_3, V0_3_1, _retentionBlock, V0_3_DEFAULTS_WITHOUT_RETENTION_BLOCK, V0_4, V0_5, V0_5_1, V0_6, V0_7, V0_8, RELEASES, REGISTRY_SOURCES, REPOSITORY_NAME, MODULE_NAME, AVM_CONTAINER_REGISTRY, REGISTRY_INPUTS, NON_NULLABLE, META, AvmCall, REQUIRED_INPUTS;
var init_avm_container_registry = __esm({
  "src/frontends/hcl/known-modules/avm-container-registry.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_value();
    init_expansion();
    BASE_DEFAULTS = {
      sku: "Premium",
      public_network_access_enabled: true,
      network_rule_bypass_option: "None",
      network_rule_set: null,
      admin_enabled: false,
      anonymous_pull_enabled: false,
      data_endpoint_enabled: false,
      export_policy_enabled: true,
      quarantine_policy_enabled: false,
      zone_redundancy_enabled: true,
      georeplications: [],
      private_endpoints: {},
      role_assignments: {}
    };
    BASE_OUTPUTS = ["name", "resource_id", "resource", "private_endpoints", "system_assigned_mi_principal_id"];
    V0_1 = {
      version: "0.1.0",
      commit: "4fb495d",
      defaults: { ...BASE_DEFAULTS, retention_policy: {} },
      networkRuleSetDefaultAction: "Deny",
      privateEndpointResource: { managed: "this", unmanaged: "this" },
      premiumOnly: {},
      cacheRules: false,
      outputs: BASE_OUTPUTS
    };
    V0_2 = { ...V0_1, version: "0.2.0", commit: "5914fc3", defaults: { ...V0_1.defaults, enable_trust_policy: false } };
    V0_3 = {
      ...V0_2,
      version: "0.3.0",
      commit: "d1efca6",
      defaults: { ...V0_2.defaults, customer_managed_key: null, private_endpoints_manage_dns_zone_group: true },
      privateEndpointResource: { managed: "this", unmanaged: "this_unmanaged_dns_zone_groups" }
    };
    V0_3_1 = { ...V0_3, version: "0.3.1", commit: "483a629" };
    ({ retention_policy: _retentionBlock, ...V0_3_DEFAULTS_WITHOUT_RETENTION_BLOCK } = V0_3.defaults);
    V0_4 = { ...V0_3_1, version: "0.4.0", commit: "54b3793", defaults: { ...V0_3_DEFAULTS_WITHOUT_RETENTION_BLOCK, retention_policy_in_days: 7 } };
    V0_5 = {
      ...V0_4,
      version: "0.5.0",
      commit: "964d853",
      defaults: { ...V0_4.defaults, scope_maps: {} },
      // zone_redundancy_enabled is sent as false on non-Premium too, but the module's precondition still
      // fails when it is true (its default) on a non-Premium sku (azure-facts §1.2, §1.6): not modelled as gated.
      premiumOnly: { retention_policy_in_days: null }
    };
    V0_5_1 = { ...V0_5, version: "0.5.1", commit: "a3f2ae1" };
    V0_6 = { ...V0_5_1, version: "0.6.0", commit: "927bd5b", defaults: { ...V0_5_1.defaults, network_rule_bypass_for_tasks_enabled: false } };
    V0_7 = { ...V0_6, version: "0.7.0", commit: "c7820b2", outputs: BASE_OUTPUTS.filter((o) => o !== "resource") };
    V0_8 = {
      ...V0_7,
      version: "0.8.0",
      commit: "4a032f5",
      defaults: {
        ...V0_7.defaults,
        cache_rules: {},
        credential_sets: {},
        role_assignment_mode: "LegacyRegistryPermissions",
        private_endpoints_inherit_lock: true,
        resource_types: {
          cache_rule: "Microsoft.ContainerRegistry/registries/cacheRules@2025-11-01",
          credential_set: "Microsoft.ContainerRegistry/registries/credentialSets@2025-11-01"
        }
      },
      cacheRules: true,
      outputs: [...V0_7.outputs, "credential_sets", "cache_rules"]
    };
    RELEASES = [V0_1, V0_2, V0_3, V0_3_1, V0_4, V0_5, V0_5_1, V0_6, V0_7, V0_8];
    REGISTRY_SOURCES = [/^(?:registry\.terraform\.io\/|registry\.opentofu\.org\/)?azure\/avm-(?:res-)?containerregistry-registry\/azurerm(?:\/\/.*)?$/i];
    REPOSITORY_NAME = /terraform-azurerm-avm-res-containerregistry-registry(?:\.git)?(?:\/\/[^?]*)?(?:\?.*)?$/i;
    MODULE_NAME = "Azure/avm-res-containerregistry-registry/azurerm";
    AVM_CONTAINER_REGISTRY = {
      name: MODULE_NAME,
      matches: (source) => REGISTRY_SOURCES.some((r) => r.test(source)) || REPOSITORY_NAME.test(source),
      releases: RELEASES,
      /** A git source pins its version with `?ref=v0.8.0`. */
      versionFromSource: (source) => /[?&]ref=v?(\d+\.\d+\.\d+)/.exec(source)?.[1],
      build: (call, release) => new AvmCall(call, release).build()
    };
    REGISTRY_INPUTS = [
      "name",
      "location",
      "resource_group_name",
      "sku",
      "admin_enabled",
      "anonymous_pull_enabled",
      "data_endpoint_enabled",
      "export_policy_enabled",
      "quarantine_policy_enabled",
      "public_network_access_enabled",
      "network_rule_bypass_option",
      "network_rule_bypass_for_tasks_enabled",
      "zone_redundancy_enabled",
      "retention_policy_in_days",
      "role_assignment_mode",
      "georeplications",
      "tags"
    ];
    NON_NULLABLE = /* @__PURE__ */ new Set(["cache_rules", "network_rule_bypass_for_tasks_enabled", "role_assignment_mode", "private_endpoints_inherit_lock"]);
    META = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
    AvmCall = class {
      constructor(call, release) {
        this.call = call;
        this.release = release;
        this.prefix = `${call.address}.`;
        this.registryAddress = `${this.prefix}azurerm_container_registry.this`;
      }
      call;
      release;
      prefix;
      registryAddress;
      problems = [];
      build() {
        for (const [name, value] of this.call.args) {
          if (META.has(name) || name in this.release.defaults || REQUIRED_INPUTS.has(name)) continue;
          this.problems.push({
            message: `"${name}" is not an input of ${MODULE_NAME} ${this.release.version}; Terraform rejects this call`,
            span: value.origin.via[0] ?? this.call.header
          });
        }
        const registry = this.registry();
        const credentialSets = this.children("credential_sets", "credential_set", (key, item) => this.credentialSet(key, item));
        const cacheRules = this.children("cache_rules", "cache_rule", (key, item) => this.cacheRule(key, item));
        const endpoints = this.privateEndpoints();
        return {
          resources: [registry, ...endpoints, ...credentialSets, ...cacheRules],
          outputs: this.outputs(registry, endpoints, credentialSets, cacheRules),
          problems: this.problems
        };
      }
      /** The argument, or the release's default (marked as the module's default, with the version). */
      input(name) {
        const given = this.call.args.get(name);
        const isNull = given?.known && given.value === null;
        if (given && !(isNull && NON_NULLABLE.has(name))) return given;
        if (name in this.release.defaults) return fromPlain(this.release.defaults[name], this.defaultOrigin(name));
        return unknown(`input "${name}" of ${this.call.address} is required but not given`, { provenance: { kind: "literal" }, via: [] });
      }
      defaultOrigin(input2) {
        return { provenance: { kind: "module-default", call: this.call.address, input: input2, version: this.versionLabel(), source: MODULE_NAME }, via: [] };
      }
      versionLabel() {
        return this.call.assumed ? `${this.release.version} (assumed: ${this.call.assumed})` : this.release.version;
      }
      resource(address, type, attributes, header = this.call.header) {
        return {
          root: this.call.root,
          address,
          mode: "managed",
          type,
          name: "this",
          attributes,
          span: header,
          headerSpan: header,
          callSpans: this.call.callSpans,
          knownModule: { name: MODULE_NAME, call: this.call.address, ...this.call.assumed ? {} : { version: this.release.version } }
        };
      }
      registry() {
        const attributes = /* @__PURE__ */ new Map();
        const sku = this.input("sku");
        for (const name of REGISTRY_INPUTS) {
          if (!(name in this.release.defaults) && !REQUIRED_INPUTS.has(name) && !this.call.args.has(name)) continue;
          attributes.set(name, this.premiumGate(name, sku) ?? this.input(name));
        }
        const ruleSet = this.input("network_rule_set");
        if (!ruleSet.known) attributes.set("network_rule_set", ruleSet);
        else if (ruleSet.value !== null) attributes.set("network_rule_set", known([this.networkRuleSet(ruleSet)], ruleSet.origin, ruleSet.refs));
        if ("customer_managed_key" in this.release.defaults) {
          const key = this.input("customer_managed_key");
          if (!key.known || key.value !== null) attributes.set("encryption", key.known ? known([key], key.origin, key.refs) : key);
        }
        return this.resource(this.registryAddress, "azurerm_container_registry", attributes);
      }
      /** ≥ 0.5.0 sends some inputs only on Premium: `var.sku == "Premium" ? var.x : null`. */
      premiumGate(name, sku) {
        if (!(name in this.release.premiumOnly)) return void 0;
        if (!sku.known) return unknown(`${name} depends on sku, which is unknown: ${sku.why}`, sku.origin, sku.refs);
        if (sku.value === "Premium") return void 0;
        return fromPlain(this.release.premiumOnly[name], this.defaultOrigin(name));
      }
      /** The module's `network_rule_set` object: `default_action` defaults to Deny inside it. */
      networkRuleSet(given) {
        const out = new Map(mapOf(given) ?? []);
        const action = attr(given, "default_action");
        if (!action || action.known && action.value === null) {
          const origin = { ...this.defaultOrigin("network_rule_set.default_action"), via: given.origin.via };
          out.set("default_action", known(this.release.networkRuleSetDefaultAction, origin));
        }
        return known(out, given.origin, given.refs);
      }
      /** One child resource per entry of a map input (`cache_rules`, `credential_sets`), from the release that has them. */
      children(input2, submodule, make) {
        if (!this.release.cacheRules) return [];
        const entries = this.input(input2);
        if (!entries.known) {
          const address = `${this.prefix}module.${submodule}[${JSON.stringify(UNKNOWN_KEY)}].azapi_resource.this`;
          const stand = unknown(`${input2} is unknown: ${entries.why}`, entries.origin, entries.refs);
          return [{ ...this.resource(address, "azapi_resource", make(UNKNOWN_KEY, stand, address)), unknownInstances: stand.why }];
        }
        const map2 = mapOf(entries);
        if (!map2) return [];
        return [...map2].map(([key, item]) => {
          const address = `${this.prefix}module.${submodule}[${JSON.stringify(key)}].azapi_resource.this`;
          return this.resource(address, "azapi_resource", make(key, item, address), item.origin.via[0] ?? this.call.header);
        });
      }
      credentialSet(_key, item) {
        const credentials = attr(item, "auth_credentials");
        const authCredentials = mapList(
          credentials,
          (c) => objectOf({
            name: attr(c, "name") ?? known("Credential1", this.defaultOrigin("credential_sets.auth_credentials.name")),
            usernameSecretIdentifier: field(c, "username_secret_identifier"),
            passwordSecretIdentifier: field(c, "password_secret_identifier")
          })
        );
        return /* @__PURE__ */ new Map([
          ["type", this.resourceType("credential_set")],
          ["name", field(item, "name")],
          ["parent_id", this.registryId()],
          ["body", objectOf({ properties: objectOf({ loginServer: field(item, "login_server"), authCredentials }) })],
          ["identity", known([objectOf({ type: known("SystemAssigned", this.defaultOrigin("credential_sets.identity")) })], this.defaultOrigin("credential_sets.identity"))]
        ]);
      }
      cacheRule(_key, item) {
        const setKey = attr(item, "credential_set_key");
        let credentialSetId = field(item, "credential_set_resource_id");
        if (setKey && !(setKey.known && setKey.value === null)) {
          const address = setKey.known ? `${this.prefix}module.credential_set[${JSON.stringify(setKey.value)}].azapi_resource.this` : void 0;
          credentialSetId = address ? unknown(`${address}.id is known only after apply`, setKey.origin, [address]) : unknown(`credential_set_key is unknown: ${setKey.why}`, setKey.origin, setKey.refs);
        }
        return /* @__PURE__ */ new Map([
          ["type", this.resourceType("cache_rule")],
          ["name", field(item, "name")],
          ["parent_id", this.registryId()],
          ["body", objectOf({ properties: objectOf({ sourceRepository: field(item, "source_repository"), targetRepository: field(item, "target_repository"), credentialSetResourceId: credentialSetId }) })]
        ]);
      }
      privateEndpoints() {
        const map2 = mapOf(this.input("private_endpoints"));
        if (!map2) return [];
        const managed = this.input("private_endpoints_manage_dns_zone_group");
        const name = managed.known && managed.value === false ? this.release.privateEndpointResource.unmanaged : this.release.privateEndpointResource.managed;
        return [...map2].map(([key, item]) => {
          const address = `${this.prefix}azurerm_private_endpoint.${name}[${JSON.stringify(key)}]`;
          const origin = this.defaultOrigin("private_endpoints");
          const connection = objectOf({
            private_connection_resource_id: this.registryId(),
            subresource_names: known([known("registry", origin)], origin),
            is_manual_connection: known(false, origin)
          });
          const attributes = /* @__PURE__ */ new Map([
            ["subnet_id", field(item, "subnet_resource_id")],
            ["private_service_connection", known([connection], origin)]
          ]);
          return this.resource(address, "azurerm_private_endpoint", attributes, item.origin.via[0] ?? this.call.header);
        });
      }
      /** `var.resource_types.<kind>`: the ARM type and API version the submodule creates. */
      resourceType(kind) {
        const types = this.input("resource_types");
        return attr(types, kind) ?? fromPlain(this.release.defaults["resource_types"][kind], this.defaultOrigin(`resource_types.${kind}`));
      }
      registryId() {
        return unknown(`${this.registryAddress}.id is known only after apply`, { provenance: { kind: "literal" }, via: [] }, [this.registryAddress]);
      }
      outputs(registry, endpoints, credentialSets, cacheRules) {
        const origin = { provenance: { kind: "literal" }, via: [] };
        const idOf = (r) => unknown(`${r.address}.id is known only after apply`, origin, [r.address]);
        const byKey = (resources, fields) => known(new Map(resources.map((r) => [keyOf(r.address), objectOf(fields(r))])), origin);
        const all2 = {
          name: () => this.input("name"),
          resource_id: () => idOf(registry),
          resource: () => known(new Map([...registry.attributes, ["id", idOf(registry)]]), origin, [registry.address]),
          private_endpoints: () => byKey(endpoints, (r) => ({ id: idOf(r) })),
          system_assigned_mi_principal_id: () => unknown(`${registry.address}.identity is known only after apply`, origin, [registry.address]),
          credential_sets: () => byKey(credentialSets, (r) => ({ resource_id: idOf(r), principal_id: unknown(`${r.address}.identity is known only after apply`, origin, [r.address]) })),
          cache_rules: () => byKey(cacheRules, (r) => ({ resource_id: idOf(r) }))
        };
        return new Map(this.release.outputs.filter((o) => o in all2).map((o) => [o, all2[o]()]));
      }
    };
    REQUIRED_INPUTS = /* @__PURE__ */ new Set(["name", "location", "resource_group_name", "tags"]);
  }
});

// src/frontends/hcl/module-sources.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../") || source === "." || source === "..";
}
function parseVersion(text) {
  const m = /^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(text);
  if (!m) return void 0;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function compareVersions(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function satisfies(version, constraint) {
  for (const term of constraint.split(",")) {
    const m = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(v?\d+(?:\.\d+){0,2})\s*$/.exec(term);
    if (!m) return void 0;
    const op = m[1] ?? "=";
    const target = parseVersion(m[2]);
    const c = compareVersions(version, target);
    const segments2 = m[2].replace(/^v/, "").split(".").length;
    const ok = op === "=" ? c === 0 : op === "!=" ? c !== 0 : op === ">" ? c > 0 : op === ">=" ? c >= 0 : op === "<" ? c < 0 : op === "<=" ? c <= 0 : pessimistic(version, target, segments2);
    if (!ok) return false;
  }
  return true;
}
function pessimistic(version, target, segments2) {
  if (compareVersions(version, target) < 0) return false;
  if (segments2 <= 2) return version[0] === target[0];
  return version[0] === target[0] && version[1] === target[1];
}
var InstalledModules;
var init_module_sources = __esm({
  "src/frontends/hcl/module-sources.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_read_source();
    InstalledModules = class _InstalledModules {
      constructor(rootDir, byKey) {
        this.rootDir = rootDir;
        this.byKey = byKey;
      }
      rootDir;
      byKey;
      /**
       * Reads `<rootDir>/.terraform/modules/modules.json`; empty when there is none or it cannot be
       * read. It is read as configuration files are: a FIFO, a device or a file over the size limit
       * is not read at all.
       */
      static read(rootDir) {
        const manifest = path3.join(rootDir, ".terraform", "modules", "modules.json");
        if (!existsSync2(manifest)) return new _InstalledModules(rootDir, /* @__PURE__ */ new Map());
        const text = readSource(manifest, manifest);
        if (!text.ok) return new _InstalledModules(rootDir, /* @__PURE__ */ new Map());
        try {
          const parsed = JSON.parse(text.text);
          const entries = (parsed.Modules ?? []).filter((m) => typeof m.Key === "string" && typeof m.Dir === "string");
          return new _InstalledModules(rootDir, new Map(entries.map((m) => [m.Key, m])));
        } catch {
          return new _InstalledModules(rootDir, /* @__PURE__ */ new Map());
        }
      }
      /** Every installed module's absolute directory. */
      dirs() {
        return [...this.byKey.values()].filter((m) => m.Key !== "").map((m) => path3.resolve(this.rootDir, m.Dir));
      }
      /** The absolute directory of the module at `modulePath` (call names from the root), if installed. */
      dirOf(modulePath) {
        const entry = this.byKey.get(modulePath.join("."));
        if (!entry) return void 0;
        return { dir: path3.resolve(this.rootDir, entry.Dir), ...entry.Version ? { version: entry.Version } : {} };
      }
    };
  }
});

// src/frontends/hcl/known-modules/known-module.ts
function resolveRelease(model, source, constraint) {
  const newest = model.releases[model.releases.length - 1];
  const wanted = constraint ?? model.versionFromSource(source);
  if (wanted === void 0) return { release: newest, assumed: `the call pins no version; ${newest.version}, the newest release tf-acr-lint knows, is assumed` };
  const matching = model.releases.filter((r) => satisfies(parseVersion(r.version), wanted) === true);
  const best = matching.sort((a, b) => compareVersions(parseVersion(a.version), parseVersion(b.version))).pop();
  if (best) return { release: best };
  const known2 = model.releases.map((r) => r.version).join(", ");
  return { release: newest, assumed: `version "${wanted}" matches no release tf-acr-lint knows (${known2}); ${newest.version} is assumed` };
}
var init_known_module = __esm({
  "src/frontends/hcl/known-modules/known-module.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_module_sources();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result2 = "", start = pos;
    while (true) {
      if (pos >= len) {
        result2 += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result2 += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result2 += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result2 += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result2;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    init_define_TF_ACR_LINT_PACKAGE();
    cachedSpaces = new Array(20).fill(0).map((_, index) => {
      return " ".repeat(index);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + " ".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + " ".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + " ".repeat(index);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + "	".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + "	".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + "	".repeat(index);
        })
      }
    };
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
var init_format2 = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length2) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length: length2, parent: currentParent });
    },
    onObjectEnd: (offset, length2) => {
      ensurePropertyComplete(offset + length2);
      currentParent.length = offset + length2 - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length2);
    },
    onArrayBegin: (offset, length2) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length2) => {
      currentParent.length = offset + length2 - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length2);
    },
    onLiteralValue: (value, offset, length2) => {
      onValue({ type: getNodeType(value), offset, length: length2, parent: currentParent, value });
      ensurePropertyComplete(offset + length2);
    },
    onSeparator: (sep, offset, length2) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length2) => {
      errors.push({ error, offset, length: length2 });
    }
  };
  visit(text, visitor, options);
  const result2 = currentParent.children[0];
  if (result2) {
    delete result2.parent;
  }
  return result2;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_format2();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
var ScanError, SyntaxKind, parseTree2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_format2();
    init_edit();
    init_scanner();
    init_parser();
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    parseTree2 = parseTree;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// src/frontends/hcl/source-text.ts
var SourceText;
var init_source_text = __esm({
  "src/frontends/hcl/source-text.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    SourceText = class {
      constructor(file, text) {
        this.file = file;
        this.text = text;
        const starts = [0];
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
        this.lineStarts = starts;
      }
      file;
      text;
      lineStarts;
      /** Position of a 0-based UTF-16 offset. */
      pos(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.lineStarts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1, offset };
      }
      /** Span of the text between two offsets. */
      span(start, end) {
        return { file: this.file, start: this.pos(start), end: this.pos(end) };
      }
    };
  }
});

// src/frontends/hcl/json-syntax.ts
function readJsonConfig(text, file, parseTemplate) {
  const parsed = parseRootObject(text, file);
  if (!parsed.root) return { problems: parsed.problems };
  const reader = new ConfigReader(parsed.positions, parsed.problems, parseTemplate);
  const body2 = reader.readBody(parsed.root, "file");
  return { config: { path: file, body: body2, json: true }, problems: parsed.problems };
}
function readJsonVarsFile(text, file) {
  const parsed = parseRootObject(text, file);
  if (!parsed.root) return { problems: parsed.problems };
  const reader = new ConfigReader(parsed.positions, parsed.problems, void 0);
  return { attributes: reader.readAttributes(parsed.root), problems: parsed.problems };
}
function parseErrorMessage(error) {
  const code = printParseErrorCode(error.error);
  return `invalid JSON: ${PARSE_ERROR_MESSAGES[code] ?? code}`;
}
function parseRootObject(text, file) {
  const positions = new Positions(file, text);
  const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
  const errors = [];
  const root = parseTree2(source, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first) {
    const span = positions.span(first.offset, first.offset + first.length);
    return { positions, problems: [{ message: parseErrorMessage(first), span, severity: "error" }] };
  }
  if (root?.type !== "object") {
    const span = root ? positions.of(root) : positions.span(0, 0);
    const message = "a Terraform JSON file must contain a JSON object at the top level";
    return { positions, problems: [{ message, span, severity: "error" }] };
  }
  return { root, positions, problems: [] };
}
function properties(object) {
  const result2 = [];
  for (const node of object.children ?? []) {
    const [key, value] = node.children ?? [];
    if (key && value) result2.push({ name: String(key.value), key, value, node });
  }
  return result2;
}
function bodyProperties(object) {
  return properties(object).filter((p) => p.name !== COMMENT_KEY);
}
var COMMENT_KEY, BLOCK_RULES, LITERAL_ATTRIBUTES, Positions, PARSE_ERROR_MESSAGES, ConfigReader;
var init_json_syntax = __esm({
  "src/frontends/hcl/json-syntax.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_main();
    init_source_text();
    init_append();
    COMMENT_KEY = "//";
    BLOCK_RULES = {
      file: /* @__PURE__ */ new Map([
        ["resource", { labels: 2, body: "resource" }],
        ["data", { labels: 2, body: "resource" }],
        ["ephemeral", { labels: 2, body: "resource" }],
        ["variable", { labels: 1, body: "variable" }],
        ["output", { labels: 1, body: "plain" }],
        ["module", { labels: 1, body: "plain" }],
        ["provider", { labels: 1, body: "plain" }],
        ["check", { labels: 1, body: "plain" }],
        ["locals", { labels: 0, body: "plain" }],
        ["terraform", { labels: 0, body: "plain" }],
        ["moved", { labels: 0, body: "plain" }],
        ["import", { labels: 0, body: "plain" }],
        ["removed", { labels: 0, body: "plain" }]
      ]),
      resource: /* @__PURE__ */ new Map([
        ["dynamic", { labels: 1, body: "dynamic" }],
        ["lifecycle", { labels: 0, body: "plain" }],
        ["provisioner", { labels: 1, body: "provisioner" }],
        ["connection", { labels: 0, body: "plain" }]
      ]),
      dynamic: /* @__PURE__ */ new Map([["content", { labels: 0, body: "resource" }]]),
      provisioner: /* @__PURE__ */ new Map([["connection", { labels: 0, body: "plain" }]]),
      variable: /* @__PURE__ */ new Map(),
      plain: /* @__PURE__ */ new Map()
    };
    LITERAL_ATTRIBUTES = {
      variable: /* @__PURE__ */ new Set(["default", "type"])
    };
    Positions = class extends SourceText {
      /** The span of a JSON node's text. */
      of(node) {
        return this.span(node.offset, node.offset + node.length);
      }
    };
    PARSE_ERROR_MESSAGES = {
      InvalidSymbol: "unexpected character",
      InvalidNumberFormat: "invalid number",
      PropertyNameExpected: "expected a property name",
      ValueExpected: "expected a value",
      ColonExpected: "expected a colon",
      CommaExpected: "expected a comma",
      CloseBraceExpected: "expected '}'",
      CloseBracketExpected: "expected ']'",
      EndOfFileExpected: "expected the end of the file",
      InvalidCommentToken: "comments are not allowed",
      UnexpectedEndOfComment: "unterminated comment",
      UnexpectedEndOfString: "unterminated string",
      UnexpectedEndOfNumber: "unterminated number",
      InvalidUnicode: "invalid unicode escape",
      InvalidEscapeCharacter: "invalid escape character",
      InvalidCharacter: "invalid character in string"
    };
    ConfigReader = class {
      constructor(positions, problems, parseTemplate) {
        this.positions = positions;
        this.problems = problems;
        this.parseTemplate = parseTemplate;
      }
      positions;
      problems;
      parseTemplate;
      /** Reads a body object: block-type keys become blocks, other keys attributes. */
      readBody(object, kind) {
        const body2 = { attributes: [], blocks: [], span: this.positions.of(object) };
        const seen = /* @__PURE__ */ new Set();
        for (const property of bodyProperties(object)) {
          const rule = BLOCK_RULES[kind].get(property.name);
          if (rule) {
            appendAll(body2.blocks, this.readBlocks(property, rule));
          } else if (kind === "file") {
            this.report(`unsupported top-level key "${property.name}"`, property.key, "warning");
          } else {
            this.checkDuplicate(seen, property);
            const literal = LITERAL_ATTRIBUTES[kind]?.has(property.name) ?? false;
            body2.attributes.push(this.readAttribute(property, literal));
          }
        }
        return body2;
      }
      /** Reads a flat object of literal-valued attributes, skipping comment keys. */
      readAttributes(object) {
        const seen = /* @__PURE__ */ new Set();
        return bodyProperties(object).map((property) => {
          this.checkDuplicate(seen, property);
          return this.readAttribute(property, true);
        });
      }
      readBlocks(property, rule) {
        const header = this.positions.span(property.key.offset, property.value.offset + 1);
        const site = { span: this.positions.of(property.node), header };
        return this.readLabelled(property.name, rule, [], property.value, site);
      }
      /**
       * Reads what follows a block type and the `labels` so far: either further label objects or,
       * once all labels are known, the body. Any level may be an array of objects, each read in turn.
       */
      readLabelled(type, rule, labels, value, site) {
        if (value.type === "array") {
          return (value.children ?? []).flatMap((element2) => {
            const elementSite = { span: this.positions.of(element2), header: this.braceSpan(element2) };
            return this.readLabelled(type, rule, labels, element2, elementSite);
          });
        }
        if (value.type !== "object") {
          this.report(`expected a JSON object for the ${type} block`, value, "error");
          return [];
        }
        if (labels.length === rule.labels) {
          return [{ type, labels, body: this.readBody(value, rule.body), span: site.span, headerSpan: site.header }];
        }
        return bodyProperties(value).flatMap((property) => {
          const label = { value: property.name, span: this.positions.of(property.key) };
          const header = this.positions.span(property.key.offset, property.value.offset + 1);
          const labelSite = { span: this.positions.of(property.node), header };
          return this.readLabelled(type, rule, [...labels, label], property.value, labelSite);
        });
      }
      readAttribute(property, literal) {
        return {
          name: property.name,
          nameSpan: this.positions.of(property.key),
          expr: this.readExpr(property.value, literal),
          span: this.positions.of(property.node)
        };
      }
      /** Converts a JSON value to an expression; unless `literal`, strings with `${`/`%{` are templates. */
      readExpr(node, literal) {
        const span = this.positions.of(node);
        switch (node.type) {
          case "array":
            return { kind: "tuple", items: (node.children ?? []).map((item) => this.readExpr(item, literal)), span };
          case "object":
            return { kind: "object", items: this.readObjectItems(node, literal), span };
          case "string":
            return this.readString(node.value, span, literal);
          default:
            return { kind: "literal", value: node.value, span };
        }
      }
      /**
       * Object keys are literal strings. `//` keys are skipped unless `literal`, because objects in
       * template context may be nested blocks written as attributes.
       */
      readObjectItems(object, literal) {
        const seen = /* @__PURE__ */ new Set();
        const items = literal ? properties(object) : bodyProperties(object);
        return items.map((property) => {
          this.checkDuplicate(seen, property);
          const key = { kind: "literal", value: property.name, span: this.positions.of(property.key) };
          return { key, value: this.readExpr(property.value, literal), span: this.positions.of(property.node) };
        });
      }
      readString(value, span, literal) {
        if (!literal && this.parseTemplate && (value.includes("${") || value.includes("%{"))) {
          return this.parseTemplate(value, span);
        }
        return { kind: "literal", value, span };
      }
      /** Reports a key already seen in the same object, as HCL reports a redefined attribute. */
      checkDuplicate(seen, property) {
        if (seen.has(property.name)) this.report(`duplicate key "${property.name}"`, property.key, "error");
        seen.add(property.name);
      }
      /** The opening brace of an object, the header of a block written as an array element. */
      braceSpan(node) {
        return this.positions.span(node.offset, node.offset + 1);
      }
      report(message, node, severity) {
        this.problems.push({ message, span: this.positions.of(node), severity });
      }
    };
  }
});

// src/frontends/hcl/native/scanner.ts
function isDigit2(code) {
  return code >= 48 /* Zero */ && code <= 57 /* Nine */;
}
var ID_START, ID_CONTINUE, Scanner;
var init_scanner2 = __esm({
  "src/frontends/hcl/native/scanner.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    ID_START = /[\p{ID_Start}_]/uy;
    ID_CONTINUE = /[\p{ID_Continue}-]/uy;
    Scanner = class {
      constructor(text) {
        this.text = text;
      }
      text;
      /** Offset where scanning resumes: the end of the current token. */
      pos = 0;
      type = "eof";
      start = 0;
      end = 0;
      /** A line break (outside a block comment) lies between the previous token and this one. */
      nl = false;
      /** For `heredoc`: the closing marker and whether it is `<<-` (indented). */
      marker = "";
      flush = false;
      /** The current token's text. */
      tokenText() {
        return this.text.slice(this.start, this.end);
      }
      /** True when the current token is of `type` (a method, so that checks are not narrowed across `next()`). */
      at(type) {
        return this.type === type;
      }
      /** Continues scanning at `offset` (after template text the parser read itself). */
      resume(offset) {
        this.pos = offset;
        this.next();
      }
      /** Scans the next token. */
      next() {
        const text = this.text;
        const n = text.length;
        let i = this.pos;
        let nl = false;
        for (; ; ) {
          const c2 = text.charCodeAt(i);
          if (c2 === 32 /* Space */ || c2 === 9 /* Tab */ || c2 === 13 /* Return */ && text.charCodeAt(i + 1) === 10 /* Newline */) i++;
          else if (c2 === 10 /* Newline */) {
            nl = true;
            i++;
          } else if (c2 === 35 /* Hash */ || c2 === 47 /* Slash */ && text.charCodeAt(i + 1) === 47 /* Slash */) {
            const eol = text.indexOf("\n", i);
            i = eol === -1 ? n : eol;
          } else if (c2 === 47 /* Slash */ && text.charCodeAt(i + 1) === 42 /* Star */) {
            const close = text.indexOf("*/", i + 2);
            if (close === -1) {
              this.set("invalid", i, n, nl);
              return;
            }
            i = close + 2;
          } else break;
        }
        if (i >= n) return this.set("eof", n, n, nl);
        const c = text.charCodeAt(i);
        if (c >= 97 /* LowerA */ && c <= 122 /* LowerZ */ || c >= 65 /* UpperA */ && c <= 90 /* UpperZ */ || c === 95 /* Underscore */) return this.set("ident", i, this.identEnd(i + 1), nl);
        if (isDigit2(c)) return this.set("number", i, this.numberEnd(i), nl);
        const c1 = text.charCodeAt(i + 1);
        switch (c) {
          case 34 /* Quote */:
            return this.set("quote", i, i + 1, nl);
          case 123 /* LBrace */:
          case 125 /* RBrace */:
          case 91 /* LBracket */:
          case 93 /* RBracket */:
          case 40 /* LParen */:
          case 41 /* RParen */:
          case 44 /* Comma */:
          case 63 /* Question */:
          case 126 /* Tilde */:
          case 45 /* Minus */:
          case 43 /* Plus */:
          case 42 /* Star */:
          case 47 /* Slash */:
          case 37 /* Percent */:
            return this.set(text[i], i, i + 1, nl);
          case 46 /* Dot */:
            return c1 === 46 /* Dot */ && text.charCodeAt(i + 2) === 46 /* Dot */ ? this.set("...", i, i + 3, nl) : this.set(".", i, i + 1, nl);
          case 58 /* Colon */:
            return c1 === 58 /* Colon */ ? this.set("::", i, i + 2, nl) : this.set(":", i, i + 1, nl);
          case 61 /* Equals */:
            if (c1 === 61 /* Equals */) return this.set("==", i, i + 2, nl);
            return c1 === 62 /* Greater */ ? this.set("=>", i, i + 2, nl) : this.set("=", i, i + 1, nl);
          case 33 /* Bang */:
            return c1 === 61 /* Equals */ ? this.set("!=", i, i + 2, nl) : this.set("!", i, i + 1, nl);
          case 62 /* Greater */:
            return c1 === 61 /* Equals */ ? this.set(">=", i, i + 2, nl) : this.set(">", i, i + 1, nl);
          case 60 /* Less */:
            if (c1 === 60 /* Less */ && this.heredoc(i, nl)) return;
            return c1 === 61 /* Equals */ ? this.set("<=", i, i + 2, nl) : this.set("<", i, i + 1, nl);
          case 38 /* Amp */:
            return c1 === 38 /* Amp */ ? this.set("&&", i, i + 2, nl) : this.set("invalid", i, i + 1, nl);
          case 124 /* Pipe */:
            return c1 === 124 /* Pipe */ ? this.set("||", i, i + 2, nl) : this.set("invalid", i, i + 1, nl);
        }
        if (c >= 128 && this.matches(ID_START, i)) return this.set("ident", i, this.identEnd(i + this.width(i)), nl);
        return this.set("invalid", i, i + this.width(i), nl);
      }
      set(type, start, end, nl) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.pos = end;
        this.nl = nl;
      }
      /** End of an identifier whose first character ends before `i`: letters, digits, `_` and `-`. */
      identEnd(i) {
        const text = this.text;
        for (; ; ) {
          const c = text.charCodeAt(i);
          if (c >= 97 /* LowerA */ && c <= 122 /* LowerZ */ || c >= 65 /* UpperA */ && c <= 90 /* UpperZ */ || isDigit2(c) || c === 95 /* Underscore */ || c === 45 /* Minus */) i++;
          else if (c >= 128 && this.matches(ID_CONTINUE, i)) i += this.width(i);
          else return i;
        }
      }
      /** UTF-16 units of the character at `i`: 2 for a surrogate pair, 1 otherwise (a lone surrogate included). */
      width(i) {
        const c = this.text.charCodeAt(i);
        const next = this.text.charCodeAt(i + 1);
        return c >= 55296 && c <= 56319 && next >= 56320 && next <= 57343 ? 2 : 1;
      }
      matches(re, i) {
        re.lastIndex = i;
        return re.test(this.text);
      }
      /**
       * End of a number as HCL scans one: a digit, then any digits, dots and exponents (`e`, `E`, an
       * optional sign, a digit), not ending in a dot. `1.e3` is a number; `1.5.0` is scanned whole and
       * refused by the parser; in `a.0.b` the number is `0`.
       */
      numberEnd(i) {
        const text = this.text;
        let j = i + 1;
        for (; ; ) {
          const c = text.charCodeAt(j);
          if (isDigit2(c) || c === 46 /* Dot */) j++;
          else if (c === 101 /* LowerE */ || c === 69 /* UpperE */) {
            let k = j + 1;
            const sign = text.charCodeAt(k);
            if (sign === 43 /* Plus */ || sign === 45 /* Minus */) k++;
            if (!isDigit2(text.charCodeAt(k))) break;
            j = k + 1;
          } else break;
        }
        while (text.charCodeAt(j - 1) === 46 /* Dot */) j--;
        return j;
      }
      /** `<<EOT` or `<<-EOT` directly followed by a line break opens a heredoc; the token ends after the line break. */
      heredoc(i, nl) {
        const text = this.text;
        let j = i + 2;
        const flush = text.charCodeAt(j) === 45 /* Minus */;
        if (flush) j++;
        const c = text.charCodeAt(j);
        if (!(c >= 97 /* LowerA */ && c <= 122 /* LowerZ */ || c >= 65 /* UpperA */ && c <= 90 /* UpperZ */ || c === 95 /* Underscore */ || c >= 128 && this.matches(ID_START, j))) return false;
        const markerEnd = this.identEnd(j + 1);
        let k = markerEnd;
        if (text.charCodeAt(k) === 13 /* Return */) k++;
        if (text.charCodeAt(k) !== 10 /* Newline */) return false;
        this.marker = text.slice(j, markerEnd);
        this.flush = flush;
        this.set("heredoc", i, markerEnd, nl);
        this.pos = k + 1;
        return true;
      }
    };
  }
});

// src/frontends/hcl/native/skip.ts
function skipConstruct(text, start) {
  const stack = [];
  let i = start;
  const open = (at2) => {
    const c = text[at2];
    if (CLOSER[c]) {
      stack.push({ kind: "code", closer: CLOSER[c], what: WHAT[c], at: at2, openEnd: at2 + 1 });
      i = at2 + 1;
      return true;
    }
    if (c === '"') {
      stack.push({ kind: "quoted", at: at2, openEnd: at2 + 1 });
      i = at2 + 1;
      return true;
    }
    HEREDOC.lastIndex = at2;
    const heredoc = HEREDOC.exec(text);
    if (heredoc) {
      stack.push({ kind: "heredoc", marker: heredoc[1], at: at2, openEnd: at2 + heredoc[0].trimEnd().length });
      i = HEREDOC.lastIndex;
      return true;
    }
    return false;
  };
  if (!open(start)) return { end: start + 1 };
  while (stack.length > 0) {
    if (i >= text.length) return unclosed(stack[stack.length - 1]);
    const top = stack[stack.length - 1];
    const c = text[i];
    if (top.kind === "code") {
      if (c === "#" || c === "/" && text[i + 1] === "/") {
        const eol = text.indexOf("\n", i);
        i = eol === -1 ? text.length : eol;
      } else if (c === "/" && text[i + 1] === "*") {
        const close = text.indexOf("*/", i + 2);
        i = close === -1 ? text.length : close + 2;
      } else if (c === top.closer) {
        stack.pop();
        i++;
      } else if (!open(i)) i++;
    } else if (top.kind === "quoted") {
      if (c === "\n") return unclosed(top);
      if (c === '"') {
        stack.pop();
        i++;
      } else i += templateStep(text, i, stack, true);
    } else {
      const lineStart = i === 0 || text[i - 1] === "\n";
      const closing = lineStart ? closingMarkerEnd(text, i, top.marker) : -1;
      if (closing !== -1) {
        stack.pop();
        i = closing;
      } else i += templateStep(text, i, stack, false);
    }
  }
  return { end: i };
}
function templateStep(text, i, stack, quoted) {
  const c = text[i];
  if (c === "\\" && quoted) return text[i + 1] === "\n" || text[i + 1] === "\r" ? 1 : 2;
  if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") return 3;
  if ((c === "$" || c === "%") && text[i + 1] === "{") {
    stack.push({ kind: "code", closer: "}", what: c === "$" ? "interpolation" : "template directive", at: i, openEnd: i + 2 });
    return 2;
  }
  return 1;
}
function closingMarkerEnd(text, i, marker) {
  let j = i;
  while (text[j] === " " || text[j] === "	") j++;
  if (!text.startsWith(marker, j)) return -1;
  const end = j + marker.length;
  let k = end;
  while (text[k] === " " || text[k] === "	") k++;
  if (text[k] === "\n" || text[k] === "\r" && text[k + 1] === "\n") return end;
  return -1;
}
function unclosed(frame) {
  const { at: unclosedAt, openEnd } = frame;
  if (frame.kind === "quoted") return { unclosedAt, openEnd, what: "string", token: '"' };
  if (frame.kind === "heredoc") return { unclosedAt, openEnd, what: "heredoc", token: frame.marker };
  return { unclosedAt, openEnd, what: frame.what, token: frame.closer };
}
var CLOSER, WHAT, HEREDOC;
var init_skip = __esm({
  "src/frontends/hcl/native/skip.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    CLOSER = { "[": "]", "(": ")", "{": "}" };
    WHAT = { "[": "list", "(": "parenthesis", "{": "block or object" };
    HEREDOC = /<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;
  }
});

// src/frontends/hcl/native/parser-base.ts
var MAX_NESTING, SyntaxFailure, ParserBase;
var init_parser_base = __esm({
  "src/frontends/hcl/native/parser-base.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_source_text();
    init_scanner2();
    init_skip();
    MAX_NESTING = 256;
    SyntaxFailure = class extends Error {
      constructor(problem) {
        super(problem.message);
        this.problem = problem;
      }
      problem;
    };
    ParserBase = class {
      constructor(file, text, fixedSpan) {
        this.file = file;
        this.text = text;
        this.fixedSpan = fixedSpan;
        this.scanner = new Scanner(text);
        this.source = new SourceText(file, text);
      }
      file;
      text;
      fixedSpan;
      problems = [];
      scanner;
      source;
      /** Whether a line break ends the expression being read (in bodies and object items, not inside brackets). */
      lineBreakEnds = true;
      reportedTooDeep = false;
      /** Where a line break ends the expression, none may follow an operator or `=`: HCL would end the expression there. */
      noLineBreakAfter(what) {
        const s = this.scanner;
        if (this.lineBreakEnds && s.nl && !s.at("eof")) {
          throw this.failure(`syntax error: line break after "${what}": HCL ends an argument at the end of its line; wrap a long expression in parentheses`, s.start, s.end);
        }
      }
      /** The current token (`what`) would continue the expression, but a line break ends it first. */
      lineBreakBefore(what) {
        const s = this.scanner;
        return this.failure(`syntax error: line break before "${what}": HCL ends an argument or object item at the end of its line; wrap a long expression in parentheses`, s.start, s.end);
      }
      /** True when the current token is `type` and continues the expression (no line break ends it first). */
      continues(type) {
        const s = this.scanner;
        return s.at(type) && !(s.nl && this.lineBreakEnds);
      }
      /** `k, v in` or `v in` of a `for` expression or directive: the one or two names, with `in` read. */
      forVariables(of) {
        const s = this.scanner;
        const vars = [];
        for (; ; ) {
          if (!s.at("ident")) throw this.unexpected(`a variable name in the "for" ${of}`);
          vars.push(s.tokenText());
          s.next();
          if (!s.at(",") || vars.length === 2) break;
          s.next();
        }
        if (!s.at("ident") || s.tokenText() !== "in") throw this.unexpected(`"in" in the "for" ${of}`);
        s.next();
        return vars;
      }
      /** Runs `read` with line breaks ignored, as inside brackets. */
      bracketed(read) {
        const saved = this.lineBreakEnds;
        this.lineBreakEnds = false;
        try {
          return read();
        } finally {
          this.lineBreakEnds = saved;
        }
      }
      span(start, end) {
        return this.fixedSpan ?? this.source.span(start, end);
      }
      join(a, b) {
        return this.fixedSpan ?? { file: this.file, start: a.start, end: b.end };
      }
      failure(message, start, end) {
        return new SyntaxFailure({ message, severity: "error", span: this.span(start, end) });
      }
      /** The current token was not what the syntax allows here. */
      unexpected(wanted) {
        const s = this.scanner;
        if (s.at("eof")) return this.failure(`syntax error: unexpected end of file; expected ${wanted}`, s.start, s.end);
        if (s.at("invalid") && this.text.startsWith("/*", s.start)) return this.neverClosed(s.start, "*/", "comment", s.start + 2);
        const snippet = this.text.slice(s.start, Math.min(s.end, s.start + 30)).split("\n")[0];
        return this.failure(`syntax error: unexpected ${JSON.stringify(snippet)}; expected ${wanted}`, s.start, s.end);
      }
      /** An opening bracket, quote or heredoc at `open` whose closing `token` never comes. */
      neverClosed(open, token, what, openEnd = open + 1) {
        return this.failure(`syntax error: missing ${JSON.stringify(token)}: this ${what} is never closed`, open, openEnd);
      }
      /** Reported once per file: the part nested too deep is left out, the rest is read. */
      tooDeep(at2) {
        if (this.reportedTooDeep) return;
        this.reportedTooDeep = true;
        this.problems.push({ message: `nested deeper than ${MAX_NESTING} levels; the deeper part is not evaluated`, severity: "warning", span: this.span(at2, at2) });
      }
      /** Skips the construct opening at `start` and moves the scanner past it; returns its end. */
      skip(start) {
        const result2 = skipConstruct(this.text, start);
        if ("unclosedAt" in result2) throw this.neverClosed(result2.unclosedAt, result2.token, result2.what, result2.openEnd);
        this.scanner.resume(result2.end);
        return result2.end;
      }
    };
  }
});

// src/frontends/hcl/native/template-tokens.ts
function stripTemplate(tokens) {
  tokens.forEach((t, i) => {
    if (t.kind === "text") return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (t.stripBefore && before?.kind === "text") before.text = before.text.replace(TRAILING_SPACE, "");
    if (t.stripAfter && after?.kind === "text") after.text = after.text.replace(LEADING_SPACE, "");
  });
  return tokens;
}
function flushHeredoc(tokens) {
  const adjust = [];
  let min = Infinity;
  let lineStart = true;
  for (const t of tokens) {
    if (lineStart) {
      lineStart = false;
      if (t.kind !== "text") min = 0;
      else {
        const indent = LEADING_SPACE.exec(t.text)?.[0].length ?? 0;
        if (indent < t.text.length || !t.text.endsWith("\n")) {
          min = Math.min(min, indent);
          adjust.push(t);
        }
      }
    }
    if (t.kind === "text" && t.text.endsWith("\n")) lineStart = true;
  }
  if (!Number.isFinite(min) || min === 0) return;
  for (const t of adjust) t.text = t.text.slice(min);
}
function nestTemplate(tokens) {
  let i = 0;
  const parts = (stop) => {
    const out = [];
    while (i < tokens.length && !stop.has(tokens[i].kind)) {
      const t = tokens[i++];
      if (t.kind === "text") {
        const last = out[out.length - 1];
        if (t.text === "") continue;
        if (last?.kind === "text") {
          last.text += t.text;
          last.span = { ...last.span, end: t.span.end };
        } else out.push({ kind: "text", text: t.text, span: t.span });
      } else if (t.kind === "interpolation") out.push({ kind: "interpolation", expr: t.expr, span: t.span });
      else if (t.kind === "if") {
        const then = parts(IF_BRANCH_END);
        const otherwise = tokens[i]?.kind === "else" ? (i++, parts(IF_END)) : [];
        i++;
        out.push({ kind: "if", cond: t.cond, then, else: otherwise, span: t.span });
      } else if (t.kind === "for") {
        const body2 = parts(FOR_END);
        i++;
        out.push({ kind: "for", ...t.keyVar !== void 0 ? { keyVar: t.keyVar } : {}, valueVar: t.valueVar, collection: t.collection, body: body2, span: t.span });
      }
    }
    return out;
  };
  return parts(/* @__PURE__ */ new Set());
}
function unescapeQuoted(raw) {
  return raw.replace(QUOTED_ESCAPE, (m) => {
    switch (m[1]) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u":
      case "U": {
        const code = parseInt(m.slice(2), 16);
        return code <= 1114111 ? String.fromCodePoint(code) : m;
      }
      default:
        return m.slice(1);
    }
  });
}
function unescapeTemplate(raw) {
  return raw.replace(/\$\$\{|%%\{/g, (m) => m.slice(1));
}
function simplifyTemplate(t) {
  if (t.parts.length === 0) return { kind: "literal", value: "", span: t.span };
  if (t.parts.length === 1 && t.parts[0].kind === "text") return { kind: "literal", value: t.parts[0].text, span: t.span };
  return t;
}
var SPACE2, LEADING_SPACE, TRAILING_SPACE, IF_BRANCH_END, IF_END, FOR_END, QUOTED_ESCAPE;
var init_template_tokens = __esm({
  "src/frontends/hcl/native/template-tokens.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    SPACE2 = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
    LEADING_SPACE = new RegExp(`^${SPACE2}+`);
    TRAILING_SPACE = new RegExp(`${SPACE2}+$`);
    IF_BRANCH_END = /* @__PURE__ */ new Set(["else", "endif"]);
    IF_END = /* @__PURE__ */ new Set(["endif"]);
    FOR_END = /* @__PURE__ */ new Set(["endfor"]);
    QUOTED_ESCAPE = /\\(?:n|r|t|"|\\|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})|\$\$\{|%%\{/g;
  }
});

// src/frontends/hcl/native/template-parser.ts
var TemplateParser;
var init_template_parser = __esm({
  "src/frontends/hcl/native/template-parser.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_parser_base();
    init_skip();
    init_template_tokens();
    TemplateParser = class extends ParserBase {
      /** Reads `text` as a template (the content of a JSON string); an invalid one is unsupported, saying why. */
      template() {
        try {
          const state = { tokens: [], open: [], quoted: false };
          this.templateText(0, state, 0);
          this.closeDirectives(state);
          const parts = nestTemplate(stripTemplate(state.tokens));
          return simplifyTemplate({ kind: "template", parts, span: this.span(0, this.text.length) });
        } catch (error) {
          if (!(error instanceof SyntaxFailure)) throw error;
          const shown = this.text.length > 60 ? `${this.text.slice(0, 57)}...` : this.text;
          return { kind: "unsupported", reason: `invalid template ${JSON.stringify(shown)}: ${error.problem.message}`, span: this.span(0, this.text.length) };
        }
      }
      /** A quoted template; the scanner is on the opening quote. */
      quoted(depth) {
        const s = this.scanner;
        const start = s.start;
        const state = { tokens: [], open: [], quoted: true };
        const end = this.quotedText(start, state, depth);
        this.closeDirectives(state);
        const span = this.span(start, end);
        s.resume(end);
        return simplifyTemplate({ kind: "template", parts: nestTemplate(stripTemplate(state.tokens)), span });
      }
      /** Reads a quoted template opening at `open` into `state`; returns the offset after the closing quote. */
      quotedText(open, state, depth) {
        const text = this.text;
        let i = open + 1;
        let from = i;
        for (; ; ) {
          const c = text[i];
          if (c === void 0 || c === "\n" || c === "\r") throw this.neverClosed(open, '"', "string");
          if (c === '"') {
            this.textToken(state, from, i);
            return i + 1;
          }
          if (c === "\\") {
            i += this.escapeLength(i);
            continue;
          }
          if ((c === "$" || c === "%") && text[i + 1] === "{") {
            this.textToken(state, from, i);
            i = this.sequence(i, state, depth);
            from = i;
            continue;
          }
          i += (c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{" ? 3 : 1;
        }
      }
      /** The length of the escape sequence at `i` in a quoted string; an invalid one is a syntax error, as in HCL. */
      escapeLength(i) {
        const e = this.text[i + 1];
        if (e === void 0 || e === "\n" || e === "\r") return 1;
        if (e === "n" || e === "r" || e === "t" || e === '"' || e === "\\") return 2;
        if (e === "u" || e === "U") {
          const digits = e === "u" ? 4 : 8;
          const hex = this.text.slice(i + 2, i + 2 + digits);
          const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
          if (code >= 0 && code <= 1114111 && !(code >= 55296 && code <= 57343)) return 2 + digits;
        }
        let end = i + 2;
        if (e === "u" || e === "U") while (end < i + (e === "u" ? 6 : 10) && /[0-9a-fA-F]/.test(this.text[end] ?? "")) end++;
        throw this.failure(`syntax error: invalid escape sequence ${JSON.stringify(this.text.slice(i, end))} in a quoted string`, i, end);
      }
      /** A heredoc; the scanner is on `<<EOT` and its position is the start of the content. */
      heredoc(depth) {
        const s = this.scanner;
        const start = s.start;
        const marker = s.marker;
        const flush = s.flush;
        const state = { tokens: [], open: [], quoted: false };
        const end = this.templateText(s.pos, state, depth, { marker, start, openEnd: s.end });
        this.closeDirectives(state);
        stripTemplate(state.tokens);
        if (flush) flushHeredoc(state.tokens);
        const span = this.span(start, end);
        s.resume(end);
        return simplifyTemplate({ kind: "template", parts: nestTemplate(state.tokens), span });
      }
      /**
       * Template text without quotes: a heredoc's content up to its closing marker (returns the
       * offset after the marker; `heredoc` is its opening `<<EOT`), or, without one, the whole text
       * (a JSON string's template). Text is cut into one token per line, so a strip marker reaches no
       * further than its line.
       */
      templateText(from, state, depth, heredoc) {
        const text = this.text;
        let i = from;
        let tokenStart = i;
        let lineStart = true;
        for (; ; ) {
          if (lineStart && heredoc) {
            const close = closingMarkerEnd(text, i, heredoc.marker);
            if (close !== -1) {
              this.textToken(state, tokenStart, i);
              return close;
            }
          }
          lineStart = false;
          if (i >= text.length) {
            if (heredoc) throw this.neverClosed(heredoc.start, heredoc.marker, "heredoc", heredoc.openEnd);
            this.textToken(state, tokenStart, i);
            return i;
          }
          const c = text[i];
          if (c === "\n") {
            i++;
            this.textToken(state, tokenStart, i);
            tokenStart = i;
            lineStart = true;
          } else if ((c === "$" || c === "%") && text[i + 1] === "{") {
            this.textToken(state, tokenStart, i);
            i = this.sequence(i, state, depth);
            tokenStart = i;
          } else i += (c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{" ? 3 : 1;
        }
      }
      textToken(state, from, to) {
        if (to <= from) return;
        const raw = this.text.slice(from, to);
        state.tokens.push({ kind: "text", text: state.quoted ? unescapeQuoted(raw) : unescapeTemplate(raw), span: this.span(from, to) });
      }
      /** A `${…}` interpolation or `%{…}` directive starting at `at`; returns the offset after its `}`. */
      sequence(at2, state, depth) {
        const s = this.scanner;
        const interpolation = this.text[at2] === "$";
        const stripBefore = this.text[at2 + 2] === "~";
        const saved = this.lineBreakEnds;
        this.lineBreakEnds = false;
        s.resume(at2 + (stripBefore ? 3 : 2));
        const closeStrip = () => {
          const strip = s.at("~");
          if (strip) {
            const tildeEnd = s.end;
            s.next();
            if (s.at("}") && s.start !== tildeEnd) throw this.failure('syntax error: a strip marker "~" must touch the closing "}"', tildeEnd - 1, s.end);
          }
          if (!s.at("}")) throw s.at("eof") ? this.neverClosed(at2, "}", interpolation ? "interpolation" : "template directive") : this.unexpected(`"}" to close the ${interpolation ? "interpolation" : "template directive"}`);
          return strip;
        };
        if (interpolation) {
          const expr = this.expression(depth + 1);
          const stripAfter = closeStrip();
          state.tokens.push({ kind: "interpolation", expr, span: this.span(at2, s.end), stripBefore, stripAfter });
        } else this.directive(at2, state, depth, stripBefore, closeStrip);
        this.lineBreakEnds = saved;
        return s.end;
      }
      /** `%{ if … }`, `%{ else }`, `%{ endif }`, `%{ for … in … }`, `%{ endfor }`. */
      directive(at2, state, depth, stripBefore, closeStrip) {
        const s = this.scanner;
        const keyword = s.at("ident") ? s.tokenText() : "";
        const strip = (stripAfter) => ({ stripBefore, stripAfter });
        const top = state.open[state.open.length - 1];
        switch (keyword) {
          case "if": {
            this.directiveDepth(state, at2);
            s.next();
            const cond = this.expression(depth + 1);
            state.tokens.push({ kind: "if", cond, span: this.span(at2, s.end), ...strip(closeStrip()) });
            state.open.push({ kind: "if", at: at2, sawElse: false });
            return;
          }
          case "for": {
            this.directiveDepth(state, at2);
            s.next();
            const vars = this.forVariables("directive");
            const collection = this.expression(depth + 1);
            const [first, second] = vars;
            state.tokens.push({ kind: "for", ...second !== void 0 ? { keyVar: first, valueVar: second } : { valueVar: first }, collection, span: this.span(at2, s.end), ...strip(closeStrip()) });
            state.open.push({ kind: "for", at: at2, sawElse: false });
            return;
          }
          case "else":
            if (top?.kind !== "if" || top.sawElse) throw this.failure('syntax error: "%{ else }" without an open "%{ if }"', at2, s.end);
            s.next();
            top.sawElse = true;
            state.tokens.push({ kind: "else", ...strip(closeStrip()) });
            return;
          case "endif":
          case "endfor": {
            const kind = keyword === "endif" ? "if" : "for";
            if (top?.kind !== kind) throw this.failure(`syntax error: "%{ ${keyword} }" without an open "%{ ${kind} }"`, at2, s.end);
            s.next();
            state.open.pop();
            state.tokens.push({ kind: keyword, ...strip(closeStrip()) });
            return;
          }
          default:
            throw this.unexpected('"if", "for", "else", "endif" or "endfor" in the template directive');
        }
      }
      /** Directives nest within one template only so deep: the parts are built and evaluated by recursion. */
      directiveDepth(state, at2) {
        if (state.open.length >= MAX_NESTING) throw this.failure(`template directives nested deeper than ${MAX_NESTING} levels; the file is not evaluated`, at2, at2 + 2);
      }
      closeDirectives(state) {
        const open = state.open[state.open.length - 1];
        if (open) throw this.failure(`syntax error: this "%{ ${open.kind} }" has no "%{ end${open.kind} }"`, open.at, open.at + 2);
      }
    };
  }
});

// src/frontends/hcl/native/parser.ts
var PRECEDENCE, KEYWORDS, NativeParser;
var init_parser2 = __esm({
  "src/frontends/hcl/native/parser.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_parser_base();
    init_template_parser();
    PRECEDENCE = {
      "||": 1,
      "&&": 2,
      "==": 3,
      "!=": 3,
      "<": 4,
      ">": 4,
      "<=": 4,
      ">=": 4,
      "+": 5,
      "-": 5,
      "*": 6,
      "/": 6,
      "%": 6
    };
    KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "null"]);
    NativeParser = class extends TemplateParser {
      /** Reads the whole file as a body. The body holds what was read before the first syntax error. */
      configBody() {
        const s = this.scanner;
        s.next();
        const body2 = { attributes: [], blocks: [], span: this.span(0, this.text.length) };
        try {
          this.bodyItems(body2, 0, "eof");
          if (body2.attributes.length + body2.blocks.length > 0) {
            const first = [...body2.attributes, ...body2.blocks].reduce((a, b) => a.span.start.offset <= b.span.start.offset ? a : b);
            const last = [...body2.attributes, ...body2.blocks].reduce((a, b) => a.span.end.offset >= b.span.end.offset ? a : b);
            body2.span = { file: this.file, start: first.span.start, end: last.span.end };
          }
        } catch (error) {
          if (!(error instanceof SyntaxFailure)) throw error;
          this.problems.push(error.problem);
        }
        return body2;
      }
      // ---------------------------------------------------------------- bodies
      /** Attributes and blocks up to `until` (`}` of a block or the end of the file). */
      bodyItems(body2, depth, until) {
        const s = this.scanner;
        const seen = /* @__PURE__ */ new Map();
        let first = true;
        while (!s.at(until)) {
          if (s.at("eof")) return;
          const sameLine = !first && !s.nl;
          const item = this.bodyItem(depth);
          if (sameLine) this.problems.push({ message: "missing newline after argument: each argument and block must start on a new line", severity: "error", span: item.span });
          this.addItem(body2, item, seen);
          first = false;
          if (until === "}" && s.at("}") && !s.nl) throw this.failure('missing newline after argument: the "}" closing a block goes on a line of its own', s.start, s.end);
        }
      }
      /** `name { argument = value }`: HCL allows a single argument, closed on the same line. */
      oneLineBlockBody(body2, depth) {
        const s = this.scanner;
        const item = this.bodyItem(depth);
        if ("body" in item) throw this.failure("syntax error: a block written on one line can hold one argument, not a nested block", item.span.start.offset, item.headerSpan.end.offset);
        if (!s.at("}") || s.nl) {
          if (s.at("eof")) return;
          throw this.failure("syntax error: a block written on one line holds one argument and closes on that line", s.start, s.end);
        }
        body2.attributes.push(item);
      }
      addItem(body2, item, seen) {
        if ("body" in item) {
          body2.blocks.push(item);
          return;
        }
        const earlier = seen.get(item.name);
        if (earlier) {
          this.problems.push({
            message: `argument "${item.name}" was already set at line ${earlier.span.start.line}; each argument may be set only once`,
            severity: "error",
            span: item.nameSpan
          });
        } else seen.set(item.name, item);
        body2.attributes.push(item);
      }
      bodyItem(depth) {
        const s = this.scanner;
        if (!s.at("ident")) throw this.unexpected("an argument name or a block type");
        const nameStart = s.start;
        const nameEnd = s.end;
        const name = s.tokenText();
        s.next();
        this.sameLineAsHeader(name);
        if (s.at("=")) {
          s.next();
          this.lineBreakEnds = true;
          this.noLineBreakAfter("=");
          const expr = this.expression(0);
          const nameSpan = this.span(nameStart, nameEnd);
          return { name, nameSpan, expr, span: this.span(nameStart, expr.span.end.offset) };
        }
        const labels = [];
        for (; ; ) {
          if (s.at("ident")) labels.push({ value: s.tokenText(), span: this.span(s.start, s.end) });
          else if (s.at("quote")) labels.push(this.label());
          else break;
          s.next();
          this.sameLineAsHeader(name);
        }
        if (!s.at("{")) throw this.unexpected(labels.length === 0 ? '"=" or a block' : 'a block label or "{"');
        const open = s.start;
        const headerSpan = this.span(nameStart, s.end);
        if (depth >= MAX_NESTING) {
          this.tooDeep(open);
          const end = this.skip(open);
          const span2 = this.span(nameStart, end);
          return { type: name, labels, body: { attributes: [], blocks: [], span: span2 }, span: span2, headerSpan };
        }
        s.next();
        const body2 = { attributes: [], blocks: [], span: headerSpan };
        if (!s.at("}") && !s.nl && !s.at("eof")) this.oneLineBlockBody(body2, depth + 1);
        else this.bodyItems(body2, depth + 1, "}");
        if (!s.at("}")) throw this.neverClosed(open, "}", "block");
        const span = this.span(nameStart, s.end);
        s.next();
        body2.span = span;
        return { type: name, labels, body: body2, span, headerSpan };
      }
      /** An argument's `=`, and a block's labels and `{`, must be on the line of its name. */
      sameLineAsHeader(name) {
        const s = this.scanner;
        if (s.nl && !s.at("eof")) {
          throw this.failure(`syntax error: unexpected line break after "${name}": the "=" of an argument, and the labels and "{" of a block, go on the line of the name`, s.start, s.end);
        }
      }
      /** A quoted block label: literal text only (HCL allows no `${…}` there). The scanner is left on the closing quote. */
      label() {
        const s = this.scanner;
        const start = s.start;
        const state = { tokens: [], open: [], quoted: true };
        const end = this.quotedText(start, state, 0);
        if (state.tokens.some((t) => t.kind !== "text")) {
          throw this.failure('syntax error: a block label cannot hold template sequences ("${" or "%{")', start, end);
        }
        const value = state.tokens.map((t) => t.kind === "text" ? t.text : "").join("");
        s.pos = end;
        s.end = end;
        return { value, span: this.span(start, end) };
      }
      // ---------------------------------------------------------- expressions
      /** An expression: a conditional, an operation or a term. */
      expression(depth) {
        const s = this.scanner;
        if (depth > MAX_NESTING) return this.skipExpression();
        const cond = this.binary(1, depth);
        if (!s.at("?")) return cond;
        if (s.nl && this.lineBreakEnds) {
          throw this.failure('line break before "?": HCL ends the expression at the end of the line; wrap the condition in parentheses', s.start, s.end);
        }
        const question = s.start;
        s.next();
        this.noLineBreakAfter("?");
        const then = this.expression(depth + 1);
        if (!this.continues(":")) {
          if (s.at(":")) throw this.lineBreakBefore(":");
          throw this.failure('syntax error: missing ":" in this conditional expression', question, question + 1);
        }
        s.next();
        this.noLineBreakAfter(":");
        const otherwise = this.expression(depth + 1);
        return { kind: "conditional", cond, then, else: otherwise, span: this.join(cond.span, otherwise.span) };
      }
      /** Binary operations of precedence `minLevel` and tighter, left-associative (precedence climbing). */
      binary(minLevel, depth) {
        const s = this.scanner;
        let left = this.unary(depth);
        let chain = 0;
        for (; ; ) {
          const op = s.type;
          const level = PRECEDENCE[op];
          if (level === void 0 || level < minLevel || s.nl && this.lineBreakEnds) return left;
          s.next();
          this.noLineBreakAfter(op);
          const right = this.binary(level + 1, depth);
          if (++chain + depth > MAX_NESTING) {
            this.tooDeep(left.span.start.offset);
            left = { kind: "unsupported", reason: `nested deeper than ${MAX_NESTING} levels`, span: this.join(left.span, right.span) };
          } else left = { kind: "binary", op, left, right, span: this.join(left.span, right.span) };
        }
      }
      /** `-x`, `!x`, or a term with its traversals. Chains of operators are read without recursion. */
      unary(depth) {
        const s = this.scanner;
        const ops = [];
        while (s.at("-") || s.at("!")) {
          const op = s.at("-") ? "-" : "!";
          ops.push({ op, start: s.start });
          s.next();
          this.noLineBreakAfter(op);
        }
        let expr = this.postfix(depth + ops.length);
        if (ops.length > 0 && ops.length + depth > MAX_NESTING) {
          this.tooDeep(ops[0].start);
          return { kind: "unsupported", reason: `nested deeper than ${MAX_NESTING} levels`, span: this.span(ops[0].start, expr.span.end.offset) };
        }
        for (let i = ops.length - 1; i >= 0; i--) expr = { kind: "unary", op: ops[i].op, operand: expr, span: this.span(ops[i].start, expr.span.end.offset) };
        return expr;
      }
      /** A term followed by attribute access, indexes and splats. */
      postfix(depth) {
        const start = this.scanner.start;
        return this.traversal(this.term(depth), start, depth);
      }
      /**
       * The steps after `expr` (which starts at `start`): `.name`, `.0`, `[key]`, and the splats `.*`
       * and `[*]`. `within` is the splat whose traversal this is: after `[*]` every later step applies
       * to each element; after `.*` only `.name` and `.0` steps do, and an index ends it (it then
       * applies to the resulting list, back in the enclosing traversal). HCL allows no splat inside `.*`.
       */
      traversal(expr, start, depth, within) {
        const s = this.scanner;
        for (; ; ) {
          if (this.continues(".")) {
            s.next();
            if (s.at("number")) {
              expr = this.legacyIndex(expr, start);
              continue;
            }
            if (s.at("*")) {
              if (within === "attr") throw this.failure('syntax error: a splat (".*") cannot be used inside an attribute-only splat (".*")', s.start, s.end);
              const markerEnd = s.end;
              s.next();
              expr = this.splat(expr, start, "attr", markerEnd, depth);
              continue;
            }
            if (!s.at("ident")) throw this.unexpected('an attribute name after "."');
            expr = { kind: "getattr", object: expr, name: s.tokenText(), span: this.span(start, s.end) };
            s.next();
          } else if (within !== "attr" && this.continues("[")) {
            const open = s.start;
            s.next();
            if (s.at("*")) {
              s.next();
              if (!s.at("]")) throw this.unexpected('"]" after "[*"');
              const markerEnd = s.end;
              s.next();
              return this.splat(expr, start, "full", markerEnd, depth);
            }
            const key = this.bracketed(() => this.expression(depth + 1));
            if (!s.at("]")) throw this.neverClosed(open, "]", "index");
            expr = { kind: "index", object: expr, key, span: this.span(start, s.end) };
            s.next();
          } else return expr;
        }
      }
      /** `.0`: the legacy index syntax; the scanner stands on the number after the dot. */
      legacyIndex(object, start) {
        const s = this.scanner;
        if (!/^[0-9]+$/.test(s.tokenText())) throw this.failure(`syntax error: invalid index ".${s.tokenText()}": an index after "." is a whole number`, s.start, s.end);
        const key = { kind: "literal", value: Number(s.tokenText()), span: this.span(s.start, s.end) };
        const span = this.span(start, s.end);
        s.next();
        return { kind: "index", object, key, span };
      }
      /** A splat over `object`: its traversal, as an expression over the splat item. */
      splat(object, start, kind, markerEnd, depth) {
        if (depth > MAX_NESTING) return this.skipTraversal(start, markerEnd);
        const each = this.traversal({ kind: "splat-item", span: this.span(start, markerEnd) }, start, depth + 1, kind);
        return { kind: "splat", object, each, span: this.fixedSpan ?? { file: this.file, start: this.source.pos(start), end: each.span.end } };
      }
      /** Splats nested too deep: the rest of the traversal is read without recursion and not evaluated. */
      skipTraversal(start, markerEnd) {
        const s = this.scanner;
        this.tooDeep(start);
        let end = markerEnd;
        for (; ; ) {
          if (this.continues(".")) {
            s.next();
            if (!s.at("ident") && !s.at("number") && !s.at("*")) throw this.unexpected('an attribute name after "."');
            end = s.end;
            s.next();
          } else if (this.continues("[")) end = this.skip(s.start);
          else return { kind: "unsupported", reason: `nested deeper than ${MAX_NESTING} levels`, span: this.span(start, end) };
        }
      }
      /**
       * An expression nested too deep: its tokens are read without recursion, up to what ends it
       * (a comma, a closing bracket, the `:` of an enclosing conditional or `for`, a line break where
       * one ends the expression), and it is not evaluated.
       */
      skipExpression() {
        const s = this.scanner;
        const start = s.start;
        this.tooDeep(start);
        let end = start;
        let conditionals = 0;
        while (!s.at("eof") && !(end !== start && s.nl && this.lineBreakEnds)) {
          if (s.at(",") || s.at(")") || s.at("]") || s.at("}") || s.at("=>") || s.at("...") || s.at("~") || s.at("ident") && s.tokenText() === "if") break;
          if (s.at(":") && conditionals-- === 0) break;
          if (s.at("?")) conditionals++;
          if (s.at("[") || s.at("(") || s.at("{") || s.at("quote") || s.at("heredoc")) end = this.skip(s.start);
          else {
            end = s.end;
            s.next();
          }
        }
        return { kind: "unsupported", reason: `nested deeper than ${MAX_NESTING} levels`, span: this.span(start, end) };
      }
      /** A term: a literal, a variable, a call, a collection, a template, a `for` or a parenthesised expression. */
      term(depth) {
        const s = this.scanner;
        const start = s.start;
        if (depth > MAX_NESTING && (s.at("[") || s.at("(") || s.at("{") || s.at("quote") || s.at("heredoc"))) {
          this.tooDeep(start);
          const end = this.skip(start);
          return { kind: "unsupported", reason: `nested deeper than ${MAX_NESTING} levels`, span: this.span(start, end) };
        }
        switch (s.type) {
          case "number": {
            const value = Number(s.tokenText());
            if (Number.isNaN(value)) throw this.failure(`syntax error: invalid number ${JSON.stringify(s.tokenText())}`, s.start, s.end);
            const span = this.span(start, s.end);
            s.next();
            return { kind: "literal", value, span };
          }
          case "ident":
            return this.identifierTerm(depth);
          case "quote":
            return this.quoted(depth);
          case "heredoc":
            return this.heredoc(depth);
          case "[":
            return this.tuple(depth);
          case "{":
            return this.object(depth);
          case "(": {
            s.next();
            const inner = this.bracketed(() => this.expression(depth + 1));
            if (!s.at(")")) throw this.neverClosed(start, ")", "parenthesis");
            const span = this.span(start, s.end);
            s.next();
            return { kind: "parens", expr: inner, span };
          }
          default:
            throw this.unexpected("an expression");
        }
      }
      /** `true`, `false`, `null`, a variable, or a function call (`name(…)`, `provider::p::name(…)`). */
      identifierTerm(depth) {
        const s = this.scanner;
        const start = s.start;
        let name = s.tokenText();
        let end = s.end;
        s.next();
        while (s.at("::")) {
          s.next();
          if (!s.at("ident")) throw this.unexpected('a function name after "::"');
          name += `::${s.tokenText()}`;
          end = s.end;
          s.next();
        }
        if (s.at("(") && !(s.nl && this.lineBreakEnds)) return this.call(name, start, depth);
        if (name.includes("::")) throw this.unexpected('"(" after a function name');
        const span = this.span(start, end);
        if (name === "true" || name === "false") return { kind: "literal", value: name === "true", span };
        if (name === "null") return { kind: "literal", value: null, span };
        return { kind: "variable", name, span };
      }
      call(name, start, depth) {
        const s = this.scanner;
        const open = s.start;
        s.next();
        const args = [];
        let expandFinal = false;
        this.bracketed(() => {
          while (!s.at(")")) {
            if (s.at("eof")) throw this.neverClosed(open, ")", "parenthesis");
            args.push(this.expression(depth + 1));
            if (s.at("...")) {
              expandFinal = true;
              s.next();
              if (!s.at(")")) throw this.unexpected('")" after "..."');
              break;
            }
            if (s.at(",")) s.next();
            else if (!s.at(")")) throw s.at("eof") ? this.neverClosed(open, ")", "parenthesis") : this.unexpected('"," or ")"');
          }
        });
        const span = this.span(start, s.end);
        s.next();
        return { kind: "call", name, args, expandFinal, span };
      }
      tuple(depth) {
        const s = this.scanner;
        const open = s.start;
        s.next();
        if (this.isForIntro()) return this.forExpr(open, depth, false);
        const items = [];
        this.bracketed(() => {
          while (!s.at("]")) {
            if (s.at("eof")) throw this.neverClosed(open, "]", "list");
            items.push(this.expression(depth + 1));
            if (s.at(",")) s.next();
            else if (!s.at("]")) throw s.at("eof") ? this.neverClosed(open, "]", "list") : this.unexpected('"," or "]"');
          }
        });
        const span = this.span(open, s.end);
        s.next();
        return { kind: "tuple", items, span };
      }
      object(depth) {
        const s = this.scanner;
        const open = s.start;
        s.next();
        if (this.isForIntro()) return this.forExpr(open, depth, true);
        const items = [];
        const saved = this.lineBreakEnds;
        this.lineBreakEnds = true;
        while (!s.at("}")) {
          if (s.at("eof")) throw this.neverClosed(open, "}", "object");
          const key = this.objectKey(depth);
          if (!this.continues("=") && !this.continues(":")) throw s.at("=") || s.at(":") ? this.lineBreakBefore(s.tokenText()) : this.unexpected('"=" after the object key');
          const separator = s.tokenText();
          s.next();
          this.noLineBreakAfter(separator);
          const value = this.expression(depth + 1);
          items.push({ key, value, span: this.join(key.span, value.span) });
          if (this.continues(",")) s.next();
          else if (!s.at("}") && !s.nl) throw s.at("eof") ? this.neverClosed(open, "}", "object") : this.unexpected('a new line, "," or "}" after the object item');
        }
        this.lineBreakEnds = saved;
        const span = this.span(open, s.end);
        s.next();
        return { kind: "object", items, span };
      }
      /** An object key: a bare name is the string it spells (`{ name = 1 }`), anything else an expression. */
      objectKey(depth) {
        const s = this.scanner;
        const name = s.at("ident") ? s.tokenText() : void 0;
        const key = this.binary(1, depth + 1);
        if (key.kind === "variable") return { kind: "literal", value: key.name, span: key.span };
        if (key.kind === "literal" && name !== void 0 && KEYWORDS.has(name) && String(key.value) === name) return { kind: "literal", value: name, span: key.span };
        return key;
      }
      /** After `[` or `{`, the name `for` opens a `for` expression (as in HCL, whatever follows). */
      isForIntro() {
        return this.scanner.at("ident") && this.scanner.tokenText() === "for";
      }
      /** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`; the scanner is on `for`. */
      forExpr(open, depth, isObject2) {
        const s = this.scanner;
        const closer = isObject2 ? "}" : "]";
        return this.bracketed(() => {
          s.next();
          const vars = this.forVariables("expression");
          const collection = this.expression(depth + 1);
          if (!s.at(":")) throw this.unexpected('":" in the "for" expression');
          s.next();
          let keyExpr;
          if (isObject2) {
            keyExpr = this.expression(depth + 1);
            if (!s.at("=>")) throw this.unexpected('"=>" in the "for" expression');
            s.next();
          }
          const valueExpr = this.expression(depth + 1);
          let grouping = false;
          if (isObject2 && s.at("...")) {
            grouping = true;
            s.next();
          }
          let cond;
          if (s.at("ident") && s.tokenText() === "if") {
            s.next();
            cond = this.expression(depth + 1);
          }
          if (!s.at(closer)) throw s.at("eof") ? this.neverClosed(open, closer, isObject2 ? "object" : "list") : this.unexpected(`"${closer}" to end the "for" expression`);
          const span = this.span(open, s.end);
          s.next();
          const [first, second] = vars;
          const out = {
            kind: "for",
            ...second !== void 0 ? { keyVar: first, valueVar: second } : { valueVar: first },
            collection,
            ...keyExpr ? { keyExpr } : {},
            valueExpr,
            ...cond ? { cond } : {},
            grouping,
            span
          };
          return out;
        });
      }
    };
  }
});

// src/frontends/hcl/native-syntax.ts
function readNativeConfig(text, file) {
  const parser = new NativeParser(file, text);
  const body2 = parser.configBody();
  return { config: { path: file, body: body2, json: false }, problems: parser.problems };
}
function parseJsonTemplate(template, span) {
  return new NativeParser(span.file, template, span).template();
}
var init_native_syntax = __esm({
  "src/frontends/hcl/native-syntax.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_parser2();
    init_parser_base();
  }
});

// src/frontends/hcl/suppressions.ts
function findSuppressions(config, text) {
  if (!text.includes("tf-acr-lint:ignore")) return [];
  const lines = text.split("\n");
  const source = new SourceText(config.path, text);
  const starts = constructStarts(config.body);
  const out = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const lineStart = offset;
    offset += line.length + 1;
    const m = DIRECTIVE.exec(line.replace(/\r$/, ""));
    if (!m) return;
    let next = i + 1;
    while (next < lines.length && COMMENT_OR_BLANK.test(lines[next])) next++;
    const target = starts.get(next + 1);
    if (!target) return;
    const [list2, ...reason] = m[1].split(/\s--\s?/);
    const rules = (list2 ?? "").split(/[\s,]+/).filter(Boolean);
    const text2 = reason.join(" -- ").trim();
    out.push({ rules, ...text2 ? { reason: text2 } : {}, span: source.span(lineStart, lineStart + line.replace(/\r$/, "").length), target });
  });
  return out;
}
function constructStarts(body2) {
  const out = /* @__PURE__ */ new Map();
  const visit2 = (b) => {
    for (const a of b.attributes) if (!out.has(a.span.start.line)) out.set(a.span.start.line, a.span);
    for (const block2 of b.blocks) {
      if (!out.has(block2.span.start.line)) out.set(block2.span.start.line, block2.span);
      visit2(block2.body);
    }
  };
  visit2(body2);
  return out;
}
var DIRECTIVE, COMMENT_OR_BLANK;
var init_suppressions = __esm({
  "src/frontends/hcl/suppressions.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_source_text();
    DIRECTIVE = /^[ \t]*(?:#|\/\/)[ \t]*tf-acr-lint:ignore\b(.*)$/;
    COMMENT_OR_BLANK = /^[ \t]*(?:(?:#|\/\/).*)?\r?$/;
  }
});

// src/frontends/hcl/read-config.ts
function isolated(file, diagnostics, work) {
  try {
    return work();
  } catch (error) {
    const message = error instanceof RangeError && /call stack/i.test(error.message) ? "nested or chained too deeply to process (the JavaScript stack ran out); it is not evaluated" : `tf-acr-lint could not process this: ${error instanceof Error ? error.message : String(error)} (internal error; please report it)`;
    diagnostics.push({ severity: "error", file, message });
    return void 0;
  }
}
function parseConfigFile(source, file, diagnostics) {
  if (!source.ok) {
    diagnostics.push(source.diagnostic);
    return void 0;
  }
  const { config, problems } = file.endsWith(".json") ? readJsonConfig(source.text, file, (template, span) => parseJsonTemplate(template, span)) : readNativeConfig(source.text, file);
  appendAll(diagnostics, problems.map(toDiagnostic));
  if (!config || problems.some((p) => p.severity === "error")) return void 0;
  return config.json ? config : { ...config, suppressions: findSuppressions(config, source.text) };
}
function readVarFile(absolutePath, file, diagnostics) {
  const source = readSource(absolutePath, file);
  if (!source.ok) {
    diagnostics.push(source.diagnostic);
    return [];
  }
  const read = isolated(file, diagnostics, () => file.endsWith(".json") ? readJsonVarsFile(source.text, file) : readNativeVars(source.text, file));
  if (!read) return [];
  appendAll(diagnostics, read.problems.map(toDiagnostic));
  return read.problems.some((p) => p.severity === "error") ? [] : read.attributes ?? [];
}
function readNativeVars(text, file) {
  const { config, problems } = readNativeConfig(text, file);
  if (!config || problems.some((p) => p.severity === "error")) return { problems };
  const ignored = config.body.blocks.map((block2) => ({ severity: "warning", message: `a variables file holds only assignments; the "${block2.type}" block is ignored`, span: block2.headerSpan }));
  return { attributes: config.body.attributes, problems: [...problems, ...ignored] };
}
function toDiagnostic(p) {
  return {
    severity: p.severity,
    message: p.message,
    file: p.span.file,
    line: p.span.start.line,
    column: p.span.start.column,
    endLine: p.span.end.line,
    endColumn: p.span.end.column
  };
}
var init_read_config = __esm({
  "src/frontends/hcl/read-config.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_read_source();
    init_json_syntax();
    init_native_syntax();
    init_suppressions();
    init_append();
  }
});

// src/frontends/hcl/module-loader.ts
import path4 from "node:path";
function literalArgument(block2, name) {
  const expr = block2.body.attributes.find((a) => a.name === name)?.expr;
  return expr?.kind === "literal" && typeof expr.value === "string" ? expr.value : void 0;
}
function spanDiagnostic(severity, message, span) {
  return { severity, message, file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}
var MAX_CALL_DEPTH, KNOWN_MODULES, ModuleLoader;
var init_module_loader = __esm({
  "src/frontends/hcl/module-loader.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_discover();
    init_read_source();
    init_avm_container_registry();
    init_known_module();
    init_module_sources();
    init_read_config();
    MAX_CALL_DEPTH = 256;
    KNOWN_MODULES = [AVM_CONTAINER_REGISTRY];
    ModuleLoader = class {
      constructor(scanRoot, diagnostics) {
        this.scanRoot = scanRoot;
        this.diagnostics = diagnostics;
      }
      scanRoot;
      diagnostics;
      read = /* @__PURE__ */ new Map();
      parsed = /* @__PURE__ */ new Map();
      /** The inline suppressions of every file read so far. */
      suppressions() {
        return [...this.parsed.values()].flat().flatMap((f) => f.suppressions ?? []);
      }
      /** Absolute directories the module in `absoluteDir` calls by a local source (`./x`, `../x`). */
      localCallees(absoluteDir) {
        const files = this.filesOf(absoluteDir);
        return files.flatMap((f) => f.body.blocks).filter((b) => b.type === "module").map((b) => literalArgument(b, "source")).filter((s) => s !== void 0 && isLocalSource(s)).map((s) => path4.resolve(absoluteDir, s));
      }
      /**
       * Loads the root module in `absoluteDir` and everything it calls. `only` limits the root to some
       * of its files (a single file given on the command line), as paths relative to the scan root.
       */
      loadRoot(absoluteDir, only) {
        const installed = InstalledModules.read(absoluteDir);
        const files = this.filesOf(absoluteDir).filter((f) => !only || only.includes(f.path));
        return this.load(absoluteDir, files, [], [absoluteDir], installed, false);
      }
      load(absoluteDir, files, callPath, ancestors, installed, isInstalled) {
        const calls = /* @__PURE__ */ new Map();
        for (const block2 of files.flatMap((f) => f.body.blocks).filter((b) => b.type === "module")) {
          const name = block2.labels[0]?.value;
          if (name === void 0) continue;
          calls.set(name, this.resolve(block2, absoluteDir, [...callPath, name], ancestors, installed, isInstalled));
        }
        return { dir: this.relative(absoluteDir), files, installed: isInstalled, calls };
      }
      resolve(block2, fromDir, callPath, ancestors, installed, fromInstalled) {
        const source = literalArgument(block2, "source");
        if (source === void 0) return this.unresolved(block2, "", 'the module has no literal "source"');
        const fromManifest = installed.dirOf(callPath);
        if (fromManifest) return this.child(block2, source, fromManifest.dir, callPath, ancestors, installed, true);
        if (isLocalSource(source)) return this.child(block2, source, path4.resolve(fromDir, source), callPath, ancestors, installed, fromInstalled);
        const model = KNOWN_MODULES.find((m) => m.matches(source));
        if (model) {
          const { release, assumed } = resolveRelease(model, source, literalArgument(block2, "version"));
          return { kind: "known", source, model, release, ...assumed ? { assumed } : {} };
        }
        return this.unresolved(block2, source, `module "${callPath.join(".")}" (source "${source}") is not installed and not modelled by tf-acr-lint; its resources are unknown. Run "terraform init" (or "tofu init") before linting to include them`);
      }
      child(block2, source, dir, callPath, ancestors, installed, isInstalled) {
        if (ancestors.includes(dir)) {
          const chain = callPath.map((name) => `module.${name}`).join(" \u2192 ");
          return this.unresolved(block2, source, `module cycle: "${source}" leads back to a module already on the call chain (${chain}); it is not evaluated`, "error");
        }
        if (callPath.length > MAX_CALL_DEPTH) {
          return this.unresolved(block2, source, `module "${source}" is called ${callPath.length} modules deep, deeper than the ${MAX_CALL_DEPTH} tf-acr-lint reads; it is not evaluated`, "error");
        }
        const files = this.filesOf(dir);
        if (files.length === 0) return this.unresolved(block2, source, `module "${callPath.join(".")}": no .tf files at "${source}" (${this.relative(dir)})`, "error");
        return { kind: "source", source, module: this.load(dir, files, callPath, [...ancestors, dir], installed, isInstalled) };
      }
      unresolved(block2, source, why2, severity = "note") {
        this.diagnostics.push(spanDiagnostic(severity, why2, block2.headerSpan));
        return { kind: "unresolved", source, why: why2 };
      }
      /** The parsed configuration files of a directory (cached; a missing directory has none). */
      filesOf(absoluteDir) {
        let files = this.parsed.get(absoluteDir);
        if (!files) {
          files = this.parseDirectory(absoluteDir);
          this.parsed.set(absoluteDir, files);
        }
        return files;
      }
      /**
       * The configuration files of a directory, read once per scan (cached; a missing directory has
       * none): deciding relevance and parsing share the same read.
       */
      sourcesOf(absoluteDir) {
        let files = this.read.get(absoluteDir);
        if (!files) {
          files = configFilesIn(fileNamesIn(absoluteDir)).map((name) => {
            const file = this.relative(path4.join(absoluteDir, name));
            return { file, source: readSource(path4.join(absoluteDir, name), file) };
          });
          this.read.set(absoluteDir, files);
        }
        return files;
      }
      parseDirectory(absoluteDir) {
        const out = [];
        for (const { file, source } of this.sourcesOf(absoluteDir)) {
          const config = isolated(file, this.diagnostics, () => parseConfigFile(source, file, this.diagnostics));
          if (config) out.push(config);
        }
        return out;
      }
      relative(absolute) {
        return toPosix(path4.relative(this.scanRoot, absolute)) || ".";
      }
    };
  }
});

// src/frontends/hcl/module-sources-text.ts
function moduleSources(text) {
  const out = [];
  let depth = 0;
  let wanted = false;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      lineStart = true;
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\r") continue;
    const header = lineStart && depth === 0 && ch === "m" ? matchAt(MODULE_HEADER, text, i) : null;
    if (header) {
      i += header[0].length - 1;
      depth = 1;
      wanted = true;
      continue;
    }
    const source = lineStart && depth === 1 && wanted && ch === "s" ? matchAt(SOURCE_ARGUMENT, text, i) : null;
    if (source) {
      out.push(source[1]);
      wanted = false;
    }
    lineStart = false;
    if (ch === '"') i = skipString(text, i);
    else if (ch === "#" || ch === "/" && text[i + 1] === "/") i = lineEnd(text, i);
    else if (ch === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close === -1 ? text.length : close + 1;
    } else if (ch === "<" && text[i + 1] === "<") {
      i = skipHeredoc(text, i);
      lineStart = text[i] === "\n";
    } else if (ch === "{") depth++;
    else if (ch === "}" && depth > 0 && --depth === 0) wanted = false;
  }
  return out;
}
function matchAt(pattern, text, at2) {
  pattern.lastIndex = at2;
  return pattern.exec(text);
}
function skipString(text, at2) {
  for (let i = at2 + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
    else if (text[i] === "\n") return i - 1;
  }
  return text.length;
}
function lineEnd(text, at2) {
  const end = text.indexOf("\n", at2);
  return end === -1 ? text.length : end - 1;
}
function skipHeredoc(text, at2) {
  const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(at2, at2 + 256));
  if (!m) return at2 + 1;
  const closing = new RegExp(`\\n[ \\t]*${m[1]}[ \\t]*(?:\\r?\\n|$)`, "g");
  closing.lastIndex = at2 + m[0].length - 1;
  const end = closing.exec(text);
  return end ? end.index + end[0].length - 1 : text.length;
}
var MODULE_HEADER, SOURCE_ARGUMENT;
var init_module_sources_text = __esm({
  "src/frontends/hcl/module-sources-text.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    MODULE_HEADER = /module[ \t]*"[^"\n]*"[ \t]*\{/y;
    SOURCE_ARGUMENT = /source[ \t]*=[ \t]*"([^"\n]*)"/y;
  }
});

// src/frontends/hcl/relevance.ts
import path5 from "node:path";
function textOf(f) {
  return f.source.ok ? f.source.text : "";
}
var REGISTRY_MENTION, MODULE_BLOCK, Relevance;
var init_relevance = __esm({
  "src/frontends/hcl/relevance.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_module_loader();
    init_module_sources();
    init_module_sources_text();
    REGISTRY_MENTION = /azurerm_container_registry|Microsoft\.ContainerRegistry|containerregistry-registry/i;
    MODULE_BLOCK = /(^|\n)\s*module\s*"/;
    Relevance = class {
      constructor(loader) {
        this.loader = loader;
      }
      loader;
      verdicts = /* @__PURE__ */ new Map();
      /**
       * Absolute directories the module in `dir` calls by a local source, read from the text of its
       * native-syntax files without parsing them (a JSON-syntax file with a `module` key sends the
       * directory to the loader, which parses all of it).
       */
      localCallees(dir) {
        const files = this.loader.sourcesOf(dir);
        if (files.some((f) => f.file.endsWith(".json") && /"module"\s*:/.test(textOf(f)))) return this.loader.localCallees(dir);
        return files.map(textOf).filter((text) => MODULE_BLOCK.test(text)).flatMap(moduleSources).filter(isLocalSource).map((source) => path5.resolve(dir, source));
      }
      /**
       * True when `dir`'s tree mentions a container registry (see the module comment). A tree deeper
       * than the loader reads (MAX_CALL_DEPTH) counts as relevant, so that its root is loaded and the
       * loader says why the deepest calls are not evaluated.
       */
      relevant(dir, visiting = []) {
        let verdict = this.verdicts.get(dir);
        if (verdict === void 0) {
          verdict = visiting.length > MAX_CALL_DEPTH || this.decide(dir, [...visiting, dir]);
          this.verdicts.set(dir, verdict);
        }
        return verdict;
      }
      decide(dir, visiting) {
        if (this.mentions(dir)) return true;
        for (const callee of this.localCallees(dir)) {
          if (!visiting.includes(callee) && this.relevant(callee, visiting)) return true;
        }
        for (const installed of InstalledModules.read(dir).dirs()) {
          if (this.mentions(installed)) return true;
        }
        return false;
      }
      mentions(dir) {
        return this.loader.sourcesOf(dir).some((f) => REGISTRY_MENTION.test(textOf(f)));
      }
      /**
       * Why the files of `dir` could not be read (binary, not UTF-8, unreadable). A module that is
       * skipped is never parsed, but a file nobody can read is still reported.
       */
      unreadable(dir) {
        return this.loader.sourcesOf(dir).flatMap((f) => f.source.ok ? [] : [f.source.diagnostic]);
      }
    };
  }
});

// src/frontends/hcl/module.ts
import path6 from "node:path";
function evaluateRootModule(root, module, inputs, diagnostics) {
  const budget = rootBudget();
  const resources = new ModuleEvaluator({ root, module, inputs: { kind: "root", values: inputs }, prefix: "", callSpans: [], diagnostics, budget }).resources();
  const at2 = budget.exhaustedAt;
  if (at2) {
    diagnostics.push({
      severity: "warning",
      file: at2.file,
      line: at2.start.line,
      column: at2.start.column,
      message: `this root module expands to more than ${MAX_ROOT_INSTANCES.toLocaleString("en-US")} resource and module instances, as many as tf-acr-lint expands: from this block on, a block with count or for_each is read as one instance standing for all of its own, and module calls are not evaluated`
    });
  }
  return resources;
}
function instanceValue(resource) {
  return known(resource.attributes, literalOrigin(resource.headerSpan), [resource.address]);
}
function attributeMap(body2) {
  return new Map(body2.attributes.map((a) => [a.name, a]));
}
function isPrimitive(type) {
  return type.kind === "string" || type.kind === "number" || type.kind === "bool" || type.kind === "any";
}
function constantScope() {
  return { lookup: () => void 0, reference: () => void 0 };
}
function retag(value, provenance) {
  const origin = value.origin.provenance.kind !== "literal" ? value.origin : provenance.kind === "cli-var" ? { provenance, via: [] } : { ...value.origin, provenance };
  if (!value.known) return { ...value, origin };
  const data = value.value;
  if (Array.isArray(data)) return { ...value, origin, value: data.map((e) => retag(e, provenance)) };
  if (data instanceof Map) return { ...value, origin, value: new Map([...data].map(([k, e]) => [k, retag(e, provenance)])) };
  return { ...value, origin };
}
var META_ARGUMENTS, META_BLOCKS, IN_PROGRESS, ModuleEvaluator;
var init_module = __esm({
  "src/frontends/hcl/module.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_value();
    init_evaluate();
    init_expansion();
    init_type_constraint();
    init_append();
    META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "providers", "source", "version"]);
    META_BLOCKS = /* @__PURE__ */ new Set(["lifecycle", "provisioner", "connection", "precondition", "postcondition"]);
    IN_PROGRESS = /* @__PURE__ */ Symbol("in progress");
    ModuleEvaluator = class _ModuleEvaluator {
      constructor(context) {
        this.context = context;
        for (const file of context.module.files) this.collect(file.body);
      }
      context;
      variables = /* @__PURE__ */ new Map();
      locals = /* @__PURE__ */ new Map();
      outputBlocks = /* @__PURE__ */ new Map();
      blocks = /* @__PURE__ */ new Map();
      moduleBlocks = /* @__PURE__ */ new Map();
      variableValues = /* @__PURE__ */ new Map();
      localValues = /* @__PURE__ */ new Map();
      outputValues = /* @__PURE__ */ new Map();
      expanded = /* @__PURE__ */ new Map();
      /**
       * What a reference to a whole block or call sees, built once: with `count` / `for_each`, a
       * list or map of every instance, which each of N instances referring to one of them would
       * otherwise build again (N² work).
       */
      blockValues = /* @__PURE__ */ new Map();
      callValues = /* @__PURE__ */ new Map();
      calls = /* @__PURE__ */ new Map();
      collect(body2) {
        for (const block2 of body2.blocks) {
          const [first, second] = block2.labels.map((l) => l.value);
          if (first === void 0) {
            if (block2.type === "locals") for (const a of block2.body.attributes) this.locals.set(a.name, a);
          } else if (block2.type === "variable") this.variables.set(first, block2);
          else if (block2.type === "output") this.outputBlocks.set(first, block2);
          else if (block2.type === "module") this.moduleBlocks.set(first, block2);
          else if (block2.type === "resource" && second !== void 0) this.blocks.set(`${first}.${second}`, { mode: "managed", type: first, name: second, block: block2 });
          else if (block2.type === "data" && second !== void 0) this.blocks.set(`data.${first}.${second}`, { mode: "data", type: first, name: second, block: block2 });
        }
      }
      /** Every resource instance of this module instance and of the modules it calls. */
      resources() {
        const out = [];
        for (const key of this.blocks.keys()) appendAll(out, this.resourceBlock(key)?.resources ?? []);
        for (const name of this.moduleBlocks.keys()) for (const instance of this.moduleCall(name)?.instances ?? []) appendAll(out, instance.resources);
        return out;
      }
      /** What `module.x` shows of this instance: its outputs. */
      outputs() {
        const map2 = /* @__PURE__ */ new Map();
        for (const name of this.outputBlocks.keys()) map2.set(name, this.output(name));
        return known(map2, literalOrigin(this.context.callSpans[this.context.callSpans.length - 1]));
      }
      lookup(name, span) {
        if (name === "path") {
          const moduleDir = path6.posix.relative(this.context.root, this.context.module.dir) || ".";
          return known(/* @__PURE__ */ new Map([["module", known(moduleDir, literalOrigin(span))], ["root", known(".", literalOrigin(span))], ["cwd", known(".", literalOrigin(span))]]), literalOrigin(span));
        }
        if (name === "terraform") return known(/* @__PURE__ */ new Map([["workspace", unknown("terraform.workspace depends on the selected workspace", literalOrigin(span))]]), literalOrigin(span));
        return void 0;
      }
      reference(root, name, span) {
        switch (root) {
          case "var":
            return passedThrough(this.memo(this.variableValues, name, () => this.computeVariable(name, span), `variable "${name}"`, span), span);
          case "local":
            return passedThrough(this.memo(this.localValues, name, () => this.computeLocal(name, span), `local "${name}"`, span), span);
          case "module":
            return this.moduleValue(name, span);
          case "data":
            return this.dataNamespace(name, span);
          default:
            return this.blocks.has(`${root}.${name}`) ? this.blockValue(`${root}.${name}`, span) : void 0;
        }
      }
      /** Computes a named value once; a value that needs itself is unknown (a cycle), not a hang. */
      memo(cache, key, compute, what, span) {
        const cached = cache.get(key);
        if (cached === IN_PROGRESS) return unknown(`${what} is part of a reference cycle`, literalOrigin(span));
        if (cached !== void 0) return cached;
        cache.set(key, IN_PROGRESS);
        const value = compute();
        cache.set(key, value);
        return value;
      }
      // ---- variables, locals, outputs ---------------------------------------------------------
      computeVariable(name, span) {
        const block2 = this.variables.get(name);
        if (!block2) return evaluationError(`variable "${name}" is not declared in this module`, literalOrigin(span));
        const attrs = attributeMap(block2.body);
        const type = parseTypeConstraint(attrs.get("type")?.expr);
        const given = this.givenValue(name, type);
        const nullable = attrs.get("nullable")?.expr;
        const givenNull = given?.known && given.value === null && nullable?.kind === "literal" && nullable.value === false;
        if (given && !givenNull) return this.typed(given, type, name);
        const def = attrs.get("default");
        const provenance = { kind: "variable-default", variable: name, ...this.moduleOfProvenance() };
        if (def) return this.typed(retag(evaluate(def.expr, constantScope()), provenance), type, name);
        const how = this.context.inputs.kind === "root" ? "set it in a .tfvars file or with --var" : `the call ${this.context.inputs.address} does not pass it`;
        return unknown(`variable "${name}" has no default and no value was given (${how})`, { span: block2.headerSpan, provenance, via: [] });
      }
      /** The value the caller gave: a tfvars / `--var` value for the root, a module argument otherwise. */
      givenValue(name, type) {
        const inputs = this.context.inputs;
        if (inputs.kind === "call") return inputs.args.get(name);
        const input2 = inputs.values.get(name);
        if (!input2) return void 0;
        const provenance = { kind: input2.kind, variable: name };
        const raw = input2.raw !== void 0 && isPrimitive(type) ? known(input2.raw, { provenance, via: [] }) : evaluate(input2.expr, constantScope());
        return retag(raw, provenance);
      }
      moduleOfProvenance() {
        return this.context.inputs.kind === "call" ? { module: this.context.inputs.address } : {};
      }
      /** Converts to the variable's type; `optional(...)` defaults are written in the declaration, whatever gave the rest. */
      typed(value, type, variable) {
        return convert(value, type, (e) => retag(evaluate(e, constantScope()), { kind: "variable-default", variable, ...this.moduleOfProvenance() }));
      }
      computeLocal(name, span) {
        const attribute2 = this.locals.get(name);
        if (!attribute2) return evaluationError(`local "${name}" is not defined in this module`, literalOrigin(span));
        return passedThrough(evaluate(attribute2.expr, this), attribute2.span);
      }
      output(name) {
        const block2 = this.outputBlocks.get(name);
        return this.memo(
          this.outputValues,
          name,
          () => {
            const value = block2.body.attributes.find((a) => a.name === "value");
            return value ? passedThrough(evaluate(value.expr, this), value.span) : unknown(`output "${name}" has no value`, literalOrigin(block2.headerSpan));
          },
          `output "${name}"`,
          block2.headerSpan
        );
      }
      // ---- resources and data sources --------------------------------------------------------
      dataNamespace(type, span) {
        const entries = /* @__PURE__ */ new Map();
        for (const [key, rb] of this.blocks) if (rb.mode === "data" && rb.type === type) entries.set(rb.name, this.blockValue(key, span));
        if (entries.size === 0) return evaluationError(`no data "${type}" block in this module`, literalOrigin(span));
        return known(entries, literalOrigin(span));
      }
      baseAddress(rb) {
        return `${this.context.prefix}${rb.mode === "data" ? "data." : ""}${rb.type}.${rb.name}`;
      }
      /** The value a reference to a whole block sees: an instance, a list (count) or a map (for_each). */
      blockValue(key, span) {
        const rb = this.blocks.get(key);
        const done = this.blockValues.get(key);
        if (done) return done;
        const expanded = this.resourceBlock(key);
        if (!expanded) return unknown(`${this.baseAddress(rb)} is part of a reference cycle`, literalOrigin(span), [this.baseAddress(rb)]);
        const value = expandedValue(expanded.expansion, expanded.resources.map(instanceValue), this.baseAddress(rb), rb.block.headerSpan);
        this.blockValues.set(key, value);
        return value;
      }
      /** The block's instances, evaluated once; undefined while they are being evaluated (a cycle). */
      resourceBlock(key) {
        const cached = this.expanded.get(key);
        if (cached === IN_PROGRESS) return void 0;
        if (cached) return cached;
        this.expanded.set(key, IN_PROGRESS);
        const rb = this.blocks.get(key);
        const expansion = expandWithin(rb.block.body, this, this.context.budget, rb.block.headerSpan);
        const resources = expansion.instances.map((instance) => ({
          root: this.context.root,
          address: `${this.baseAddress(rb)}${instance.suffix}`,
          mode: rb.mode,
          type: rb.type,
          name: rb.name,
          ...instance.key !== void 0 ? { instanceKey: instance.key } : {},
          ...expansion.unknownWhy ? { unknownInstances: expansion.unknownWhy } : {},
          attributes: this.bodyAttributes(rb.block.body, instance.scope),
          span: rb.block.span,
          headerSpan: rb.block.headerSpan,
          ...this.context.callSpans.length > 0 ? { callSpans: this.context.callSpans } : {}
        }));
        const result2 = { expansion, resources };
        this.expanded.set(key, result2);
        return result2;
      }
      /** Evaluates a body: arguments by name, nested blocks as lists of objects (as in plan JSON). */
      bodyAttributes(body2, scope) {
        const out = /* @__PURE__ */ new Map();
        for (const a of body2.attributes) {
          if (META_ARGUMENTS.has(a.name)) continue;
          out.set(a.name, passedThrough(evaluate(a.expr, scope), a.span));
        }
        const nested = /* @__PURE__ */ new Map();
        const add = (type, value, span) => {
          const entry = nested.get(type) ?? { blocks: [], span };
          entry.blocks.push(value);
          nested.set(type, entry);
        };
        for (const block2 of body2.blocks) {
          if (META_BLOCKS.has(block2.type)) continue;
          if (block2.type === "dynamic") {
            const type = block2.labels[0]?.value;
            if (type) for (const v of this.dynamicBlocks(block2, scope)) add(type, v, block2.span);
            continue;
          }
          add(block2.type, known(this.bodyAttributes(block2.body, scope), { span: block2.span, provenance: { kind: "literal" }, via: [] }), block2.span);
        }
        for (const [type, { blocks, span }] of nested) {
          if (out.has(type)) continue;
          const unknownBlock = blocks.find((b) => !b.known);
          out.set(type, unknownBlock ?? known(blocks, literalOrigin(span)));
        }
        return out;
      }
      /** Expands `dynamic "x" { for_each = ...; iterator = it; content { ... } }`. */
      dynamicBlocks(block2, scope) {
        const attrs = attributeMap(block2.body);
        const content = block2.body.blocks.find((b) => b.type === "content");
        const forEach = attrs.get("for_each");
        if (!content || !forEach) return [];
        const iteratorExpr = attrs.get("iterator")?.expr;
        const iterator = iteratorExpr?.kind === "variable" ? iteratorExpr.name : block2.labels[0].value;
        const collection = evaluate(forEach.expr, scope);
        if (!collection.known) return [unknown(`dynamic "${block2.labels[0].value}" for_each is unknown: ${collection.why}`, collection.origin, collection.refs)];
        const entries = entriesOf(collection.value);
        if (!entries) return [unknown(`dynamic "${block2.labels[0].value}" for_each is not a collection`, literalOrigin(forEach.span))];
        return entries.map(([key, value]) => {
          const it = known(/* @__PURE__ */ new Map([["key", key], ["value", value]]), literalOrigin(content.span));
          const inner = childScope(scope, /* @__PURE__ */ new Map([[iterator, it]]));
          return known(this.bodyAttributes(content.body, inner), { span: content.span, provenance: { kind: "literal" }, via: [block2.span] });
        });
      }
      // ---- module calls ----------------------------------------------------------------------
      /** `module.x`: the outputs of the call's instance (a list or map of them with count / for_each). */
      moduleValue(name, span) {
        const block2 = this.moduleBlocks.get(name);
        if (!block2) return evaluationError(`no module "${name}" in this module`, literalOrigin(span));
        const call = this.moduleCall(name);
        const base = `${this.context.prefix}module.${name}`;
        if (!call) return unknown(`${base} is part of a reference cycle`, literalOrigin(span));
        const done = this.callValues.get(name);
        if (done) return done;
        const value = expandedValue(call.expansion, call.instances.map((i) => i.outputs()), base, block2.headerSpan);
        this.callValues.set(name, value);
        return value;
      }
      /** The call's instances, evaluated once; undefined while they are being evaluated (a cycle). */
      moduleCall(name) {
        const cached = this.calls.get(name);
        if (cached === IN_PROGRESS) return void 0;
        if (cached) return cached;
        this.calls.set(name, IN_PROGRESS);
        const block2 = this.moduleBlocks.get(name);
        const resolved = this.context.module.calls.get(name);
        const expansion = expandWithin(block2.body, this, this.context.budget, block2.headerSpan);
        const instances = expansion.instances.map((instance) => {
          const address = `${this.context.prefix}module.${name}${instance.suffix}`;
          const args = /* @__PURE__ */ new Map();
          for (const a of block2.body.attributes) if (!META_ARGUMENTS.has(a.name)) args.set(a.name, passedThrough(evaluate(a.expr, instance.scope), a.span));
          return this.callInstance(block2, resolved, address, args);
        });
        const result2 = { expansion, instances };
        this.calls.set(name, result2);
        return result2;
      }
      callInstance(block2, resolved, address, args) {
        if (this.context.budget.exhaustedAt) {
          return { resources: [], outputs: () => unknown(`${address} is not evaluated: its root module has more resource and module instances than tf-acr-lint expands`, literalOrigin(block2.headerSpan)) };
        }
        const callSpans = [...this.context.callSpans, block2.headerSpan];
        if (resolved?.kind === "source") {
          const child = new _ModuleEvaluator({
            root: this.context.root,
            module: resolved.module,
            inputs: { kind: "call", address, args },
            prefix: `${address}.`,
            callSpans,
            diagnostics: this.context.diagnostics,
            budget: this.context.budget
          });
          return { resources: child.resources(), outputs: () => child.outputs() };
        }
        if (resolved?.kind === "known") {
          const built = resolved.model.build({ root: this.context.root, address, args, header: block2.headerSpan, callSpans, ...resolved.assumed ? { assumed: resolved.assumed } : {} }, resolved.release);
          for (const p of built.problems) this.context.diagnostics.push({ severity: "warning", message: p.message, file: p.span.file, line: p.span.start.line, column: p.span.start.column });
          return { resources: built.resources, outputs: () => known(built.outputs, literalOrigin(block2.headerSpan)) };
        }
        const why2 = resolved?.why ?? `module "${address}" could not be loaded`;
        return { resources: [], outputs: () => unknown(why2, literalOrigin(block2.headerSpan)) };
      }
    };
  }
});

// src/frontends/hcl/index.ts
import path7 from "node:path";
function readHclModules(modules, options) {
  const diagnostics = [];
  const loader = new ModuleLoader(options.root, diagnostics);
  const relevance = new Relevance(loader);
  const commandLine = readCommandLineInputs(options, diagnostics);
  const callees = /* @__PURE__ */ new Set();
  for (const source of modules) for (const dir of relevance.localCallees(source.absoluteDir)) callees.add(dir);
  const roots = modules.filter((m) => !callees.has(m.absoluteDir));
  const skipped = { modules: 0, files: 0 };
  const resources = [];
  for (const source of roots) {
    if (options.prune !== false && !relevance.relevant(source.absoluteDir)) {
      skipped.modules++;
      skipped.files += source.files.length;
      appendAll(diagnostics, relevance.unreadable(source.absoluteDir));
      continue;
    }
    const tree = loader.loadRoot(source.absoluteDir, source.files);
    if (tree.files.length === 0) continue;
    const inputs = /* @__PURE__ */ new Map();
    for (const varFile of source.autoVarFiles) {
      for (const a of readVarFile(path7.resolve(options.root, varFile), varFile, diagnostics)) inputs.set(a.name, { kind: "tfvars", expr: a.expr });
    }
    for (const [name, input2] of commandLine) inputs.set(name, input2);
    appendAll(resources, isolated(source.dir, diagnostics, () => evaluateRootModule(source.dir, tree, inputs, diagnostics)) ?? []);
  }
  return { resources, diagnostics, suppressions: loader.suppressions(), skipped };
}
function readCommandLineInputs(options, diagnostics) {
  const inputs = /* @__PURE__ */ new Map();
  for (const input2 of options.commandLine) {
    if (input2.kind === "var-file") {
      const file = toPosix(path7.relative(options.root, path7.resolve(input2.path)));
      for (const a of readVarFile(path7.resolve(input2.path), file, diagnostics)) inputs.set(a.name, { kind: "tfvars", expr: a.expr });
      continue;
    }
    const parsed = parseCommandLineVar(input2.assignment);
    if (parsed) inputs.set(parsed.name, parsed.input);
  }
  return inputs;
}
function parseCommandLineVar(assignment) {
  const eq = assignment.indexOf("=");
  if (eq <= 0) return void 0;
  const name = assignment.slice(0, eq).trim();
  const raw = assignment.slice(eq + 1);
  const { config, problems } = readNativeConfig(`v = ${raw}
`, "--var");
  const attribute2 = problems.length === 0 ? config?.body.attributes[0] : void 0;
  const expr = attribute2?.expr ?? { kind: "unsupported", reason: `--var ${name}: the value is not a valid HCL expression`, span: COMMAND_LINE_SPAN };
  return { name, input: { kind: "cli-var", expr, raw } };
}
var COMMAND_LINE_SPAN;
var init_hcl = __esm({
  "src/frontends/hcl/index.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_discover();
    init_module_loader();
    init_relevance();
    init_module();
    init_native_syntax();
    init_read_config();
    init_append();
    COMMAND_LINE_SPAN = { file: "--var", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  }
});

// src/frontends/plan/document.ts
function schemaProblem(document) {
  validator ??= new import_ajv.Ajv({ allErrors: false, strict: false }).compile(SHOW_DOCUMENT_SCHEMA);
  if (validator(document)) return void 0;
  const error = validator.errors?.[0];
  return error ? describeSchemaError(error) : "it does not match the structure of terraform show -json output";
}
function describeSchemaError(error) {
  const where = error.instancePath === "" ? "the document" : error.instancePath;
  return `${where} ${error.message ?? "is not as expected"}`;
}
function classifyDocument(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { kind: "foreign", why: "it is not a JSON object" };
  const o = data;
  if ("plan_format_version" in o) {
    return { kind: "foreign", why: 'it is a redacted plan from HCP Terraform / Terraform Cloud (plan_format_version); export the plan with "terraform show -json <planfile>"' };
  }
  if ("remote_plan_format" in o) return { kind: "foreign", why: 'it points at a remote plan in HCP Terraform / Terraform Cloud; export it with "terraform show -json <planfile>"' };
  if (typeof o["version"] === "number" && "lineage" in o) {
    if (o["version"] === 4 && Array.isArray(o["resources"])) return { kind: "raw-state", state: data };
    return { kind: "foreign", why: `it is a raw state file of version ${String(o["version"])}; tf-acr-lint reads version 4, or the output of "terraform show -json"` };
  }
  if (!("format_version" in o)) {
    return { kind: "foreign", why: 'it has no "format_version": it is not the output of "terraform show -json" or "tofu show -json"' };
  }
  if (!("planned_values" in o) && !("resource_changes" in o) && !("values" in o)) {
    return { kind: "empty", why: 'it holds no resources (the "show -json" output of an empty state or plan)' };
  }
  return { kind: "show", document: data };
}
var import_ajv, SHOW_MODULE, CONFIG_MODULE, SHOW_DOCUMENT_SCHEMA, validator;
var init_document = __esm({
  "src/frontends/plan/document.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    import_ajv = __toESM(require_ajv(), 1);
    SHOW_MODULE = {
      type: "object",
      properties: {
        address: { type: "string" },
        resources: {
          type: "array",
          items: {
            type: "object",
            required: ["address", "mode", "type", "name"],
            properties: { address: { type: "string" }, mode: { enum: ["managed", "data"] }, type: { type: "string" }, name: { type: "string" }, values: { type: ["object", "null"] } }
          }
        },
        child_modules: { type: "array", items: { $ref: "#/definitions/showModule" } }
      }
    };
    CONFIG_MODULE = {
      type: "object",
      properties: {
        resources: {
          type: "array",
          items: { type: "object", required: ["address", "type", "name"], properties: { address: { type: "string" }, expressions: { type: "object" } } }
        },
        module_calls: {
          type: "object",
          additionalProperties: {
            type: "object",
            properties: { source: { type: "string" }, version_constraint: { type: "string" }, expressions: { type: "object" }, module: { $ref: "#/definitions/configModule" } }
          }
        },
        outputs: { type: "object" }
      }
    };
    SHOW_DOCUMENT_SCHEMA = {
      type: "object",
      required: ["format_version"],
      definitions: { showModule: SHOW_MODULE, configModule: CONFIG_MODULE },
      properties: {
        format_version: { type: "string", pattern: "^[01]\\.[0-9]+$" },
        planned_values: { type: "object", properties: { root_module: { $ref: "#/definitions/showModule" } } },
        values: { type: "object", properties: { root_module: { $ref: "#/definitions/showModule" } } },
        resource_changes: {
          type: "array",
          items: {
            type: "object",
            required: ["address", "mode", "type", "name", "change"],
            properties: {
              address: { type: "string" },
              mode: { enum: ["managed", "data"] },
              type: { type: "string" },
              name: { type: "string" },
              change: { type: "object", required: ["actions"], properties: { actions: { type: "array", items: { type: "string" } } } }
            }
          }
        },
        configuration: { type: "object", properties: { root_module: { $ref: "#/definitions/configModule" } } }
      }
    };
  }
});

// src/frontends/plan/address-places.ts
function skipSpace(text, at2, step) {
  let i = at2;
  for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(i)) i += step;
  return i;
}
function closingQuote(text, from) {
  for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}
var AddressPlaces, ADDRESS_KEY, OPEN_BRACE, COMMA, COLON, QUOTE, BACKSLASH;
var init_address_places = __esm({
  "src/frontends/plan/address-places.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_source_text();
    AddressPlaces = class {
      constructor(text, file) {
        this.text = text;
        this.file = file;
        this.changesAt = Math.max(0, text.indexOf('"resource_changes"'));
      }
      text;
      file;
      changesAt;
      /** Start and end offsets of the first `"address": "…"` entry of each address, from `changesAt` on and before it. */
      fromChanges;
      beforeChanges;
      source;
      span(address) {
        this.fromChanges ??= this.scan(this.changesAt, this.text.length);
        let entry = this.fromChanges.get(address);
        if (entry === void 0 && this.changesAt > 0) {
          this.beforeChanges ??= this.scan(0, this.changesAt);
          entry = this.beforeChanges.get(address);
        }
        if (entry === void 0) return void 0;
        this.source ??= new SourceText(this.file, this.text);
        return this.source.span(entry[0], entry[1]);
      }
      /**
       * The first entry of each address that starts in [from, to); the text is valid JSON, so none
       * straddles `to`. An entry is the key `"address"` (just after `{` or `,`), a colon and a string.
       */
      scan(from, to) {
        const found = /* @__PURE__ */ new Map();
        const text = this.text;
        for (let at2 = text.indexOf(ADDRESS_KEY, from); at2 !== -1 && at2 < to; at2 = text.indexOf(ADDRESS_KEY, at2 + ADDRESS_KEY.length)) {
          const before = text.charCodeAt(skipSpace(text, at2 - 1, -1));
          if (before !== OPEN_BRACE && before !== COMMA) continue;
          const colon = skipSpace(text, at2 + ADDRESS_KEY.length, 1);
          if (text.charCodeAt(colon) !== COLON) continue;
          const open = skipSpace(text, colon + 1, 1);
          if (text.charCodeAt(open) !== QUOTE) continue;
          const close = closingQuote(text, open + 1);
          if (close === -1) break;
          const raw = text.slice(open + 1, close);
          const address = raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
          if (!found.has(address)) found.set(address, [at2, close + 1]);
        }
        return found;
      }
    };
    ADDRESS_KEY = '"address"';
    OPEN_BRACE = 123;
    COMMA = 44;
    COLON = 58;
    QUOTE = 34;
    BACKSLASH = 92;
  }
});

// src/frontends/plan/references.ts
function resourceAddress(parsed, scope) {
  const [head, second, third] = parsed.parts;
  if (parsed.modules.length > 0 || head === void 0 || second === void 0) return void 0;
  switch (head) {
    case "var":
    case "each":
    case "local":
    case "count":
    case "path":
    case "terraform":
    case "self":
      return void 0;
    case "data":
      return third === void 0 ? void 0 : `${scope.prefix}data.${second}.${third}${keySuffix(parsed.key)}`;
    default:
      return `${scope.prefix}${head}.${second}${keySuffix(parsed.key)}`;
  }
}
function wholeCall(parsed) {
  const [only, ...others] = parsed.modules;
  return only !== void 0 && others.length === 0 && only.key === void 0 && parsed.parts.length === 0 ? only.name : void 0;
}
function isNode(step) {
  return typeof step === "object" && !Array.isArray(step);
}
function isEach(parsed) {
  return parsed.modules.length === 0 && parsed.parts[0] === "each";
}
function argument(call, name) {
  const expression = call?.expressions?.[name];
  return isExpression(expression) ? expression : void 0;
}
function referencesOf(expression) {
  const refs = expression?.references;
  if (!Array.isArray(refs)) return [];
  return refs.every((r) => typeof r === "string") ? refs : refs.filter((r) => typeof r === "string");
}
function isExpression(e) {
  return e !== null && typeof e === "object" && !Array.isArray(e) && ("references" in e || "constant_value" in e);
}
function sameSteps(a, b) {
  return a.length === b.length && a.every((step, i) => step.name === b[i].name && step.key === b[i].key);
}
function keySuffix(key) {
  return key === void 0 ? "" : `[${key}]`;
}
var MAX_MODULE_DEPTH, MAX_REACHED, MAX_SCOPES, ConfigIndex, NONE, TOO_MANY;
var init_references = __esm({
  "src/frontends/plan/references.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_address();
    init_value();
    MAX_MODULE_DEPTH = 256;
    MAX_REACHED = 256;
    MAX_SCOPES = 1e5;
    ConfigIndex = class {
      modules = /* @__PURE__ */ new Map();
      /** Parsed references: a configuration's few references recur in every instance of its modules and resources. */
      parsed = /* @__PURE__ */ new Map();
      /** Module instances met so far, by instance path (`module.a["x"].`). */
      scopes = /* @__PURE__ */ new Map();
      /** Those whose path a damaged address spells like another's, by their steps. */
      spelledAlike = /* @__PURE__ */ new Map();
      /** The `each.*` references of each expression met. */
      eachReferences = /* @__PURE__ */ new Map();
      /**
       * Set when something was not followed for its size: an expression reaching more than
       * MAX_REACHED resources, or a reference into a module instance past MAX_SCOPES.
       */
      overflowed = false;
      /** Each module's resources by address (the first of an address, should a damaged document repeat one). */
      resources = /* @__PURE__ */ new Map();
      constructor(root) {
        if (root) this.add("", root);
      }
      add(path12, module) {
        this.modules.set(path12, module);
        for (const [name, call] of Object.entries(module.module_calls ?? {})) {
          if (call.module) this.add(path12 === "" ? name : `${path12}.${name}`, call.module);
        }
      }
      /** The configuration of the resource at `local` (`azurerm_x.y`, no instance key) in a module instance. */
      resource(scope, local) {
        const config = scope.config;
        if (!config?.resources) return void 0;
        let byAddress = this.resources.get(config);
        if (!byAddress) {
          byAddress = /* @__PURE__ */ new Map();
          for (const r of config.resources) if (!byAddress.has(r.address)) byAddress.set(r.address, r);
          this.resources.set(config, byAddress);
        }
        return byAddress.get(local);
      }
      /** The module instance at `modules` (the instance path of a resource), where its references are resolved. */
      scope(modules) {
        const prefix = modulePrefix(modules);
        const met = this.scopes.get(prefix);
        if (met && sameSteps(met.modules, modules)) return met;
        const steps = met ? JSON.stringify(modules) : void 0;
        const alike = steps !== void 0 ? this.spelledAlike.get(steps) : void 0;
        if (alike) return alike;
        const last = modules[modules.length - 1];
        const parent = last ? this.scope(modules.slice(0, -1)) : void 0;
        const call = last ? parent?.config?.module_calls?.[last.name] : void 0;
        const scope = {
          modules,
          prefix,
          parent,
          call,
          config: this.modules.get(configPath(modules)),
          element: parent && last?.key !== void 0 ? this.element(call?.for_each_expression, parent, last.key, false) : void 0,
          reached: /* @__PURE__ */ new Map(),
          arguments: /* @__PURE__ */ new Map(),
          resolved: /* @__PURE__ */ new Map(),
          withoutElement: /* @__PURE__ */ new Map()
        };
        if (steps === void 0) this.scopes.set(prefix, scope);
        else this.spelledAlike.set(steps, scope);
        return scope;
      }
      /**
       * The resource addresses a resource's expression (an attribute, its `for_each`) refers to,
       * resolved from the module instance `scope`: every resource it reaches through module outputs
       * and call arguments. `eachOf` is what the resource's own `for_each` gives this instance (see
       * `element`): `each.value` then means it; elsewhere `each.*` names no resource.
       */
      resolve(expression, scope, eachOf) {
        if (!expression) return NONE;
        const eachReferences = this.eachReferencesOf(expression);
        if (eachReferences.length === 0) return this.resolveHere(expression, scope, scope.resolved);
        const rest = this.resolveHere(expression, scope, scope.withoutElement);
        if (eachOf === void 0) return rest;
        const own = [];
        for (const ref of eachReferences) {
          const step = this.step(this.parse(ref), scope, eachOf);
          if (step !== void 0) own.push(this.follow(step));
        }
        return this.union([...own, rest]);
      }
      /** What `expression` names from `scope` where `each.value` names nothing, kept in `keptIn`. */
      resolveHere(expression, scope, keptIn) {
        const kept = keptIn.get(expression);
        if (kept) return kept;
        const lists = [];
        for (const ref of referencesOf(expression)) {
          const step = this.step(this.parse(ref), scope, void 0);
          if (step !== void 0) lists.push(this.follow(step));
        }
        const resolved = this.union(lists);
        keptIn.set(expression, resolved);
        return resolved;
      }
      /** An expression's `each.*` references, found once per expression. */
      eachReferencesOf(expression) {
        let found = this.eachReferences.get(expression);
        if (found === void 0) this.eachReferences.set(expression, found = referencesOf(expression).filter((ref) => isEach(this.parse(ref))));
        return found;
      }
      /** What a step outside a search reaches. */
      follow(step) {
        return typeof step === "string" ? [step] : isNode(step) ? this.reach(step) : step;
      }
      /** The addresses of `lists`, each once; TOO_MANY when they are more than MAX_REACHED or one of them is. */
      union(lists) {
        if (lists.includes(TOO_MANY)) return TOO_MANY;
        const merged = mergeRefLists(lists) ?? NONE;
        if (merged.length <= MAX_REACHED) return merged;
        this.overflowed = true;
        return TOO_MANY;
      }
      /**
       * What a module output or call argument reaches, found once per scope (per module instance for
       * an argument with `each.*`). The search keeps its own stack, so a chain of any length is
       * followed without deepening the call stack, and each expression is searched once, cycles
       * included; what each keeps is at most MAX_REACHED addresses, so the work is linear in the
       * configuration's references times that.
       */
      reach(start) {
        const kept = start.keptIn.get(start.expression);
        if (kept) return kept;
        const met = /* @__PURE__ */ new Map();
        const stack = [];
        const path12 = [];
        let entered = 0;
        const enter = (node) => {
          const index = entered++;
          const references = node.rest ? this.eachReferencesOf(node.expression) : referencesOf(node.expression);
          const visit2 = { node, references, next: 0, rest: node.rest, index, low: index, lists: [] };
          let inMap = met.get(node.keptIn);
          if (!inMap) met.set(node.keptIn, inMap = /* @__PURE__ */ new Map());
          inMap.set(node.expression, visit2);
          stack.push(visit2);
          path12.push(visit2);
        };
        let result2 = NONE;
        enter(start);
        while (path12.length > 0) {
          const visit2 = path12[path12.length - 1];
          if (visit2.next < visit2.references.length || visit2.rest) {
            let step;
            if (visit2.next < visit2.references.length) step = this.step(this.parse(visit2.references[visit2.next++]), visit2.node.scope, visit2.node.eachOf);
            else [step, visit2.rest] = [visit2.rest, void 0];
            if (step === void 0) continue;
            if (!isNode(step)) {
              visit2.lists.push(typeof step === "string" ? [step] : step);
              continue;
            }
            const done = step.keptIn.get(step.expression);
            if (done) {
              visit2.lists.push(done);
              continue;
            }
            const onStack = met.get(step.keptIn)?.get(step.expression);
            if (onStack) visit2.low = Math.min(visit2.low, onStack.index);
            else enter(step);
            continue;
          }
          path12.pop();
          const caller = path12[path12.length - 1];
          if (visit2.low < visit2.index) {
            caller.low = Math.min(caller.low, visit2.low);
            continue;
          }
          const members = stack.splice(stack.lastIndexOf(visit2));
          const reached = this.union(members.flatMap((m) => m.lists));
          for (const { node } of members) node.keptIn.set(node.expression, reached);
          if (caller) caller.lists.push(reached);
          else result2 = reached;
        }
        return result2;
      }
      /**
       * What `each.value` means in the instance with `key` of a block whose `for_each` is `forEach`,
       * resolved in `scope`: the same-keyed instance of the module call it names (`module.acr`), or of
       * the one resource it names (`azurerm_x.y`) and nothing else. With `follow`, the resource may be
       * named through variables and outputs (for a resource's own `for_each`); without it, only
       * directly (for a module call's, which is read while module instances are being made).
       */
      element(forEach, scope, key, follow) {
        const references = referencesOf(forEach);
        const calls = references.map((ref) => wholeCall(this.parse(ref)));
        const call = calls[0];
        if (call !== void 0 && calls.every((c) => c === call)) return scope.modules.length < MAX_MODULE_DEPTH ? { module: [...scope.modules, { name: call, key }] } : void 0;
        if (calls.some((c) => c !== void 0)) return void 0;
        const named = follow ? this.resolve(forEach, scope) : references.map((ref) => resourceAddress(this.parse(ref), scope));
        let only;
        for (const address of named) {
          if (address === void 0) return void 0;
          if (address.endsWith("]") || address === only) continue;
          if (only !== void 0) return void 0;
          only = address;
        }
        return only === void 0 ? void 0 : `${only}[${key}]`;
      }
      /** The output `name` of the module instance at `modules`, to resolve there; undefined when it has none, TOO_MANY past MAX_SCOPES. */
      output(modules, name) {
        if (this.scopes.size + this.spelledAlike.size >= MAX_SCOPES && !this.scopes.has(modulePrefix(modules))) {
          this.overflowed = true;
          return TOO_MANY;
        }
        const module = this.scope(modules);
        const expression = module.config?.outputs?.[name]?.expression;
        return isExpression(expression) ? { scope: module, expression, eachOf: void 0, keptIn: module.reached } : void 0;
      }
      parse(ref) {
        let parsed = this.parsed.get(ref);
        if (!parsed) this.parsed.set(ref, parsed = parseAddress(ref));
        return parsed;
      }
      /** Where a reference leads from `scope`, where `each.value` is `eachOf`; undefined when it names no resource. */
      step(parsed, scope, eachOf) {
        const [head, second, third] = parsed.parts;
        if (head === void 0) return void 0;
        if (parsed.modules.length > 0) {
          if (scope.modules.length + parsed.modules.length > MAX_MODULE_DEPTH) return void 0;
          return this.output([...scope.modules, ...parsed.modules], head);
        }
        switch (head) {
          case "var": {
            const expression = second === void 0 ? void 0 : argument(scope.call, second);
            if (!expression || !scope.parent) return void 0;
            const shared = { scope: scope.parent, expression, eachOf: void 0, keptIn: scope.parent.reached };
            if (scope.element === void 0 || this.eachReferencesOf(expression).length === 0) return shared;
            return { scope: scope.parent, expression, eachOf: scope.element, keptIn: scope.arguments, rest: shared };
          }
          case "each":
            if (second !== "value" || eachOf === void 0) return void 0;
            return typeof eachOf === "string" ? eachOf : third === void 0 ? void 0 : this.output(eachOf.module, third);
          default:
            return resourceAddress(parsed, scope);
        }
      }
    };
    NONE = Object.freeze([]);
    TOO_MANY = Object.freeze([]);
  }
});

// src/frontends/plan/planned-values.ts
function attributeLinks(expressions, resolve) {
  const field2 = (exprs, name) => {
    if (exprs === null || typeof exprs !== "object" || !Object.hasOwn(exprs, name)) return void 0;
    const expression = exprs[name];
    return isExpression(expression) ? { refs: resolve(expression) } : void 0;
  };
  return {
    key(name) {
      if (!Object.hasOwn(expressions, name)) return void 0;
      const expression = expressions[name];
      if (isExpression(expression)) return { refs: resolve(expression) };
      const blocks = Array.isArray(expression) ? expression : [expression];
      return { item: (index) => blocks[index] ? { key: (name2) => field2(blocks[index], name2) } : void 0 };
    }
  };
}
function planAttributes(after, afterUnknown, address, options = {}) {
  const planned = { address, origin: { provenance: { kind: "plan", address }, via: [] }, afterApply: `${address}: known only after apply`, shared: {} };
  const { links, provenance } = options;
  const value = planValue(after ?? {}, afterUnknown, planned, links?.key ? { key: links.key } : void 0, 0);
  const attributes = value.known && value.value instanceof Map ? value.value : /* @__PURE__ */ new Map();
  if (provenance) {
    for (const [name, other] of provenance) {
      const v = attributes.get(name);
      if (v) attributes.set(name, { ...v, origin: { ...v.origin, provenance: other } });
    }
  }
  return attributes;
}
function isObject(data) {
  return data !== null && typeof data === "object" && !Array.isArray(data);
}
function planValue(data, mask, planned, links, depth) {
  const { origin, shared } = planned;
  const refs = links?.refs;
  if (mask === true) return refs?.length ? unknown(planned.afterApply, origin, refs) : shared.afterApply ??= unknown(planned.afterApply, origin);
  if (depth > MAX_NESTING) return unknown(`${planned.address}: nested deeper than ${MAX_NESTING} levels; tf-acr-lint reads no deeper`, origin, refs);
  if (Array.isArray(data)) {
    const masks = Array.isArray(mask) ? mask : [];
    return known(
      data.map((e, i) => planValue(e, masks[i], planned, links?.item?.(i), depth + 1)),
      origin,
      refs
    );
  }
  if (data !== null && typeof data === "object") {
    const masks = isObject(mask) ? mask : NO_MASKS;
    const map2 = /* @__PURE__ */ new Map();
    for (const k of Object.keys(data)) map2.set(k, planValue(data[k], Object.hasOwn(masks, k) ? masks[k] : void 0, planned, links?.key?.(k), depth + 1));
    if (masks !== NO_MASKS) {
      for (const k of Object.keys(masks)) if (!map2.has(k) && masks[k] === true) map2.set(k, planValue(void 0, true, planned, links?.key?.(k), depth + 1));
    }
    return known(map2, origin, refs);
  }
  if (!refs?.length && (data === void 0 || data === null || typeof data === "boolean")) {
    const key = data === void 0 || data === null ? "null" : data ? "true" : "false";
    return shared[key] ??= known(data ?? null, origin);
  }
  return known(data, origin, refs);
}
var NO_MASKS;
var init_planned_values = __esm({
  "src/frontends/plan/planned-values.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_value();
    init_native_syntax();
    init_references();
    NO_MASKS = Object.freeze({});
  }
});

// src/frontends/plan/read-plan.ts
function readPlanDocument(text, file) {
  const diagnostics = [];
  return isolated(file, diagnostics, () => readDocument(text, file, diagnostics)) ?? { resources: [], diagnostics };
}
function readDocument(text, file, diagnostics) {
  const fail2 = (severity, message, line, column) => {
    diagnostics.push({ severity, file, message, ...line !== void 0 ? { line, column: column ?? 1 } : {} });
    return { resources: [], diagnostics };
  };
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = jsonErrorPosition(text, error);
    return fail2("error", `invalid JSON${where ? ` at line ${where.line}, column ${where.column}` : ""}: ${error.message}`, where?.line, where?.column);
  }
  const kind = classifyDocument(data);
  if (kind.kind === "foreign") return fail2("error", `not a plan or state document: ${kind.why}`);
  if (kind.kind === "empty") return fail2("note", `nothing to lint: ${kind.why}`);
  const places = new AddressPlaces(text, file);
  if (kind.kind === "raw-state") return { resources: rawStateResources(kind.state, file, places), diagnostics };
  const problem = schemaProblem(data);
  if (problem) return fail2("error", `not a plan or state document tf-acr-lint can read: ${problem}`);
  const reader = new PlanReader(kind.document, file, places);
  const resources = reader.resources();
  if (reader.overflowed) {
    diagnostics.push({
      severity: "warning",
      file,
      message: `some references in the configuration were not followed: an expression reaches more than ${MAX_REACHED} resources through module outputs and arguments, or names module instances past the first ${MAX_SCOPES.toLocaleString("en-US")}; the attributes they set link to no resource, and rules that need the link say they cannot check`
    });
  }
  return { resources, diagnostics };
}
function jsonErrorPosition(text, error) {
  const m = /position (\d+)/.exec(String(error.message));
  const offset = m ? Number(m[1]) : /Unexpected end of JSON input/.test(String(error)) ? text.length : void 0;
  if (offset === void 0) return void 0;
  const pos = new SourceText("", text).pos(offset);
  return { line: pos.line, column: pos.column };
}
function isLinted(change) {
  const actions = change.change.actions;
  return actions.includes("create") || actions.includes("update") || actions.includes("no-op") || actions.includes("read");
}
function showModuleResources(module) {
  if (!module) return [];
  return [...module.resources ?? [], ...(module.child_modules ?? []).flatMap(showModuleResources)];
}
function rawStateResources(state, file, places) {
  return (state.resources ?? []).flatMap(
    (r) => (r.instances ?? []).map((instance) => {
      const key = instance.index_key;
      const local = `${r.mode === "data" ? "data." : ""}${r.type}.${r.name}${key === void 0 ? "" : `[${JSON.stringify(key)}]`}`;
      const address = r.module ? `${r.module}.${local}` : local;
      const header = places.span(address);
      return {
        root: file,
        address,
        mode: r.mode,
        type: r.type,
        name: r.name,
        ...key !== void 0 ? { instanceKey: key } : {},
        attributes: planAttributes(instance.attributes ?? {}, void 0, address),
        ...header ? { span: header, headerSpan: header } : {}
      };
    })
  );
}
var PlanReader, ODD_IN_NAMES;
var init_read_plan = __esm({
  "src/frontends/plan/read-plan.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_address();
    init_read_config();
    init_source_text();
    init_avm_container_registry();
    init_known_module();
    init_document();
    init_address_places();
    init_planned_values();
    init_references();
    PlanReader = class {
      constructor(document, file, places) {
        this.document = document;
        this.file = file;
        this.places = places;
        this.config = new ConfigIndex(document.configuration?.root_module);
      }
      document;
      file;
      places;
      config;
      /** The known module each module instance met is in, if any. */
      knownModules = /* @__PURE__ */ new Map();
      /** Module instances by the module address resource changes name them with (`module.a["x"]`; `''` for the root). */
      scopesByModule = /* @__PURE__ */ new Map();
      /** Whether some references were not followed for their size (see ConfigIndex.overflowed). */
      get overflowed() {
        return this.config.overflowed;
      }
      resources() {
        if (this.document.resource_changes) {
          return this.document.resource_changes.filter(isLinted).map((c) => this.resource(c.address, c.mode, c.type, c.name, c.index, c.change.after, c.change.after_unknown, c.module_address));
        }
        const root = this.document.planned_values?.root_module ?? this.document.values?.root_module;
        return showModuleResources(root).map((r) => this.resource(r.address, r.mode, r.type, r.name, r.index, r.values, void 0));
      }
      resource(address, mode, type, name, index, after, afterUnknown, moduleAddress) {
        const { scope, local } = this.placeOf(address, moduleAddress, mode, type, name, index);
        const links = scope && this.links(scope, local, index);
        const provenance = scope && local === "azurerm_container_registry.this" ? this.moduleDefaults(scope) : void 0;
        const resource = {
          root: this.file,
          address,
          mode,
          type,
          name,
          attributes: planAttributes(after, afterUnknown, address, { ...links ? { links } : {}, ...provenance ? { provenance } : {} })
        };
        if (index !== void 0) resource.instanceKey = index;
        const header = this.places.span(address);
        if (header) resource.span = resource.headerSpan = header;
        const knownModule = scope && this.knownModule(scope);
        if (knownModule) resource.knownModule = knownModule;
        return resource;
      }
      /**
       * The module instance a resource is in, where its references are resolved (undefined more than
       * MAX_MODULE_DEPTH module calls down: such a resource is read, but not linked), and its address
       * there (`azurerm_x.y`, without instance key). A resource change names its module
       * (`module_address`); where that, its type, name and index spell its address exactly, and the type
       * and name are plain (no `.`, `[`, `]` or `"` that parsing would read otherwise), the instance found
       * by parsing the first such address of a module serves the others.
       */
      placeOf(address, moduleAddress, mode, type, name, index) {
        const module = typeof moduleAddress === "string" ? moduleAddress : "";
        const local = `${mode === "data" ? "data." : ""}${type}.${name}`;
        const spelled = !ODD_IN_NAMES.test(type) && !ODD_IN_NAMES.test(name) && address === `${module === "" ? "" : `${module}.`}${local}${index === void 0 ? "" : `[${JSON.stringify(index)}]`}`;
        if (spelled && this.scopesByModule.has(module)) return { scope: this.scopesByModule.get(module), local };
        const parsed = parseAddress(address);
        const scope = parsed.modules.length <= MAX_MODULE_DEPTH ? this.config.scope(parsed.modules) : void 0;
        const parsedLocal = parsed.parts.join(".");
        if (spelled && parsedLocal === local) this.scopesByModule.set(module, scope);
        return { scope, local: parsedLocal };
      }
      /** The AVM registry module call a module instance is in (or is), if any; once per instance. */
      knownModule(scope) {
        if (this.knownModules.has(scope)) return this.knownModules.get(scope);
        let info;
        const call = scope.call;
        if (call?.source && AVM_CONTAINER_REGISTRY.matches(call.source)) {
          const { release, assumed } = resolveRelease(AVM_CONTAINER_REGISTRY, call.source, call.version_constraint);
          info = { name: AVM_CONTAINER_REGISTRY.name, call: scope.prefix.slice(0, -1), ...assumed ? {} : { version: release.version } };
        } else if (scope.parent) {
          info = this.knownModule(scope.parent);
        }
        this.knownModules.set(scope, info);
        return info;
      }
      /** The references of the resource's attributes, from its `configuration` expressions. */
      links(scope, local, index) {
        const config = this.config.resource(scope, local);
        if (!config?.expressions) return void 0;
        const eachOf = index === void 0 ? void 0 : this.config.element(config.for_each_expression, scope, JSON.stringify(index), true);
        return attributeLinks(config.expressions, (expression) => this.config.resolve(expression, scope, eachOf));
      }
      /**
       * The plan shows a module's defaults as plain values. For the AVM registry module, a registry
       * setting whose input the call does not pass is the module's default: say so, as the HCL
       * front-end's model does. The provenance of each such setting of the registry in `scope`, by
       * attribute name.
       */
      moduleDefaults(scope) {
        const call = scope.call;
        if (!call?.source || !AVM_CONTAINER_REGISTRY.matches(call.source)) return void 0;
        const callAddress = scope.prefix.slice(0, -1);
        const version = call.version_constraint ? `${call.version_constraint} (version constraint)` : "unpinned";
        const defaults = /* @__PURE__ */ new Map();
        for (const input2 of REGISTRY_INPUTS) {
          if (call.expressions?.[input2] !== void 0) continue;
          defaults.set(input2, { kind: "module-default", call: callAddress, input: input2, version, source: AVM_CONTAINER_REGISTRY.name });
        }
        return defaults;
      }
    };
    ODD_IN_NAMES = /[.["\]]/;
  }
});

// src/frontends/plan/source-map.ts
function mapToSources(planResources, hclResources) {
  const exact = new Map(hclResources.map((r) => [r.address, r]));
  const byBase = /* @__PURE__ */ new Map();
  for (const r of hclResources) if (!byBase.has(baseAddress(r.address))) byBase.set(baseAddress(r.address), r);
  return planResources.map((p) => {
    const h = exact.get(p.address) ?? byBase.get(baseAddress(p.address));
    return h ? withSources(p, h) : p;
  });
}
function withSources(p, h) {
  const attributes = /* @__PURE__ */ new Map();
  for (const [name, value] of p.attributes) attributes.set(name, lend(value, h.attributes.get(name)));
  return {
    ...p,
    root: h.root,
    attributes,
    ...h.span ? { span: h.span } : {},
    ...h.headerSpan ? { headerSpan: h.headerSpan } : {},
    ...h.callSpans ? { callSpans: h.callSpans } : {}
  };
}
function lend(planValue2, hclValue) {
  if (!hclValue) return planValue2;
  const scalar = planValue2.known && !Array.isArray(planValue2.value) && !(planValue2.value instanceof Map);
  const same = scalar && deepEqual(planValue2, hclValue);
  const origin = {
    ...same && hclValue.origin.span ? { span: hclValue.origin.span } : {},
    provenance: same ? hclValue.origin.provenance : planValue2.origin.provenance,
    via: hclValue.origin.via
  };
  if (!planValue2.known || !hclValue.known) return { ...planValue2, origin };
  const p = planValue2.value;
  const h = hclValue.value;
  if (Array.isArray(p)) return { ...planValue2, origin, value: p.map((e, i) => lend(e, Array.isArray(h) ? h[i] : void 0)) };
  if (p instanceof Map) {
    const hm = h instanceof Map ? h : Array.isArray(h) && h[0]?.known && h[0].value instanceof Map ? h[0].value : void 0;
    return { ...planValue2, origin, value: new Map([...p].map(([k, e]) => [k, lend(e, hm?.get(k))])) };
  }
  return { ...planValue2, origin };
}
var init_source_map = __esm({
  "src/frontends/plan/source-map.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_address();
    init_evaluate();
  }
});

// src/frontends/plan/index.ts
var plan_exports = {};
__export(plan_exports, {
  readPlanDocuments: () => readPlanDocuments
});
import path8 from "node:path";
function readPlanDocuments(documents, options) {
  const resources = [];
  const diagnostics = [];
  const suppressions = [];
  let documentsRead = 0;
  for (const document of documents) {
    const text = readJsonDocument(document.absolutePath, document.file);
    if (!text.ok) {
      diagnostics.push(text.diagnostic);
      continue;
    }
    const graph = readPlanDocument(text.text, document.file);
    appendAll(diagnostics, graph.diagnostics);
    if (!graph.diagnostics.some((d) => d.severity === "error")) documentsRead++;
    const sources = sourceModule(document, options);
    if (!sources || graph.resources.length === 0) {
      appendAll(resources, graph.resources);
      continue;
    }
    const hcl = readHclModules([sources], { root: options.root, commandLine: options.commandLine, prune: false });
    appendAll(resources, mapToSources(graph.resources, hcl.resources));
    appendAll(suppressions, hcl.suppressions ?? []);
  }
  return { resources, diagnostics, suppressions, documentsRead };
}
function sourceModule(document, options) {
  const dir = options.source ? path8.resolve(options.source) : path8.dirname(document.absolutePath);
  const names = fileNamesIn(dir);
  const module = moduleSourceOf(dir, names, options.root);
  return module.files.length > 0 ? module : void 0;
}
var init_plan = __esm({
  "src/frontends/plan/index.ts"() {
    "use strict";
    init_define_TF_ACR_LINT_PACKAGE();
    init_discover();
    init_read_source();
    init_hcl();
    init_read_plan();
    init_source_map();
    init_append();
  }
});

// src/action-entry.ts
init_define_TF_ACR_LINT_PACKAGE();

// src/action.ts
init_define_TF_ACR_LINT_PACKAGE();
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import path11 from "node:path";

// rules/index.ts
init_define_TF_ACR_LINT_PACKAGE();

// rules/acr-cache-blocked-by-bypass-none.ts
init_define_TF_ACR_LINT_PACKAGE();

// src/engine/describe.ts
init_define_TF_ACR_LINT_PACKAGE();
function originClause(origin) {
  return origin.provenance.kind === "literal" ? "" : ` (${describeProvenance(origin.provenance)})`;
}
function moduleCallHint(value) {
  const p = value.origin.provenance;
  return p.kind === "module-default" || p.kind === "module-argument" ? ` in ${p.call}` : "";
}
function describeProvenance(p) {
  switch (p.kind) {
    case "literal":
      return "written";
    case "provider-default":
      return `not set, so the default applies: ${p.source}`;
    case "variable-default":
      return `the default of variable "${p.variable}"${p.module ? ` in ${p.module}` : ""}`;
    case "tfvars":
      return `variable "${p.variable}" set in a variables file`;
    case "cli-var":
      return `variable "${p.variable}" set with --var on the command line`;
    case "module-argument":
      return `argument "${p.input}" of module call "${p.call}"`;
    case "module-default":
      return `default of ${p.source ?? "the module"}${p.version ? ` ${p.version}` : ""}, "${p.input}" not set in ${p.call}`;
    case "plan":
      return `the plan's value for ${p.address}`;
  }
}

// src/adapt/restriction.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
function restrictionOf(r) {
  const publicAccess = r.settings.publicNetworkAccessEnabled;
  const action = r.settings.networkRuleDefaultAction;
  if (r.settings.sku.known && !equals(r.settings.sku, "Premium", true)) return { kind: "open" };
  if (isFalse(publicAccess)) {
    const written2 = r.paths.publicNetworkAccessEnabled.includes("publicNetworkAccess") ? '"Disabled"' : "false";
    return { kind: "restricted", reason: `${r.paths.publicNetworkAccessEnabled} = ${written2}`, by: publicAccess };
  }
  if (equals(action, "Deny", true)) return { kind: "restricted", reason: `${r.paths.networkRuleDefaultAction} = "Deny"`, by: action };
  const whys = [
    ...!publicAccess.known ? [`${r.paths.publicNetworkAccessEnabled}: ${publicAccess.why}`] : [],
    ...!action.known ? [`${r.paths.networkRuleDefaultAction}: ${action.why}`] : []
  ];
  return whys.length === 0 ? { kind: "open" } : { kind: "unknown", why: whys.join("; ") };
}

// rules/acr-cache-blocked-by-bypass-none.ts
init_value();
var acrCacheBlockedByBypassNone = {
  meta: {
    id: "ACR001",
    name: "acr-cache-blocked-by-bypass-none",
    defaultLevel: "error",
    securitySeverity: 5,
    tags: ["reliability", "networking", "artifact-cache", "azure", "acr"],
    shortDescription: "Artifact Cache cannot store anything: the registry is network-restricted and trusted Azure services are not allowed",
    fullDescription: 'A registry with cache rules that is network-restricted (public network access disabled, or network rules with default action Deny) and has network_rule_bypass_option = "None" cannot be populated by Artifact Cache, as Azure documents. Users report that pulls through the cache rules keep working while the cached repositories stay at 0 tags and 0 manifests, so nothing warns. Set network_rule_bypass_option = "AzureServices".'
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry(ctx, registry);
    for (const rule of ctx.model.orphanCacheRules) {
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.registryId,
        ...rule.registryId ? { value: rule.registryId } : {},
        level: "note",
        message: `Cannot check whether Artifact Cache rule ${rule.resource.address} can store images: its registry is not in the scanned configuration (${rule.paths.registryId}: ${rule.registryId && !rule.registryId.known ? rule.registryId.why : "does not refer to a registry resource here"}). Lint the configuration that defines the registry too, or check its network_rule_bypass_option there.`
      });
    }
  }
};
function checkRegistry(ctx, registry) {
  const certain = registry.cacheRules.filter((r) => r.resource.unknownInstances === void 0);
  const uncertain = registry.cacheRules.filter((r) => r.resource.unknownInstances !== void 0);
  if (certain.length === 0 && uncertain.length === 0) return;
  const restriction = restrictionOf(registry);
  const bypass = registry.settings.networkRuleBypass;
  const bypassIsNone = equals(bypass, "None", true);
  if (restriction.kind === "open" || !bypassIsNone && bypass.known) return;
  const base = {
    subject: registry.resource,
    attribute: registry.paths.networkRuleBypass,
    value: bypass,
    ...restriction.kind === "restricted" ? { context: [{ origin: restriction.by.origin, message: `the registry is network-restricted here (${restriction.reason})` }] } : {}
  };
  const fix2 = `set ${registry.paths.networkRuleBypass} = "AzureServices"${moduleCallHint(bypass)}`;
  if (restriction.kind === "restricted" && bypassIsNone && certain.length > 0) {
    ctx.report({
      ...base,
      message: `Artifact Cache on ${registry.resource.address} cannot store images: the registry is network-restricted (${restriction.reason}) and ${registry.paths.networkRuleBypass} is "None"${originClause(bypass.origin)}, and Azure documents that Artifact Cache cannot populate a network-restricted registry while trusted-services access is disabled. Affected cache rules: ${describeCacheRules(certain)}. Pulls through them may still succeed while the cached repositories stay empty. Fix: ${fix2}.`
    });
    return;
  }
  const unknowns = [
    ...!bypass.known ? [`${registry.paths.networkRuleBypass} is unknown (${bypass.why})`] : [],
    ...restriction.kind === "unknown" ? [`whether the registry is network-restricted is unknown (${restriction.why})`] : [],
    ...certain.length === 0 ? uncertain.map((r) => `whether ${r.resource.address} exists is unknown (${r.resource.unknownInstances})`) : []
  ];
  ctx.report({
    ...base,
    level: "note",
    message: `Cannot prove that Artifact Cache on ${registry.resource.address} can store images: ${unknowns.join("; ")}. If the registry is network-restricted and its bypass is "None", the cache rules ${describeCacheRules([...certain, ...uncertain])} cannot store images. To be safe: ${fix2}.`
  });
}
function describeCacheRules(rules) {
  return rules.map((rule) => {
    const source = stringOf(rule.sourceRepository);
    const target = stringOf(rule.targetRepository);
    return source && target ? `${rule.resource.address} (${source} \u2192 ${target})` : rule.resource.address;
  }).join(", ");
}

// rules/acr-trusted-services-blocked.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrTrustedServicesBlocked = {
  meta: {
    id: "ACR002",
    name: "acr-trusted-services-blocked",
    defaultLevel: "warning",
    securitySeverity: 5,
    tags: ["security", "networking", "azure", "acr"],
    shortDescription: "Trusted Azure services cannot reach the network-restricted registry: its bypass is None",
    fullDescription: 'A network-restricted registry (public network access disabled, or network rules that deny by default) with network_rule_bypass_option = "None" blocks the trusted Azure services that reach it through the firewall exception: Microsoft Defender for Cloud image scanning, ACR import, and Azure Container Instances or Machine Learning using a managed identity. Set network_rule_bypass_option = "AzureServices" unless blocking them is intended.'
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry2(ctx, registry);
  }
};
var SERVICES = "Microsoft Defender for Cloud (vulnerability scanning of the images), ACR import to or from this registry, and Azure Container Instances or Azure Machine Learning pulling with a managed identity";
function checkRegistry2(ctx, registry) {
  if (registry.cacheRules.length > 0) return;
  const restriction = restrictionOf(registry);
  const bypass = registry.settings.networkRuleBypass;
  const bypassIsNone = equals(bypass, "None", true);
  if (restriction.kind === "open" || bypass.known && !bypassIsNone) return;
  const path12 = registry.paths.networkRuleBypass;
  const address = registry.resource.address;
  const base = {
    subject: registry.resource,
    attribute: path12,
    value: bypass,
    ...restriction.kind === "restricted" ? { context: [{ origin: restriction.by.origin, message: `the registry is network-restricted here (${restriction.reason})` }] } : {}
  };
  const fix2 = `set ${path12} = "AzureServices"${moduleCallHint(bypass)}, or keep "None" and suppress this finding if blocking these services is intended`;
  if (restriction.kind === "restricted" && bypassIsNone) {
    ctx.report({
      ...base,
      message: `Trusted Azure services cannot reach ${address}: the registry is network-restricted (${restriction.reason}) and ${path12} is "None"${bypass.origin.provenance.kind === "module-default" ? "" : originClause(bypass.origin)}, which turns off the "Allow trusted Microsoft services" firewall exception. Blocked: ${SERVICES}.${moduleDefaultNote(bypass)} Fix: ${fix2}.`
    });
    return;
  }
  const unknowns = [
    ...!bypass.known ? [`${path12} is unknown (${bypass.why})`] : [],
    ...restriction.kind === "unknown" ? [`whether the registry is network-restricted is unknown (${restriction.why})`] : []
  ];
  ctx.report({
    ...base,
    level: "note",
    message: `Cannot tell whether trusted Azure services can reach ${address}: ${unknowns.join("; ")}. If the registry is network-restricted and ${path12} is "None", ${SERVICES} are blocked.${moduleDefaultNote(bypass)} To let them through: set ${path12} = "AzureServices"${moduleCallHint(bypass)}.`
  });
}
function moduleDefaultNote(bypass) {
  const p = bypass.origin.provenance;
  if (p.kind !== "module-default") return "";
  const module = `${p.source ?? "the module"}${p.version ? ` ${p.version}` : ""}`;
  return ` Nobody wrote this "None": it is the default of ${module} for "${p.input}", which ${p.call} does not set (the azurerm provider and ARM default to "AzureServices"; the module has defaulted to "None" in every release from 0.1.0 to 0.8.0).`;
}

// rules/acr-cache-upstream-needs-credentials.ts
init_define_TF_ACR_LINT_PACKAGE();

// src/adapt/repository.ts
init_define_TF_ACR_LINT_PACKAGE();

// src/model/positions.ts
init_define_TF_ACR_LINT_PACKAGE();
function addPosition(index, key, position) {
  const positions = index.get(key);
  if (positions) positions.push(position);
  else index.set(key, [position]);
}
function itemsAt(items, positions) {
  return [...new Set(positions)].sort((a, b) => a - b).map((position) => items[position]);
}

// src/adapt/once-for.ts
init_define_TF_ACR_LINT_PACKAGE();
function onceFor(cache, key, make) {
  let value = cache.get(key);
  if (value === void 0) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

// src/adapt/repository.ts
function parseRepository(text) {
  let rest = text;
  let digest;
  const at2 = rest.indexOf("@");
  if (at2 >= 0) {
    digest = rest.slice(at2 + 1);
    rest = rest.slice(0, at2);
  }
  let host;
  const slash = rest.indexOf("/");
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      host = first.toLowerCase();
      rest = rest.slice(slash + 1);
    }
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const segments2 = rest === "" ? [] : rest.split("/");
  const wildcard = segments2.length > 0 && segments2[segments2.length - 1] === "*";
  const repo = { text, path: rest, segments: segments2, wildcard, upperCase: /[A-Z]/.test(text) };
  if (host !== void 0) repo.host = host;
  if (tag !== void 0) repo.tag = tag;
  if (digest !== void 0) repo.digest = digest;
  if (wildcard) repo.wildcardPrefix = rest.slice(0, -1);
  return repo;
}
var UPSTREAMS_AS_OF = "2026-05-21";
var UPSTREAMS_DOC = "https://learn.microsoft.com/azure/container-registry/artifact-cache-overview";
var UPSTREAMS = [
  { pattern: "docker.io", name: "Docker Hub", auth: "authenticated" },
  { pattern: "dhi.io", name: "Docker Hardened Images", auth: "authenticated" },
  { pattern: "*.azurecr.io", name: "Azure Container Registry", auth: "authenticated" },
  { pattern: "mcr.microsoft.com", name: "Microsoft Artifact Registry", auth: "anonymous" },
  { pattern: "public.ecr.aws", name: "AWS ECR Public Gallery", auth: "anonymous" },
  { pattern: "ghcr.io", name: "GitHub Container Registry", auth: "both" },
  { pattern: "quay.io", name: "Quay", auth: "both" },
  { pattern: "registry.k8s.io", name: "Kubernetes registry", auth: "both" },
  { pattern: "*.pkg.dev", name: "Google Artifact Registry", auth: "authenticated" },
  { pattern: "gcr.io", name: "Google Container Registry", auth: "both" },
  { pattern: "*.gcr.io", name: "Google Container Registry", auth: "both" },
  { pattern: "nvcr.io", name: "NVIDIA NGC", auth: "both" },
  { pattern: "registry.redhat.io", name: "Red Hat Registry", auth: "authenticated" },
  { pattern: "registry.access.redhat.com", name: "Red Hat Public Registry", auth: "anonymous" }
];
function upstreamOf(host) {
  const h = host.toLowerCase();
  return UPSTREAMS.find((u) => u.pattern.startsWith("*.") ? h.endsWith(u.pattern.slice(1)) && h.length > u.pattern.length - 1 : h === u.pattern);
}
var knownPaths = { sourceRepository: /* @__PURE__ */ new WeakMap(), targetRepository: /* @__PURE__ */ new WeakMap() };
function knownRepository(rule, field2) {
  const value = rule[field2];
  const text = value.known && typeof value.value === "string" ? value.value : void 0;
  if (text === void 0) return void 0;
  const cached = knownPaths[field2].get(rule);
  if (cached?.text === text) return cached;
  const repo = parseRepository(text);
  knownPaths[field2].set(rule, repo);
  return repo;
}
var knownSources = /* @__PURE__ */ new WeakMap();
function knownSource(rule) {
  const repo = knownRepository(rule, "sourceRepository");
  if (repo === void 0) return void 0;
  const cached = knownSources.get(rule);
  if (cached?.repo === repo) return cached;
  const upstream = repo.host !== void 0 ? upstreamOf(repo.host) : void 0;
  const source = upstream ? { repo, upstream } : { repo };
  knownSources.set(rule, source);
  return source;
}
function upstreamList() {
  return UPSTREAMS.map((u) => u.pattern).join(", ");
}
var DOCKER_HUB = "docker.io";
var OverlapIndex = class {
  byText = /* @__PURE__ */ new Map();
  /** Wildcards by their prefix. */
  byPrefix = /* @__PURE__ */ new Map();
  /** Wildcards by each beginning of their prefix (the prefix itself included). */
  byBeginning = /* @__PURE__ */ new Map();
  /** Adds a target under `index`, which must be greater than every index added before. */
  add(repo, index) {
    if (!repo.wildcard) {
      addPosition(this.byText, repo.text, index);
      return;
    }
    const prefix = repo.wildcardPrefix ?? "";
    addPosition(this.byPrefix, prefix, index);
    for (const beginning of beginnings(prefix)) addPosition(this.byBeginning, beginning, index);
  }
  /**
   * The indices of the targets added so far that overlap `repo`, as lists in ascending order that
   * share no index (read-only: they are the index's own). Their total length may be every target
   * added, so a caller that needs only a few should not copy them.
   */
  overlapping(repo) {
    if (!repo.wildcard) return [this.byText.get(repo.text) ?? []];
    const prefix = repo.wildcardPrefix ?? "";
    const lists = [this.byBeginning.get(prefix) ?? []];
    for (const beginning of beginnings(prefix)) if (beginning !== prefix) lists.push(this.byPrefix.get(beginning) ?? []);
    return lists;
  }
};
function beginnings(prefix) {
  const out = [""];
  for (let slash = prefix.indexOf("/"); slash !== -1; slash = prefix.indexOf("/", slash + 1)) out.push(prefix.slice(0, slash + 1));
  return out;
}
var cacheRulesOf = /* @__PURE__ */ new WeakMap();
function allCacheRules(model) {
  return onceFor(cacheRulesOf, model, () => [
    ...model.registries.flatMap((registry) => registry.cacheRules.map((rule) => ({ rule, registry }))),
    ...model.orphanCacheRules.map((rule) => ({ rule }))
  ]);
}
var AVM_FIELDS = {
  sourceRepository: "source_repository",
  targetRepository: "target_repository",
  credentialSetId: "credential_set_key / credential_set_resource_id"
};
function cacheRuleField(rule, field2) {
  if (!rule.avm) return rule.paths[field2];
  return `cache_rules[${rule.avm.key}].${field2 === "credentialSetId" ? avmCredentialInput(rule.credentialSetId) : AVM_FIELDS[field2]} of ${rule.avm.call}`;
}
function avmCredentialInput(v) {
  if (!v.known && (v.refs ?? []).some((r) => r.includes(".module.credential_set["))) return "credential_set_key";
  if (v.known && typeof v.value === "string" && v.value !== "") return "credential_set_resource_id";
  return AVM_FIELDS.credentialSetId;
}
function knownNoCredentialSet(v) {
  return v.known && (v.value === null || v.value === "");
}
var setAddresses = /* @__PURE__ */ new WeakMap();
function credentialSetAddresses(model) {
  return onceFor(setAddresses, model, () => new Set(model.registries.flatMap((r) => r.credentialSets.map((c) => c.resource.address))));
}
var CREDENTIAL_SET_ADDRESS = /(^|\.)(data\.)?azurerm_container_registry_credential_set\.|(^|\.)module\.credential_set\[/;
function refersToCredentialSet(rule, model) {
  const addresses = credentialSetAddresses(model);
  const refs = [...rule.credentialSetId.refs ?? [], ...rule.spelling === "azapi" && !rule.credentialSetId.refs ? rule.resource.attributes.get("body")?.refs ?? [] : []];
  return refs.some((ref) => addresses.has(ref) || CREDENTIAL_SET_ADDRESS.test(ref));
}

// rules/acr-cache-upstream-needs-credentials.ts
var acrCacheUpstreamNeedsCredentials = {
  meta: {
    id: "ACR003",
    name: "acr-cache-upstream-needs-credentials",
    defaultLevel: "error",
    securitySeverity: 4,
    tags: ["reliability", "artifact-cache", "azure", "acr"],
    shortDescription: "Cache rule without a credential set for an upstream that serves authenticated pulls only",
    fullDescription: "Docker Hub, Docker Hardened Images (dhi.io), the Red Hat Registry (registry.redhat.io), Google Artifact Registry (*.pkg.dev) and other Azure container registries (*.azurecr.io) are documented as authenticated-only Artifact Cache upstreams. For docker.io the service refuses to create the rule (EnforceDockerAuthentication); for the others Azure documents authenticated pulls only, so a rule without credentials is not expected to pull. Add a credential set."
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      const parsed = knownSource(rule);
      const upstream = parsed?.upstream;
      if (!parsed || !upstream || upstream.auth !== "authenticated") continue;
      const { text: source, host } = parsed.repo;
      if (!knownNoCredentialSet(rule.credentialSetId)) continue;
      if (upstream.pattern === "*.azurecr.io" && hasIdentity(rule)) continue;
      const dockerHub = upstream.pattern === "docker.io";
      const field2 = cacheRuleField(rule, "credentialSetId");
      const consequence = dockerHub ? 'Azure refuses to create a Docker Hub cache rule without credentials ("EnforceDockerAuthentication: Cannot create cache rule pointing to Docker Hub without credentials"), so the apply fails' : `Azure documents ${upstream.name} (${upstream.pattern}) as an upstream Artifact Cache reaches with authentication only, so the rule is not expected to pull anything without credentials`;
      const alternative = upstream.pattern === "*.azurecr.io" ? " (or, for ACR-to-ACR caching, give the cache rule a user-assigned identity that can pull from the source registry)" : "";
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.credentialSetId,
        value: rule.credentialSetId,
        context: [{ origin: rule.sourceRepository.origin, message: `the source ${source} is ${upstream.name}` }],
        ...dockerHub ? {} : { level: "warning" },
        message: `Cache rule ${rule.resource.address} pulls from ${source}${originClause(rule.sourceRepository.origin)} but has no credential set (${describeAbsent(rule, field2)}): ${consequence}. Fix: ${fix(rule, host, field2)}${alternative}.`
      });
    }
  }
};
function describeAbsent(rule, field2) {
  const v = rule.credentialSetId;
  const kind = v.origin.provenance.kind;
  if (v.known && v.value === "") return `${field2} is empty${originClause(v.origin)}`;
  return kind === "provider-default" || kind === "literal" || kind === "plan" ? `${field2} is not set` : `${field2} is null${originClause(v.origin)}`;
}
function fix(rule, host, field2) {
  if (rule.avm) {
    return `add a credential_sets entry with login_server = "${host}" (username and password as Key Vault secret ids) to ${rule.avm.call} and set credential_set_key = "<its key>" in cache_rules[${rule.avm.key}] (or credential_set_resource_id to an existing credential set)`;
  }
  const resource = rule.spelling === "azurerm" ? "an azurerm_container_registry_credential_set" : "a Microsoft.ContainerRegistry/registries/credentialSets resource";
  return `create ${resource} with login server ${host} whose username and password are Key Vault secrets, and set ${field2} to its id`;
}
function hasIdentity(rule) {
  return !(rule.identity.known && rule.identity.value === null);
}

// rules/acr-cache-credentials-on-anonymous-upstream.ts
init_define_TF_ACR_LINT_PACKAGE();
var acrCacheCredentialsOnAnonymousUpstream = {
  meta: {
    id: "ACR004",
    name: "acr-cache-credentials-on-anonymous-upstream",
    defaultLevel: "warning",
    securitySeverity: 2,
    tags: ["reliability", "artifact-cache", "azure", "acr"],
    shortDescription: "Cache rule with a credential set for an upstream that serves unauthenticated pulls only",
    fullDescription: "Microsoft Artifact Registry (mcr.microsoft.com), the AWS ECR Public Gallery (public.ecr.aws) and the Red Hat public registry (registry.access.redhat.com) are supported by Artifact Cache for unauthenticated pulls only. Remove the credential set from the rule."
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      const parsed = knownSource(rule);
      const upstream = parsed?.upstream;
      if (!parsed || !upstream || upstream.auth !== "anonymous") continue;
      const { text: source, host } = parsed.repo;
      const credential = rule.credentialSetId;
      if (knownNoCredentialSet(credential)) continue;
      const field2 = cacheRuleField(rule, "credentialSetId");
      const documented = `Azure documents ${upstream.name} (${upstream.pattern}) as an Artifact Cache upstream for unauthenticated pulls only, so a credential set on this rule is outside the documented setup`;
      const fix2 = `remove ${field2} from the rule and let the cache pull from ${host} without credentials`;
      const context = [{ origin: rule.sourceRepository.origin, message: `the source ${source} is ${upstream.name}` }];
      if (!credential.known && !refersToCredentialSet(rule, ctx.model) && credential.origin.provenance.kind !== "plan") {
        ctx.report({
          subject: rule.resource,
          attribute: rule.paths.credentialSetId,
          value: credential,
          context,
          level: "note",
          message: `Cannot tell whether cache rule ${rule.resource.address}, which pulls from ${source}, has a credential set: ${field2} is unknown (${credential.why}). ${documented}. If it names a credential set, ${fix2}.`
        });
        continue;
      }
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.credentialSetId,
        value: credential,
        context,
        message: `Cache rule ${rule.resource.address} pulls from ${source}${originClause(rule.sourceRepository.origin)} with a credential set (${field2}${originClause(credential.origin)}), but ${documented}. Fix: ${fix2}.`
      });
    }
  }
};

// rules/acr-cache-unsupported-upstream.ts
init_define_TF_ACR_LINT_PACKAGE();
var acrCacheUnsupportedUpstream = {
  meta: {
    id: "ACR005",
    name: "acr-cache-unsupported-upstream",
    defaultLevel: "warning",
    securitySeverity: 3,
    tags: ["reliability", "artifact-cache", "azure", "acr"],
    shortDescription: "Cache rule source is not a supported Artifact Cache upstream",
    fullDescription: "Artifact Cache supports a fixed list of upstream registries (Docker Hub, dhi.io, Azure Container Registry, MCR, ECR Public, GHCR, Quay, registry.k8s.io, Google Artifact Registry and gcr.io, NVIDIA NGC, the Red Hat registries). A rule whose source names another host fails with UpstreamNotSupported. The list changes over time; check the current documentation."
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      const source = knownSource(rule);
      const host = source?.repo.host;
      if (host === void 0 || source?.upstream) continue;
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.sourceRepository,
        value: rule.sourceRepository,
        message: `Cache rule ${rule.resource.address} pulls from ${host} (${cacheRuleField(rule, "sourceRepository")} = "${source}"${originClause(rule.sourceRepository.origin)}), which is not an Artifact Cache upstream: Azure rejects such a rule with UpstreamNotSupported. The supported upstreams, from the Azure documentation as of ${UPSTREAMS_AS_OF}, are ${upstreamList()}. Fix: point the rule at one of them (check ${UPSTREAMS_DOC} for additions since then), or import the images another way (az acr import).`
      });
    }
  }
};

// rules/acr-cache-malformed-repository.ts
init_define_TF_ACR_LINT_PACKAGE();
var acrCacheMalformedRepository = {
  meta: {
    id: "ACR006",
    name: "acr-cache-malformed-repository",
    defaultLevel: "error",
    securitySeverity: 3,
    tags: ["reliability", "artifact-cache", "azure", "acr"],
    shortDescription: "Cache rule repository path is malformed: a tag or digest, upper-case letters, or no registry host",
    fullDescription: "A cache rule names repositories, not images: the source is the full path with the registry host (docker.io/library/nginx) and neither source nor target may carry a :tag or @digest; repository names are lower case. Azure rejects a source with a tag (Azure/acr #766), and the azurerm provider documents source_repo as the full repository path."
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      checkField(ctx, rule, "sourceRepository");
      checkField(ctx, rule, "targetRepository");
    }
  }
};
function checkField(ctx, rule, field2) {
  const value = rule[field2];
  const repo = knownRepository(rule, field2);
  if (repo === void 0) return;
  const text = repo.text;
  const problems = problemsOf(repo, field2 === "sourceRepository");
  if (problems.length === 0) return;
  const what = field2 === "sourceRepository" ? "source" : "target";
  ctx.report({
    subject: rule.resource,
    attribute: rule.paths[field2],
    value,
    message: `The ${what} repository of cache rule ${rule.resource.address} is malformed: ${cacheRuleField(rule, field2)} = "${text}"${originClause(value.origin)} ${problems.join("; ")}. ${why(repo, field2 === "sourceRepository")} Fix: write "${suggestion(repo, field2 === "sourceRepository")}".`
  });
}
function problemsOf(repo, isSource) {
  const problems = [];
  if (repo.tag !== void 0) problems.push(`has a tag (":${repo.tag}"); a cache rule names a repository, and the tag is given when pulling`);
  if (repo.digest !== void 0) problems.push(`has a digest ("@${repo.digest}"); a cache rule names a repository, and the digest is given when pulling`);
  if (repo.upperCase) problems.push("has upper-case letters; repository names are lower case");
  if (isSource && repo.host === void 0) {
    problems.push("has no registry host; the source is the full path starting with the upstream login server, such as docker.io/library/nginx");
  }
  return problems;
}
function why(repo, isSource) {
  const reasons = [];
  if (repo.tag !== void 0 || repo.digest !== void 0 || repo.upperCase) {
    reasons.push('Azure rejects repository paths that do not follow the Docker naming conventions ("All characters should be lowercase"; a source with a tag is refused).');
  }
  if (isSource && repo.host === void 0) reasons.push('The source is "the full source repository path", including the upstream registry (azurerm, ARM sourceRepository).');
  return reasons.join(" ");
}
function suggestion(repo, isSource) {
  const path12 = repo.path.toLowerCase();
  if (!isSource) return path12;
  return `${repo.host ?? "<registry host>"}/${path12}`;
}

// rules/acr-cache-overlapping-rules.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrCacheOverlappingRules = {
  meta: {
    id: "ACR007",
    name: "acr-cache-overlapping-rules",
    defaultLevel: "error",
    securitySeverity: 3,
    tags: ["reliability", "artifact-cache", "azure", "acr"],
    shortDescription: "Two cache rules on one registry overlap: same target, or nested wildcard targets",
    fullDescription: "Cache rules on one registry cannot overlap: two rules may not share a target repository, and a wildcard target may not contain another wildcard target (mirror/* and mirror/dotnet/*). Azure rejects the second rule."
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkGroup(ctx, registry.cacheRules, `registry ${registry.resource.address}`);
    const orphans = /* @__PURE__ */ new Map();
    for (const rule of ctx.model.orphanCacheRules) {
      const key = registryKey(rule);
      if (key === void 0) continue;
      const group = orphans.get(key);
      if (group) group.push(rule);
      else orphans.set(key, [rule]);
    }
    for (const rules of orphans.values()) checkGroup(ctx, rules, `the registry their ${rules[0].paths.registryId} names`);
  }
};
var MAX_NAMED = 10;
function checkGroup(ctx, rules, registry) {
  const targets = rules.flatMap((rule) => {
    const repo = knownRepository(rule, "targetRepository");
    return repo ? [{ rule, text: repo.text, repo }] : [];
  }).sort((a, b) => compare(a.rule.resource.root, b.rule.resource.root) || compare(a.rule.resource.address, b.rule.resource.address));
  const seen = new OverlapIndex();
  const seenUncertain = new OverlapIndex();
  let sameFrom = 0;
  targets.forEach((later, i) => {
    if (i > 0 && targets[i - 1].rule.resource.address !== later.rule.resource.address) sameFrom = i;
    const earlier = firstBelow(seen.overlapping(later.repo), sameFrom);
    const uncertainEarlier = firstBelow(seenUncertain.overlapping(later.repo), sameFrom);
    seen.add(later.repo, i);
    const laterUncertain = later.rule.resource.unknownInstances !== void 0;
    if (laterUncertain) seenUncertain.add(later.repo, i);
    if (earlier.count === 0) return;
    const uncertain = {
      first: [...laterUncertain ? [later] : [], ...uncertainEarlier.first.map((j) => targets[j])].slice(0, MAX_NAMED),
      count: uncertainEarlier.count + (laterUncertain ? 1 : 0)
    };
    const named = earlier.first.map((j) => targets[j]);
    const field2 = cacheRuleField(later.rule, "targetRepository");
    const clashes = named.map((t) => `${t.rule.resource.address} (target "${t.text}": ${overlapReason(t.repo, later.repo)})`).join(", ") + (earlier.count > named.length ? `, and ${earlier.count - named.length} more ${earlier.count - named.length === 1 ? "rule" : "rules"}` : "");
    ctx.report({
      subject: later.rule.resource,
      attribute: later.rule.paths.targetRepository,
      value: later.rule.targetRepository,
      context: named.map((t) => ({ origin: t.rule.targetRepository.origin, message: `the overlapping target of ${t.rule.resource.address}` })),
      ...uncertain.count > 0 ? { level: "note" } : {},
      message: `Cache rule ${later.rule.resource.address} on ${registry} has target "${later.text}"${originClause(later.rule.targetRepository.origin)}, which overlaps ${clashes}. Azure does not allow overlapping cache rules: two rules cannot share a target, and a wildcard target cannot contain another wildcard target; a static target inside a wildcard is allowed. Azure rejects whichever of them is created later. ` + (uncertain.count > 0 ? `Some of the rules involved may not exist: ${uncertain.first.map((t) => `the count/for_each of ${t.rule.resource.address} is unknown (${t.rule.resource.unknownInstances})`).join("; ")}${uncertain.count > uncertain.first.length ? `; and ${uncertain.count - uncertain.first.length} more` : ""}. ` : "") + `Fix: give ${field2} a target of its own, or drop one of the rules.`
    });
  });
}
function firstBelow(lists, limit) {
  let count = 0;
  const heads = [];
  for (const list2 of lists) {
    const below = countBelow(list2, limit);
    count += below;
    for (let k = 0; k < Math.min(below, MAX_NAMED); k++) heads.push(list2[k]);
  }
  return { first: heads.sort((a, b) => a - b).slice(0, MAX_NAMED), count };
}
function countBelow(list2, limit) {
  let lo = 0;
  let hi = list2.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (list2[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function overlapReason(a, b) {
  if (a.text === b.text) return "the same target";
  const [outer, inner] = (a.wildcardPrefix ?? "").length <= (b.wildcardPrefix ?? "").length ? [a, b] : [b, a];
  return `wildcard "${outer.text}" contains wildcard "${inner.text}"`;
}
function registryKey(rule) {
  const link = rule.registryId;
  if (!link) return void 0;
  if (link.refs && link.refs.length > 0) return `${rule.resource.root}\0refs\0${[...link.refs].sort().join("\0")}`;
  const id = stringOf(link);
  return id !== void 0 ? `${rule.resource.root}\0id\0${id.toLowerCase()}` : void 0;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// rules/acr-credential-set-no-key-vault-access.ts
init_define_TF_ACR_LINT_PACKAGE();

// src/adapt/acr-model.ts
init_define_TF_ACR_LINT_PACKAGE();
init_address();
var REGISTRY_SETTINGS = [
  "sku",
  "publicNetworkAccessEnabled",
  /** `AzureServices` / `None`. */
  "networkRuleBypass",
  /** The network rule set object, or known `null` when none is configured. */
  "networkRuleSet",
  /** `Allow` / `Deny`; `Allow` when no rule set is configured. */
  "networkRuleDefaultAction",
  "adminEnabled",
  "anonymousPullEnabled",
  "exportPolicyEnabled",
  "quarantinePolicyEnabled",
  "dataEndpointEnabled",
  "zoneRedundancyEnabled",
  /** Days of the retention policy, or known `null` when there is none. */
  "retentionDays",
  /** The geo-replication list (empty when none). */
  "georeplications",
  /** The customer-managed key configuration, or known `null` when encryption uses Microsoft-managed keys. */
  "customerManagedKey"
];
function allCredentialSets(model) {
  return [...model.registries.flatMap((r) => r.credentialSets), ...model.orphanCredentialSets];
}
function refersTo(value, from, to) {
  return from.root === to.root && (value?.refs ?? []).includes(to.address);
}
function referredAmong(value, from, items) {
  const refs = value?.refs;
  if (!refs?.length) return [];
  const index = positionsByAddress(items);
  return itemsAt(items, refs.flatMap((ref) => index.get(keyInRoot(from.root, ref)) ?? []));
}
var addressIndexes = /* @__PURE__ */ new WeakMap();
function positionsByAddress(items) {
  return onceFor(addressIndexes, items, () => {
    const index = /* @__PURE__ */ new Map();
    for (const [position, item] of items.entries()) addPosition(index, keyInRoot(item.resource.root, item.resource.address), position);
    return index;
  });
}

// src/adapt/key-vault.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();

// src/adapt/defaults.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var AZURERM = "azurerm azurerm_container_registry";
var AZURERM_REGISTRY_DEFAULTS = {
  network_rule_bypass_option: { value: "AzureServices", source: `${AZURERM} default for network_rule_bypass_option (AzureServices since v2.86.0, unchanged through v5.2.0)` },
  public_network_access_enabled: { value: true, source: `${AZURERM} default for public_network_access_enabled (true)` },
  network_rule_set: {
    value: null,
    source: `${AZURERM}: no network_rule_set block (Optional+Computed: Azure keeps whatever rules the registry has; a new registry has none)`
  },
  default_action: { value: "Allow", source: `${AZURERM} default for network_rule_set.default_action (Allow)` },
  admin_enabled: { value: false, source: `${AZURERM} default for admin_enabled (false)` },
  anonymous_pull_enabled: { value: false, source: `${AZURERM}: anonymous_pull_enabled not set (off)` },
  export_policy_enabled: { value: true, source: `${AZURERM} default for export_policy_enabled (true)` },
  quarantine_policy_enabled: { value: false, source: `${AZURERM}: quarantine_policy_enabled not set (off)` },
  data_endpoint_enabled: { value: false, source: `${AZURERM}: data_endpoint_enabled not set (off)` },
  zone_redundancy_enabled: { value: false, source: `${AZURERM} default for zone_redundancy_enabled (false)` },
  retention_policy_in_days: { value: null, source: `${AZURERM}: retention_policy_in_days not set (no retention policy)` },
  georeplications: { value: [], source: `${AZURERM}: no georeplications` },
  encryption: { value: null, source: `${AZURERM}: no encryption block (Microsoft-managed keys)` }
};
var ARM = "ARM Microsoft.ContainerRegistry/registries";
var ARM_REGISTRY_DEFAULTS = {
  networkRuleBypassOptions: { value: "AzureServices", source: `${ARM} default for properties.networkRuleBypassOptions (AzureServices)` },
  publicNetworkAccess: { value: true, source: `${ARM} default for properties.publicNetworkAccess (Enabled)` },
  networkRuleSet: { value: null, source: `${ARM}: no properties.networkRuleSet` },
  defaultAction: { value: "Allow", source: `${ARM} default for properties.networkRuleSet.defaultAction (Allow)` },
  anonymousPullEnabled: { value: false, source: `${ARM} default for properties.anonymousPullEnabled (false)` },
  exportPolicy: { value: true, source: `${ARM} default for properties.policies.exportPolicy.status (enabled)` },
  zoneRedundancy: { value: false, source: `${ARM} default for properties.zoneRedundancy (Disabled)` },
  retentionPolicy: { value: null, source: `${ARM} default for properties.policies.retentionPolicy.status (disabled)` },
  encryption: { value: null, source: `${ARM}: no properties.encryption (Microsoft-managed keys)` },
  /** A property the body does not set and whose ARM default the facts do not record: not set, nothing assumed. */
  notSet: { value: null, source: `${ARM}: not set in the body` }
};
var ABSENT = { value: null, source: "not set in the configuration" };
function orAbsent(v) {
  return v ?? defaultValue(ABSENT);
}
function defaultValue(setting) {
  return fromPlain(setting.value, { provenance: { kind: "provider-default", source: setting.source }, via: [] });
}

// src/adapt/values.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
function armType(resource) {
  if (resource.type !== "azapi_resource" && resource.type !== "azapi_update_resource") return void 0;
  const type = resource.attributes.get("type");
  if (!type?.known || typeof type.value !== "string") return void 0;
  return type.value.split("@")[0].toLowerCase();
}
function azapiBody(resource) {
  const body2 = resource.attributes.get("body");
  if (body2?.encodedFrom) return body2.encodedFrom;
  if (!body2?.known || typeof body2.value !== "string") return body2;
  try {
    return fromPlain(JSON.parse(body2.value), body2.origin);
  } catch {
    return unknown("body is a string that is not valid JSON", body2.origin, body2.refs);
  }
}
function readPath(value, path12) {
  let current = value;
  for (const key of path12) {
    if (current === void 0) return void 0;
    if (!current.known) return unknown(current.why, current.origin, current.refs);
    current = attr(firstBlock(current), key);
  }
  return current;
}
function firstBlock(value) {
  if (value === void 0 || !value.known) return value;
  if (value.value === null) return void 0;
  const list2 = listOf(value);
  return list2 ? list2[0] : value;
}
function written(value) {
  return value && !(value.known && value.value === null) ? value : void 0;
}
function asBool(v) {
  if (!v?.known || typeof v.value !== "string") return v;
  if (v.value === "true" || v.value === "false") return known(v.value === "true", v.origin, v.refs);
  return unknown(`"${v.value}" is not a bool`, v.origin, v.refs);
}
function enabledFlag(v) {
  if (!v?.known || typeof v.value !== "string") return v;
  const s = v.value.toLowerCase();
  if (s !== "enabled" && s !== "disabled") return unknown(`"${v.value}" is not Enabled or Disabled`, v.origin, v.refs);
  return known(s === "enabled", v.origin, v.refs);
}

// src/adapt/key-vault.ts
var RBAC_ATTRIBUTES = ["rbac_authorization_enabled", "enable_rbac_authorization"];
function toKeyVault(resource) {
  if (resource.type !== "azurerm_key_vault") return void 0;
  const policies = resource.attributes.get("access_policy");
  const rbac = rbacAuthorizationOf(resource);
  return {
    resource,
    name: orAbsent(resource.attributes.get("name")),
    accessPolicies: policies ?? known([], { provenance: { kind: "literal" }, via: [] }),
    rbacAuthorization: rbac.value,
    paths: { rbacAuthorization: rbac.path }
  };
}
function rbacAuthorizationOf(resource) {
  const read = RBAC_ATTRIBUTES.map((path12) => ({ path: path12, value: written(resource.attributes.get(path12)) }));
  const chosen = read.find((r) => r.value?.known && typeof r.value.value === "boolean") ?? read.find((r) => r.value !== void 0);
  return { path: chosen?.path ?? RBAC_ATTRIBUTES[0], value: orAbsent(chosen?.value) };
}
function toKeyVaultSecret(resource) {
  if (resource.type !== "azurerm_key_vault_secret") return void 0;
  return { resource, keyVaultId: orAbsent(resource.attributes.get("key_vault_id")) };
}
function toRoleAssignment(resource) {
  if (resource.type !== "azurerm_role_assignment") return void 0;
  const a = resource.attributes;
  return {
    resource,
    principalId: orAbsent(a.get("principal_id")),
    scope: orAbsent(a.get("scope")),
    roleName: orAbsent(a.get("role_definition_name")),
    roleId: orAbsent(a.get("role_definition_id"))
  };
}
function toAccessPolicy(resource) {
  if (resource.type !== "azurerm_key_vault_access_policy") return void 0;
  const a = resource.attributes;
  return { resource, keyVaultId: orAbsent(a.get("key_vault_id")), objectId: orAbsent(a.get("object_id")), secretPermissions: orAbsent(a.get("secret_permissions")) };
}
var YES = { tri: "yes" };
var NO = { tri: "no" };
var maybe = (why2) => ({ tri: "maybe", why: why2 });
function secretVaults(model, set) {
  const byVault = /* @__PURE__ */ new Map();
  const outside = [];
  const unknown2 = [];
  for (const secret of set.secrets) {
    if (secret.value.known && secret.value.value === null) continue;
    for (const target of vaultsOfSecretId(model, set, secret.value)) {
      if (target.kind === "vault") {
        const entry = byVault.get(target.vault.resource.address) ?? { vault: target.vault, secrets: [] };
        entry.secrets.push(secret);
        byVault.set(target.vault.resource.address, entry);
      } else if (target.kind === "outside") outside.push({ secret, label: target.label });
      else unknown2.push({ secret, why: target.why });
    }
  }
  return { vaults: [...byVault.values()], outside, unknown: unknown2 };
}
function vaultsOfSecretId(model, set, secretId) {
  const from = set.resource;
  const vaults = /* @__PURE__ */ new Map();
  for (const vault of referredAmong(secretId, from, model.keyVaults)) vaults.set(vault.resource.address, vault);
  const unresolvedSecrets = [];
  for (const secret of referredAmong(secretId, from, model.keyVaultSecrets)) {
    const found = vaultsOfId(model, secret.keyVaultId, secret.resource);
    for (const v of found) vaults.set(v.resource.address, v);
    if (found.length === 0) unresolvedSecrets.push(secret.resource.address);
  }
  const url = stringOf(secretId);
  if (url !== void 0) {
    const name = vaultNameOfSecretUrl(url);
    if (name === void 0) {
      if (vaults.size === 0) return [{ kind: "unknown", why: `"${url}" is not a Key Vault secret URL (https://<vault>.vault.azure.net/secrets/<name>)` }];
    } else {
      const named = vaultsNamed(model, from.root, name);
      for (const v of named) vaults.set(v.resource.address, v);
      if (named.length === 0 && vaults.size === 0) return [{ kind: "outside", label: `vault "${name}"` }];
    }
  }
  if (vaults.size > 0) return [...vaults.values()].map((vault) => ({ kind: "vault", vault }));
  if (unresolvedSecrets.length > 0) return [{ kind: "unknown", why: `the key_vault_id of ${unresolvedSecrets.join(", ")} does not name a vault in this configuration` }];
  const dataSources = (secretId.refs ?? []).filter((r) => /(^|\.)data\./.test(r));
  if (dataSources.length > 0) return [{ kind: "outside", label: `read through ${dataSources.join(", ")}` }];
  if (!secretId.known) return [{ kind: "unknown", why: secretId.why }];
  return [{ kind: "unknown", why: "it is not a string" }];
}
function vaultsOfId(model, id, from) {
  const byRef = referredAmong(id, from, model.keyVaults);
  if (byRef.length > 0) return byRef;
  const literal = stringOf(id);
  const name = literal === void 0 ? void 0 : vaultNameOfResourceId(literal);
  return name === void 0 ? [] : vaultsNamed(model, from.root, name);
}
function namesVault(model, id, from, vault) {
  if (vaultsOfId(model, id, from).includes(vault)) return YES;
  if (!id.known && (id.refs ?? []).length === 0) return maybe(`its vault id is unknown (${id.why})`);
  return NO;
}
function scopeCoversVault(model, scope, from, vault) {
  if (vaultsOfScope(model, scope, from).includes(vault)) return YES;
  const literal = stringOf(scope);
  if (literal !== void 0) {
    const name = vaultNameOfResourceId(literal);
    if (name !== void 0) return name.toLowerCase() === stringOf(vault.name)?.toLowerCase() ? YES : NO;
    if (isContainerScopeId(literal)) return maybe(`its scope "${literal}" is inherited by the vaults in it, and tf-acr-lint cannot tell whether the vault is one of them`);
    return NO;
  }
  const containers = containerScopeRefs(scope);
  if (containers.length > 0) return maybe(`its scope (${containers.join(", ")}) is inherited by the vaults in it, and tf-acr-lint cannot tell whether the vault is one of them`);
  if (!scope.known && (scope.refs ?? []).length === 0) return maybe(`its scope is unknown (${scope.why})`);
  return NO;
}
function isIdentityOf(id, from, set) {
  if (refersTo(id, from, set.resource)) return YES;
  const own = stringOf(set.principalId);
  const given = stringOf(id);
  if (own !== void 0 && given !== void 0) return own.toLowerCase() === given.toLowerCase() ? YES : NO;
  if (!id.known && (id.refs ?? []).length === 0) {
    return maybe(id.error ? `tf-acr-lint could not evaluate its principal (${id.why})` : `its principal is unknown (${id.why})`);
  }
  return NO;
}
var IdentityIndex = class {
  constructor(items, idOf) {
    this.items = items;
    items.forEach((item, i) => {
      const { id, from } = idOf(item);
      const literal = stringOf(id);
      if (literal !== void 0) addPosition(this.byKey, identityKey(from.root, "id", literal.toLowerCase()), i);
      for (const ref of new Set(id.refs ?? [])) addPosition(this.byKey, identityKey(from.root, "ref", ref), i);
      if (!id.known && (id.refs ?? []).length === 0) addPosition(this.unresolved, from.root, i);
    });
  }
  items;
  /** Item positions by root module and referenced address or lower-cased literal id. */
  byKey = /* @__PURE__ */ new Map();
  /** Item positions by root module, for ids that are unknown and have no references. */
  unresolved = /* @__PURE__ */ new Map();
  /** The candidate items for `set`, in their original order; each still needs `isIdentityOf`. */
  candidates(set) {
    const { root, address } = set.resource;
    const own = stringOf(set.principalId);
    return itemsAt(this.items, [
      ...this.byKey.get(identityKey(root, "ref", address)) ?? [],
      ...own === void 0 ? [] : this.byKey.get(identityKey(root, "id", own.toLowerCase())) ?? [],
      ...this.unresolved.get(root) ?? []
    ]);
  }
};
function identityKey(root, kind, key) {
  return `${root}\0${kind}\0${key}`;
}
function vaultsOfScope(model, scope, from) {
  const direct = referredAmong(scope, from, model.keyVaults);
  const viaSecrets = referredAmong(scope, from, model.keyVaultSecrets).flatMap((s) => vaultsOfId(model, s.keyVaultId, s.resource));
  return [...direct, ...viaSecrets];
}
function vaultNameOfResourceId(id) {
  return /\/providers\/Microsoft\.KeyVault\/vaults\/([^/]+)(?:\/|$)/i.exec(id)?.[1];
}
function isContainerScopeId(id) {
  return /^\/subscriptions\/[^/]+(\/resourceGroups\/[^/]+)?\/?$/i.test(id) || /^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+\/?$/i.test(id);
}
var CONTAINER_TYPES = /* @__PURE__ */ new Set(["azurerm_resource_group", "azurerm_subscription", "azurerm_management_group"]);
function containerScopeRefs(scope) {
  return (scope.refs ?? []).filter((r) => CONTAINER_TYPES.has(resourceType(r)));
}
function vaultNameOfSecretUrl(url) {
  const m = /^https:\/\/([a-z0-9-]+)\.vault\.[^/]+\/secrets\//i.exec(url.trim());
  return m?.[1];
}
function vaultsNamed(model, root, name) {
  return model.keyVaults.filter((v) => v.resource.root === root && stringOf(v.name)?.toLowerCase() === name.toLowerCase());
}
function resourceType(address) {
  const parts = address.replace(/^(module\.[^.[]+(\[[^\]]*\])?\.)+/, "").split(".");
  return parts[0] === "data" ? parts[1] ?? "" : parts[0] ?? "";
}

// rules/acr-credential-set-no-key-vault-access.ts
init_value();
init_append();
var acrCredentialSetNoKeyVaultAccess = {
  meta: {
    id: "ACR008",
    name: "acr-credential-set-no-key-vault-access",
    defaultLevel: "warning",
    securitySeverity: 4,
    tags: ["reliability", "artifact-cache", "key-vault", "azure", "acr"],
    shortDescription: "Credential set identity has no read access to its Key Vault secrets in this configuration",
    fullDescription: "A credential set's system-assigned identity reads the username and password secrets from Key Vault. It needs the Key Vault Secrets User role (or Officer / Administrator) on the vault or the secrets, or an access policy with Get on secrets; nothing in this configuration grants it, and Azure lists missing Key Vault access as a cause of Unhealthy credentials."
  },
  check(ctx) {
    const grantors = {
      roleAssignments: new IdentityIndex(ctx.model.roleAssignments, (ra) => ({ id: ra.principalId, from: ra.resource })),
      accessPolicies: new IdentityIndex(ctx.model.accessPolicies, (p) => ({ id: p.objectId, from: p.resource }))
    };
    for (const set of allCredentialSets(ctx.model)) checkCredentialSet(ctx, grantors, set);
  }
};
var READ_ROLES = [
  { name: "Key Vault Secrets User", guid: "4633458b-17de-408a-b874-0445c86b69e6" },
  { name: "Key Vault Secrets Officer", guid: "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  { name: "Key Vault Administrator", guid: "00482a5a-887f-4fb3-b363-3b7fe8e74483" }
];
function all(...parts) {
  if (parts.some((p) => p.tri === "no")) return NO;
  const doubts = parts.filter((p) => p.tri === "maybe");
  return doubts.length === 0 ? YES : maybe(doubts.map((d) => d.why).join("; "));
}
function checkCredentialSet(ctx, grantors, set) {
  const { vaults, outside, unknown: unknowns } = secretVaults(ctx.model, set);
  const principal = principalExpression(set);
  const mayNotExist = set.resource.unknownInstances;
  for (const { vault, secrets } of vaults) {
    const first = secrets[0];
    const vaultName = stringOf(vault.name) ?? vault.resource.address;
    const { grant: best, ignored } = bestGrant(ctx.model, grantors, set, vault);
    if (best?.match.tri === "yes") continue;
    const fix2 = fixFor(vault, principal);
    const base = {
      subject: set.resource,
      attribute: first.path,
      value: first.value,
      context: [
        { origin: vault.name.origin, message: `the Key Vault "${vaultName}" the secrets are read from` },
        ...best ? [{ origin: best.origin, message: `${best.resource.address} may grant read access` }] : []
      ]
    };
    const names = secrets.map((i) => i.path).join(" and ");
    if (best?.match.tri === "maybe") {
      ctx.report({
        ...base,
        level: "note",
        message: `Cannot prove that credential set ${set.resource.address} can read its secrets (${names}) in Key Vault "${vaultName}" (${vault.resource.address}): ${best.resource.address} may grant it, but ${best.match.why}. Without read access Azure reports the credentials as Unhealthy and the cache cannot log in upstream. To be sure: ${fix2}.`
      });
      continue;
    }
    ctx.report({
      ...base,
      ...mayNotExist ? { level: "note" } : {},
      message: `Credential set ${set.resource.address} reads ${names}${originClause(first.value.origin)} from Key Vault "${vaultName}" (${vault.resource.address}), but nothing in this configuration grants its system-assigned identity read access to secrets there (no Key Vault Secrets User / Secrets Officer / Administrator role assignment on the vault or its secrets, and no access policy with Get on secrets)${ignored.length > 0 ? `; ${ignored.join("; ")}` : ""}${mayNotExist ? `; the credential set may not exist (${mayNotExist})` : ""}. Azure then reports the credentials as Unhealthy and cache rules using this set cannot log in upstream. Fix: ${fix2}.`
    });
  }
  if (outside.length > 0) {
    const first = outside[0];
    const labels = [...new Set(outside.map((o) => o.label))];
    ctx.report({
      subject: set.resource,
      attribute: first.secret.path,
      value: first.secret.value,
      level: "note",
      message: `Cannot check whether credential set ${set.resource.address} can read its secrets (${outside.map((o) => o.secret.path).join(" and ")}): their Key Vault (${labels.join("; ")}) is not in this configuration. Make sure its system-assigned identity (${principal}) has Key Vault Secrets User on that vault or the secrets, or an access policy with Get on secrets; otherwise Azure reports the credentials as Unhealthy.`
    });
  }
  if (unknowns.length > 0) {
    const first = unknowns[0];
    ctx.report({
      subject: set.resource,
      attribute: first.secret.path,
      value: first.secret.value,
      level: "note",
      message: `Cannot tell which Key Vault credential set ${set.resource.address} reads its secrets from: ${unknowns.map((u) => `${u.secret.path} is unknown (${u.why})`).join("; ")}. Make sure its system-assigned identity (${principal}) can read secrets in that vault (Key Vault Secrets User, or an access policy with Get on secrets).`
    });
  }
}
function bestGrant(model, grantors, set, vault) {
  const permissions = permissionModel(vault);
  const rbac = permissions?.rbac;
  const grants = [];
  const ignored = [];
  for (const ra of grantors.roleAssignments.candidates(set)) {
    const identity = isIdentityOf(ra.principalId, ra.resource, set);
    if (identity.tri === "no") continue;
    const match = all(
      identity,
      roleMatches(ra.roleName, ra.roleId),
      scopeCoversVault(model, ra.scope, ra.resource, vault),
      ra.resource.unknownInstances ? maybe(`whether ${ra.resource.address} exists is unknown (${ra.resource.unknownInstances})`) : YES
    );
    if (match.tri === "no") continue;
    if (rbac === false) ignored.push(`${ra.resource.address} does not apply: the vault uses access policies (${permissions?.attribute} = false), and the Key Vault roles only work with the Azure RBAC permission model`);
    else grants.push({ match, resource: ra.resource, origin: ra.principalId.origin });
  }
  const policies = [];
  for (const policy of grantors.accessPolicies.candidates(set)) {
    const identity = isIdentityOf(policy.objectId, policy.resource, set);
    if (identity.tri === "no") continue;
    const match = all(
      namesVault(model, policy.keyVaultId, policy.resource, vault),
      identity,
      hasGet(policy.secretPermissions),
      policy.resource.unknownInstances ? maybe(`whether ${policy.resource.address} exists is unknown (${policy.resource.unknownInstances})`) : YES
    );
    if (match.tri !== "no") policies.push({ match, resource: policy.resource, origin: policy.objectId.origin });
  }
  const inline = vault.accessPolicies;
  if (!inline.known) {
    if (rbac !== true) policies.push({ match: maybe(`its access_policy blocks are unknown (${inline.why})`), resource: vault.resource, origin: inline.origin });
  } else {
    for (const policy of listOf(inline) ?? []) {
      const objectId = attr(policy, "object_id");
      if (!objectId) continue;
      const match = all(isIdentityOf(objectId, vault.resource, set), hasGet(attr(policy, "secret_permissions")));
      if (match.tri !== "no") policies.push({ match, resource: vault.resource, origin: objectId.origin });
    }
  }
  if (rbac === true) {
    for (const p of policies) ignored.push(`the access policy in ${p.resource.address} does not apply: the vault uses the Azure RBAC permission model (${permissions?.attribute} = true), which ignores access policies`);
  } else appendAll(grants, policies);
  const grant = grants.find((g) => g.match.tri === "yes") ?? grants[0];
  return { ...grant ? { grant } : {}, ignored };
}
function permissionModel(vault) {
  const v = vault.rbacAuthorization;
  return v.known && typeof v.value === "boolean" ? { rbac: v.value, attribute: vault.paths.rbacAuthorization } : void 0;
}
function fixFor(vault, principal) {
  const id = `${vault.resource.address}.id`;
  const role = `an azurerm_role_assignment with scope = ${id}, role_definition_name = "Key Vault Secrets User" and principal_id = ${principal}`;
  const policy = `an azurerm_key_vault_access_policy with key_vault_id = ${id}, object_id = ${principal} and secret_permissions = ["Get"]`;
  const model = permissionModel(vault);
  if (model?.rbac === true) return `add ${role}`;
  if (model?.rbac === false) return `add ${policy} (the vault uses access policies: ${model.attribute} = false)`;
  return `add ${role} (vault using Azure RBAC), or ${policy} (vault using access policies)`;
}
function roleMatches(name, id) {
  const n = stringOf(name);
  if (n !== void 0) return READ_ROLES.some((r) => r.name.toLowerCase() === n.trim().toLowerCase()) ? YES : NO;
  if (!name.known) return maybe(`role_definition_name is unknown (${name.why})`);
  const i = stringOf(id);
  if (i !== void 0) return READ_ROLES.some((r) => i.trim().toLowerCase().endsWith(r.guid)) ? YES : NO;
  if (!id.known) return maybe(`role_definition_id is unknown (${id.why}); tf-acr-lint does not read the permissions of custom roles`);
  return NO;
}
function hasGet(permissions) {
  if (permissions === void 0 || permissions.known && permissions.value === null) return NO;
  if (!permissions.known) return maybe(`its secret_permissions are unknown (${permissions.why})`);
  const list2 = listOf(permissions);
  if (!list2) return NO;
  if (list2.some((p) => stringOf(p)?.toLowerCase() === "get")) return YES;
  for (const p of list2) if (!p.known) return maybe(`an entry of its secret_permissions is unknown (${p.why})`);
  return NO;
}
function principalExpression(set) {
  return set.avm ? `${set.avm.call}.credential_sets[${set.avm.key}].principal_id` : `${set.resource.address}.identity[0].principal_id`;
}

// rules/acr-credential-set-versioned-secret.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrCredentialSetVersionedSecret = {
  meta: {
    id: "ACR009",
    name: "acr-credential-set-versioned-secret",
    defaultLevel: "error",
    securitySeverity: 3,
    tags: ["reliability", "artifact-cache", "key-vault", "azure", "acr"],
    shortDescription: "Credential set refers to a specific secret version",
    fullDescription: "Credential sets take versionless Key Vault secret ids (https://<vault>.vault.azure.net/secrets/<name>). The azurerm provider rejects a versioned id (\u2026/secrets/<name>/<version>) when it validates the configuration; azapi_resource bodies are not validated that way, and Azure\u2019s examples use versionless ids there too."
  },
  check(ctx) {
    for (const set of allCredentialSets(ctx.model)) checkCredentialSet2(ctx, set);
  }
};
function checkCredentialSet2(ctx, set) {
  for (const secret of set.secrets) {
    const { value, path: path12 } = secret;
    const id = stringOf(value);
    if (id === void 0) continue;
    const parsed = versioned(id);
    if (!parsed) continue;
    const where = `${describeField(set, secret)} is "${id}"${originClause(value.origin)}`;
    const fix2 = `use the versionless id "${parsed.versionless}" (for an azurerm_key_vault_secret, its versionless_id rather than its id)`;
    if (set.spelling === "azurerm") {
      ctx.report({
        subject: set.resource,
        attribute: path12,
        value,
        message: `${where}, a Key Vault secret id with a version ("${parsed.version}"). The azurerm provider accepts only versionless secret ids for credential sets and rejects this one, so terraform plan fails. Fix: ${fix2}.`
      });
    } else {
      ctx.report({
        subject: set.resource,
        attribute: path12,
        value,
        level: "warning",
        message: `${where}, a Key Vault secret id with a version ("${parsed.version}"). Credential sets are meant to take versionless secret ids: the azurerm provider rejects versioned ones and Azure's examples use versionless ids; what the service does with a pinned version when the secret is rotated is not documented. Fix: ${fix2}.`
      });
    }
  }
}
function describeField(set, secret) {
  if (set.avm) return `${secret.kind}_secret_identifier of credential_sets[${set.avm.key}] in ${set.avm.call}`;
  return `${secret.path} of ${set.resource.address}`;
}
function versioned(id) {
  const m = /^(https:\/\/[^/]+\/secrets\/[^/?#]+)\/([^/?#]+)\/?(?:[?#].*)?$/i.exec(id.trim());
  return m ? { versionless: m[1], version: m[2] } : void 0;
}

// rules/acr-premium-feature-on-lower-sku.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrPremiumFeatureOnLowerSku = {
  meta: {
    id: "ACR010",
    name: "acr-premium-feature-on-lower-sku",
    defaultLevel: "error",
    securitySeverity: 4,
    tags: ["reliability", "azure", "acr"],
    shortDescription: "A Premium-only registry feature is configured on a Basic or Standard registry",
    fullDescription: "Network rules, disabling public network access, retention policies, quarantine, disabling the export policy, dedicated data endpoints, zone redundancy, geo-replication, customer-managed keys and private endpoints need the Premium tier. On Basic or Standard, the azurerm provider rejects the configuration at plan or create time. With azapi, Azure documents most of these as Premium features; quarantine and zone redundancy are reported as notes there."
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry3(ctx, registry);
  }
};
var knownNonNull = (v) => v.known ? v.value !== null : void 0;
var flag = (whenOn) => (v) => v.known ? whenOn ? isTrue(v) : isFalse(v) : void 0;
var FEATURES = [
  {
    setting: "networkRuleSet",
    moduleOff: "null",
    label: "network rules",
    active: knownNonNull,
    fix: (path12, r) => r.spelling === "azurerm" ? `remove the ${path12} block (write \`${path12} = []\` to clear rules Azure already holds)` : `remove ${path12}`
  },
  {
    setting: "publicNetworkAccessEnabled",
    moduleOff: "true",
    label: "disabled public network access",
    active: flag(false),
    fix: (path12, r) => `set ${path12} = ${r.spelling === "azapi" ? '"Enabled"' : "true"} (or remove it)`
  },
  {
    setting: "retentionDays",
    moduleOff: "null",
    label: "a retention policy for untagged manifests",
    active: (v) => v.known ? typeof v.value === "number" && v.value > 0 : void 0,
    fix: (path12, r) => r.spelling === "azapi" ? `remove ${path12} or set its status to "disabled"` : `remove ${path12}`
  },
  {
    setting: "quarantinePolicyEnabled",
    moduleOff: "false",
    label: "the quarantine policy",
    active: flag(true),
    fix: (path12, r) => r.spelling === "azapi" ? `remove ${path12} or set it to "disabled"` : `remove ${path12} or set it to false`,
    azapiLevel: "note"
  },
  {
    setting: "exportPolicyEnabled",
    moduleOff: "true",
    label: "a disabled export policy",
    active: flag(false),
    fix: (path12, r) => r.spelling === "azapi" ? `remove ${path12} or set it to "enabled"` : `remove ${path12} or set it to true`
  },
  {
    setting: "dataEndpointEnabled",
    moduleOff: "false",
    label: "dedicated data endpoints",
    active: flag(true),
    fix: (path12) => `remove ${path12} or set it to false`
  },
  {
    setting: "zoneRedundancyEnabled",
    moduleOff: "false",
    label: "zone redundancy",
    active: flag(true),
    fix: (path12, r) => r.spelling === "azapi" ? `remove ${path12} or set it to "Disabled"` : `remove ${path12} or set it to false`,
    azapiLevel: "note"
  },
  {
    setting: "georeplications",
    moduleOff: "[]",
    label: "geo-replication",
    active: (v) => v.known ? (listOf(v)?.length ?? mapOf(v)?.size ?? 0) > 0 : void 0,
    fix: (path12) => `remove the ${path12} blocks`
  },
  {
    setting: "customerManagedKey",
    moduleOff: "null",
    label: "a customer-managed encryption key",
    active: customerManagedKey,
    fix: (path12) => `remove ${path12}`
  }
];
function customerManagedKey(v) {
  if (!v.known) return void 0;
  if (v.value === null) return false;
  if (isFalse(attr(v, "enabled"))) return false;
  const key = attr(v, "key_vault_key_id");
  return !(key?.known && (key.value === "" || key.value === null));
}
var LOWER_TIERS = ["Basic", "Standard"];
function checkRegistry3(ctx, registry) {
  const sku = registry.settings.sku;
  if (!sku.known) return reportUnknownSku(ctx, registry);
  const tier = LOWER_TIERS.find((t) => t.toLowerCase() === stringOf(sku)?.toLowerCase());
  if (!tier) return;
  const skuContext = [{ origin: sku.origin, message: `the sku is set to ${tier} here` }];
  const address = registry.resource.address;
  for (const feature of FEATURES) {
    const value = registry.settings[feature.setting];
    const path12 = registry.paths[feature.setting];
    const on = feature.active(value, registry);
    if (on === false) continue;
    if (on === void 0) {
      if (value.origin.provenance.kind === "plan" || value.known) continue;
      ctx.report({
        subject: registry.resource,
        attribute: path12,
        value,
        context: skuContext,
        level: "note",
        message: `Cannot tell whether ${address} asks for ${feature.label}, a Premium-only feature, on its ${tier} sku: ${path12} is unknown (${value.why}). If it does, ${rejection(registry)} Either upgrade the sku to Premium or make sure ${path12} leaves the feature off.`
      });
      continue;
    }
    const level = registry.spelling === "azapi" ? feature.azapiLevel : void 0;
    const p = value.origin.provenance;
    const off = p.kind === "module-default" ? `set ${p.input} = ${feature.moduleOff} in ${p.call}` : feature.fix(path12, registry);
    ctx.report({
      subject: registry.resource,
      attribute: path12,
      value,
      context: skuContext,
      ...level ? { level } : {},
      message: `${address} is ${tier}${originClause(sku.origin)}, but ${path12}${originClause(value.origin)} asks for ${feature.label}, a Premium-only feature. ${level === "note" ? unconfirmed(feature) : capitalize(rejection(registry))} Fix: set ${registry.paths.sku} = "Premium", or ${off}.`
    });
  }
  for (const endpoint of registry.privateEndpoints) reportEndpoint(ctx, registry, endpoint, tier, skuContext);
}
function reportEndpoint(ctx, registry, endpoint, tier, skuContext) {
  const maybe2 = endpoint.resource.unknownInstances !== void 0;
  ctx.report({
    subject: endpoint.resource,
    attribute: "private_service_connection.private_connection_resource_id",
    value: endpoint.registryId,
    context: skuContext,
    ...maybe2 ? { level: "note" } : {},
    message: `Private endpoint ${endpoint.resource.address} connects to ${registry.resource.address}, whose sku is ${tier}${originClause(registry.settings.sku.origin)}; Azure offers private endpoints for a container registry on the Premium tier only.` + (maybe2 ? ` (Whether this endpoint exists is unknown: ${endpoint.resource.unknownInstances}.)` : "") + ` Fix: set ${registry.paths.sku} = "Premium" on the registry, or remove the private endpoint.`
  });
}
function reportUnknownSku(ctx, registry) {
  const sku = registry.settings.sku;
  if (sku.known) return;
  const set = FEATURES.filter((f) => f.active(registry.settings[f.setting], registry) === true).map((f) => `${f.label} (${registry.paths[f.setting]})`);
  if (registry.privateEndpoints.length > 0) set.push(`private endpoints (${registry.privateEndpoints.map((e) => e.resource.address).join(", ")})`);
  if (set.length === 0) return;
  ctx.report({
    subject: registry.resource,
    attribute: registry.paths.sku,
    value: sku,
    level: "note",
    message: `Cannot check that ${registry.resource.address} is Premium: ${registry.paths.sku} is unknown (${sku.why}), and the registry uses Premium-only features: ${set.join(", ")}. If the sku turns out to be Basic or Standard, ${rejection(registry)} Make sure ${registry.paths.sku} is "Premium".`
  });
}
function rejection(registry) {
  return registry.spelling === "azapi" ? "the azapi provider does not check this, and Azure documents it as a feature of the Premium tier only." : "the azurerm provider rejects it on a non-Premium sku (at plan or create time).";
}
function unconfirmed(feature) {
  return feature.setting === "zoneRedundancyEnabled" ? "The azurerm provider allows it only on Premium; for the ARM property Azure now says zone redundancy is on by default for every tier, and does not say whether it rejects the property on lower tiers (unconfirmed)." : "The azurerm provider allows it only on Premium; no Azure source says whether ARM rejects the property on lower tiers (unconfirmed).";
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// rules/acr-export-policy-needs-private-access.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrExportPolicyNeedsPrivateAccess = {
  meta: {
    id: "ACR011",
    name: "acr-export-policy-needs-private-access",
    defaultLevel: "error",
    securitySeverity: 4,
    tags: ["security", "azure", "acr"],
    shortDescription: "Export policy disabled while public network access is enabled",
    fullDescription: "export_policy_enabled = false requires public_network_access_enabled = false (and Premium): the azurerm provider rejects the combination at plan time, and Azure requires public network access to be disabled before exports can be disabled."
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry4(ctx, registry);
  }
};
function checkRegistry4(ctx, registry) {
  const exportPolicy = registry.settings.exportPolicyEnabled;
  const publicAccess = registry.settings.publicNetworkAccessEnabled;
  const exportPath = registry.paths.exportPolicyEnabled;
  const publicPath = registry.paths.publicNetworkAccessEnabled;
  if (isTrue(exportPolicy) || isFalse(publicAccess)) return;
  const address = registry.resource.address;
  const azapi = registry.spelling === "azapi";
  const disabledExport = azapi ? '"disabled"' : "false";
  const disabledPublic = azapi ? '"Disabled"' : "false";
  const fix2 = `set ${publicPath} = ${disabledPublic} (clients then reach the registry through private endpoints; Premium only), or keep public access and remove ${exportPath}${azapi ? "" : " (default true)"}`;
  const publicContext = [{ origin: publicAccess.origin, message: `public network access is enabled here${originClause(publicAccess.origin)}` }];
  if (isFalse(exportPolicy) && isTrue(publicAccess)) {
    ctx.report({
      subject: registry.resource,
      attribute: exportPath,
      value: exportPolicy,
      context: publicContext,
      message: `${address} disables the export policy (${exportPath} = ${disabledExport}${originClause(exportPolicy.origin)}) while public network access is enabled (${publicPath}${originClause(publicAccess.origin)}). Exports can be disabled only on a registry whose public network access is disabled; ${azapi ? "Azure requires public network access to be disabled before exports can be disabled" : "the azurerm provider rejects this at plan time"}. Fix: ${fix2}.`
    });
    return;
  }
  const unknowns = [
    ...!exportPolicy.known ? [`${exportPath} is unknown (${exportPolicy.why})`] : [],
    ...!publicAccess.known ? [`${publicPath} is unknown (${publicAccess.why})`] : []
  ];
  if (unknowns.length === 0) return;
  const decisive = !exportPolicy.known ? exportPolicy : publicAccess;
  ctx.report({
    subject: registry.resource,
    attribute: decisive === exportPolicy ? exportPath : publicPath,
    value: decisive,
    level: "note",
    message: `Cannot check the export policy of ${address}: ${unknowns.join("; ")}. Disabling exports while public network access is enabled is rejected; if both end up that way: ${fix2}.`
  });
}

// rules/acr-private-without-endpoint.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrPrivateWithoutEndpoint = {
  meta: {
    id: "ACR012",
    name: "acr-private-without-endpoint",
    defaultLevel: "note",
    securitySeverity: 2,
    tags: ["networking", "azure", "acr"],
    shortDescription: "Public network access is disabled and no private endpoint to the registry is in this configuration",
    fullDescription: "With public network access disabled, clients reach the registry only through private endpoints. None targets it in the scanned configuration; one may be managed elsewhere, otherwise the registry is unreachable."
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry5(ctx, registry);
  }
};
function checkRegistry5(ctx, registry) {
  const publicAccess = registry.settings.publicNetworkAccessEnabled;
  if (!isFalse(publicAccess) || registry.privateEndpoints.length > 0) return;
  const sku = stringOf(registry.settings.sku)?.toLowerCase();
  if (sku === "basic" || sku === "standard") return;
  const path12 = registry.paths.publicNetworkAccessEnabled;
  const address = registry.resource.address;
  const endpointHint = registry.knownModule !== void 0 ? `add an entry to "private_endpoints" in ${registry.knownModule.call}` : `add an azurerm_private_endpoint whose private_service_connection has private_connection_resource_id = ${address}.id and subresource_names = ["registry"]`;
  ctx.report({
    subject: registry.resource,
    attribute: path12,
    value: publicAccess,
    message: `Public network access to ${address} is disabled (${path12}${originClause(publicAccess.origin)}), and no private endpoint in the scanned configuration connects to it, so this configuration gives clients no way to reach it (trusted Azure services aside, when the bypass lets them through). If the endpoint is managed elsewhere (another configuration, a platform team, the portal), this is fine: suppress the note. Otherwise ${endpointHint}.`
  });
}

// rules/acr-admin-user-enabled.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrAdminUserEnabled = {
  meta: {
    id: "ACR013",
    name: "acr-admin-user-enabled",
    defaultLevel: "warning",
    securitySeverity: 7,
    tags: ["security", "azure", "acr"],
    shortDescription: "The registry admin user is enabled",
    fullDescription: "The admin user is a single shared account with full permissions to the registry: everyone who uses its credentials appears as one user with push and pull access. Azure designs it for a single user, mainly for testing, and recommends Microsoft Entra identities (individual logins, service principals, managed identities) instead; repository-scoped tokens are another option."
  },
  check(ctx) {
    for (const registry of ctx.model.registries) {
      const admin = registry.settings.adminEnabled;
      const path12 = registry.paths.adminEnabled;
      const address = registry.resource.address;
      const off = registry.spelling === "azapi" ? `remove ${path12} or set it to false` : `remove ${path12} or set it to false (the default)`;
      if (isTrue(admin)) {
        ctx.report({
          subject: registry.resource,
          attribute: path12,
          value: admin,
          message: `The admin user of ${address} is enabled (${path12}${originClause(admin.origin)}). It is one shared account with full permissions to the registry: everyone using its credentials appears as a single user with push and pull access, and Azure designs it for a single user, mainly for testing. Fix: ${off}, and give people and workloads Microsoft Entra identities with a registry role (for example AcrPull / AcrPush through azurerm_role_assignment, managed identities for Azure services) or repository-scoped tokens.`
        });
      } else if (!admin.known) {
        ctx.report({
          subject: registry.resource,
          attribute: path12,
          value: admin,
          level: "note",
          message: `Cannot tell whether the admin user of ${address} is enabled: ${path12} is unknown (${admin.why}). If it ends up true, everyone using the admin credentials shares one account with full permissions; prefer Microsoft Entra identities.`
        });
      }
    }
  }
};

// rules/acr-anonymous-pull-enabled.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrAnonymousPullEnabled = {
  meta: {
    id: "ACR014",
    name: "acr-anonymous-pull-enabled",
    defaultLevel: "warning",
    securitySeverity: 7,
    tags: ["security", "azure", "acr"],
    shortDescription: "Anonymous pull is enabled on the registry",
    fullDescription: "anonymous_pull_enabled lets anyone who can reach the registry pull any content in it without credentials: it applies to every repository, whatever repository-scoped tokens say. Enable it only for registries meant to be public."
  },
  check(ctx) {
    for (const registry of ctx.model.registries) {
      const anonymous = registry.settings.anonymousPullEnabled;
      const path12 = registry.paths.anonymousPullEnabled;
      const address = registry.resource.address;
      if (isTrue(anonymous)) {
        const basic = equals(registry.settings.sku, "Basic", true) ? ` Note also that Azure offers anonymous pull on the Standard and Premium tiers only, and ${address} is Basic.` : "";
        ctx.report({
          subject: registry.resource,
          attribute: path12,
          value: anonymous,
          message: `Anonymous pull is enabled on ${address} (${path12}${originClause(anonymous.origin)}): anyone who can reach the registry can pull any image or artifact in it without credentials, in every repository, whatever repository-scoped tokens allow.${basic} Fix: remove ${path12} or set it to false, unless the registry is meant to publish public content; then keep private images in another registry.`
        });
      } else if (!anonymous.known) {
        ctx.report({
          subject: registry.resource,
          attribute: path12,
          value: anonymous,
          level: "note",
          message: `Cannot tell whether anonymous pull is enabled on ${address}: ${path12} is unknown (${anonymous.why}). If it ends up true, anyone who can reach the registry can pull all of its content without credentials.`
        });
      }
    }
  }
};

// rules/acr-avm-cache-rules-need-premium.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var acrAvmCacheRulesNeedPremium = {
  meta: {
    id: "ACR015",
    name: "acr-avm-cache-rules-need-premium",
    defaultLevel: "note",
    securitySeverity: 1,
    tags: ["reliability", "avm", "artifact-cache", "azure", "acr"],
    shortDescription: "The AVM registry module requires Premium for cache rules, although Azure does not",
    fullDescription: "From 0.8.0 the Azure Verified Module Azure/avm-res-containerregistry-registry/azurerm fails its precondition when cache_rules or credential_sets are set on a non-Premium SKU, although Artifact Cache is available on every tier (AVM issue #230). Use Premium, or the azurerm cache rule resources."
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry6(ctx, registry);
  }
};
var FIRST = [0, 8, 0];
function checkRegistry6(ctx, registry) {
  const module = registry.knownModule;
  if (!module || !atLeastFirst(module.version)) return;
  const cacheRules = registry.cacheRules.filter((c) => c.avm?.call === module.call);
  const credentialSets = registry.credentialSets.filter((c) => c.avm?.call === module.call);
  if (cacheRules.length === 0 && credentialSets.length === 0) return;
  const sku = registry.settings.sku;
  const tier = stringOf(sku);
  if (tier === void 0 || tier === "Premium") return;
  const inputs = [...cacheRules.length > 0 ? ["cache_rules"] : [], ...credentialSets.length > 0 ? ["credential_sets"] : []].join(" and ");
  const version = module.version ?? "version not pinned, so the newest release is assumed";
  const uncertain = [...cacheRules, ...credentialSets].every((c) => c.resource.unknownInstances !== void 0);
  ctx.report({
    subject: registry.resource,
    attribute: registry.paths.sku,
    value: sku,
    message: `${module.call} sets ${inputs} with sku = "${tier}"${originClause(sku.origin)}, but ${module.name} (${version}) requires sku = "Premium" whenever cache_rules or credential_sets are given: its precondition fails with "The Premium SKU is required when cache_rules or credential_sets are defined.", so terraform plan stops${uncertain ? ` (if ${inputs} turn out non-empty; they are unknown here)` : ""}. Azure itself offers Artifact Cache on Basic, Standard and Premium (reported as AVM issue #230). Fix: set sku = "Premium", or keep "${tier}" and create the cache rules and credential sets outside the module (azurerm_container_registry_cache_rule / azurerm_container_registry_credential_set with container_registry_id, or azapi_resource with parent_id = ${module.call}.resource_id).`
  });
}
function atLeastFirst(version) {
  if (version === void 0) return true;
  const parts = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (!parts) return true;
  const v = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  for (let i = 0; i < 3; i++) if (v[i] !== FIRST[i]) return v[i] > FIRST[i];
  return true;
}

// rules/acr-docker-hub-missing-namespace.ts
init_define_TF_ACR_LINT_PACKAGE();
var acrDockerHubMissingNamespace = {
  meta: {
    id: "ACR016",
    name: "acr-docker-hub-missing-namespace",
    defaultLevel: "note",
    securitySeverity: 1,
    tags: ["artifact-cache", "docker-hub", "azure", "acr"],
    shortDescription: "Docker Hub cache rule source without a namespace",
    fullDescription: "A Docker Hub official image lives under library/ (docker.io/library/nginx). Artifact Cache now inserts library/ when it is missing, but older guidance required it and every documented example writes it; write docker.io/library/<image>."
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      const repo = knownSource(rule)?.repo;
      if (!repo || repo.host !== DOCKER_HUB || repo.segments.length !== 1 || repo.wildcard) continue;
      const image = repo.segments[0].toLowerCase();
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.sourceRepository,
        value: rule.sourceRepository,
        message: `Cache rule ${rule.resource.address} caches the Docker Hub repository "${repo.text}"${originClause(rule.sourceRepository.origin)} without a namespace. Official Docker Hub images live under library/. Azure now adds library/ when it is missing, but earlier guidance required it (rules written as docker.io/<image> failed), and every documented example writes it. Fix: set ${cacheRuleField(rule, "sourceRepository")} = "docker.io/library/${image}".`
      });
    }
  }
};

// rules/index.ts
var ALL_RULES = [
  acrCacheBlockedByBypassNone,
  acrTrustedServicesBlocked,
  acrCacheUpstreamNeedsCredentials,
  acrCacheCredentialsOnAnonymousUpstream,
  acrCacheUnsupportedUpstream,
  acrCacheMalformedRepository,
  acrCacheOverlappingRules,
  acrCredentialSetNoKeyVaultAccess,
  acrCredentialSetVersionedSecret,
  acrPremiumFeatureOnLowerSku,
  acrExportPolicyNeedsPrivateAccess,
  acrPrivateWithoutEndpoint,
  acrAdminUserEnabled,
  acrAnonymousPullEnabled,
  acrAvmCacheRulesNeedPremium,
  acrDockerHubMissingNamespace
];

// src/config/config.ts
init_define_TF_ACR_LINT_PACKAGE();
var import_picomatch = __toESM(require_picomatch2(), 1);
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var CONFIG_FILE = ".tf-acr-lint.yml";
var SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      type: "object",
      additionalProperties: { enum: ["off", "on", "error", "warning", "note"] }
    },
    ignore: { type: "array", items: { type: "string", minLength: 1 } }
  }
};
var ConfigError = class extends Error {
};
function findConfig(startDir, explicit) {
  if (explicit) {
    if (!existsSync(explicit)) throw new ConfigError(`--config ${explicit}: no such file`);
    return explicit;
  }
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return void 0;
  }
}
async function loadConfig(file, rules, scanRoot) {
  if (!file) return { rules: /* @__PURE__ */ new Map(), ignore: [], baseDir: scanRoot };
  const { parseDocument } = await Promise.resolve().then(() => __toESM(require_dist(), 1));
  const { Ajv: Ajv2 } = await Promise.resolve().then(() => __toESM(require_ajv(), 1));
  const document = parseDocument(readFileSync(file, "utf8"));
  if (document.errors.length > 0) {
    const e = document.errors[0];
    throw new ConfigError(`${file}:${e.linePos?.[0]?.line ?? 1}: invalid YAML: ${e.message.split("\n")[0]}`);
  }
  const data = document.toJS() ?? {};
  const validate = new Ajv2({ allErrors: false, strict: false }).compile(SCHEMA);
  if (!validate(data)) {
    const error = validate.errors[0];
    const key = [error.instancePath.slice(1).replace(/\//g, "."), error.params.additionalProperty].filter(Boolean).join(".");
    throw new ConfigError(`${file}: ${key || "the file"} ${error.message ?? "is not valid"}${error.keyword === "enum" ? " (off, on, error, warning or note)" : ""}`);
  }
  const { rules: settings = {}, ignore = [] } = data;
  const byKey = new Map(rules.flatMap((r) => [[r.meta.id.toUpperCase(), r.meta.id], [r.meta.name, r.meta.id]]));
  const resolved = /* @__PURE__ */ new Map();
  for (const [key, setting] of Object.entries(settings)) {
    const id = byKey.get(key.toUpperCase()) ?? byKey.get(key);
    if (!id) throw new ConfigError(`${file}: rules.${key}: no rule has this id or name (see tf-acr-lint rules)`);
    resolved.set(id, setting);
  }
  return { file, rules: resolved, ignore, baseDir: path.dirname(path.resolve(file)) };
}
function configuredRules(config, rules) {
  return rules.flatMap((rule) => {
    const setting = config.rules.get(rule.meta.id) ?? "on";
    if (setting === "off") return [];
    if (setting === "on" || setting === rule.meta.defaultLevel) return [rule];
    return [{ ...rule, meta: { ...rule.meta, defaultLevel: setting } }];
  });
}
function ignoredPaths(config) {
  if (config.ignore.length === 0) return () => false;
  const match = (0, import_picomatch.default)(config.ignore, { dot: true });
  return (absolutePath) => {
    const relative = path.relative(config.baseDir, absolutePath).split(path.sep).join("/");
    return !relative.startsWith("..") && (match(relative) || match(`${relative}/`));
  };
}

// src/engine/finding.ts
init_define_TF_ACR_LINT_PACKAGE();
var LEVELS = ["error", "warning", "note"];
function atLeast(level, threshold) {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(threshold);
}

// src/lint.ts
init_define_TF_ACR_LINT_PACKAGE();

// src/adapt/adapt.ts
init_define_TF_ACR_LINT_PACKAGE();
init_address();

// src/adapt/children.ts
init_define_TF_ACR_LINT_PACKAGE();
init_address();
init_value();
var ARM_CACHE_RULE = "microsoft.containerregistry/registries/cacherules";
var ARM_CREDENTIAL_SET = "microsoft.containerregistry/registries/credentialsets";
function toCacheRule(resource) {
  const a = resource.attributes;
  if (resource.type === "azurerm_container_registry_cache_rule") {
    const link2 = a.get("container_registry_id");
    return {
      link: link2,
      child: {
        resource,
        spelling: "azurerm",
        ...link2 ? { registryId: link2 } : {},
        name: orAbsent(a.get("name")),
        sourceRepository: orAbsent(a.get("source_repo")),
        targetRepository: orAbsent(a.get("target_repo")),
        credentialSetId: orAbsent(a.get("credential_set_id")),
        identity: orAbsent(void 0),
        paths: { name: "name", sourceRepository: "source_repo", targetRepository: "target_repo", credentialSetId: "credential_set_id", registryId: "container_registry_id" }
      }
    };
  }
  if (resource.type !== "azapi_resource" || armType(resource) !== ARM_CACHE_RULE) return void 0;
  const props = readPath(azapiBody(resource), ["properties"]);
  const link = a.get("parent_id");
  const avm = avmEntry(resource, "cache_rule");
  return {
    link,
    child: {
      resource,
      spelling: "azapi",
      ...link ? { registryId: link } : {},
      name: orAbsent(a.get("name")),
      sourceRepository: orAbsent(readPath(props, ["sourceRepository"])),
      targetRepository: orAbsent(readPath(props, ["targetRepository"])),
      credentialSetId: orAbsent(readPath(props, ["credentialSetResourceId"])),
      identity: orAbsent(written(firstBlock(a.get("identity"))) ?? written(readPath(azapiBody(resource), ["identity"]))),
      ...avm ? { avm } : {},
      paths: {
        name: "name",
        sourceRepository: "body.properties.sourceRepository",
        targetRepository: "body.properties.targetRepository",
        credentialSetId: "body.properties.credentialSetResourceId",
        registryId: "parent_id"
      }
    }
  };
}
function toCredentialSet(resource) {
  const a = resource.attributes;
  if (resource.type === "azurerm_container_registry_credential_set") {
    const credentials2 = listOrOne(a.get("authentication_credentials"));
    return {
      link: a.get("container_registry_id"),
      child: {
        resource,
        spelling: "azurerm",
        loginServer: orAbsent(a.get("login_server")),
        secrets: secretsOf(credentials2, "authentication_credentials", { username: "username_secret_id", password: "password_secret_id" }),
        principalId: principalIdOf(resource),
        paths: { loginServer: "login_server" }
      }
    };
  }
  if (resource.type !== "azapi_resource" || armType(resource) !== ARM_CREDENTIAL_SET) return void 0;
  const props = readPath(azapiBody(resource), ["properties"]);
  const credentials = listOrOne(readPath(props, ["authCredentials"]));
  const avm = avmEntry(resource, "credential_set");
  return {
    link: a.get("parent_id"),
    child: {
      resource,
      spelling: "azapi",
      loginServer: orAbsent(readPath(props, ["loginServer"])),
      secrets: secretsOf(credentials, "body.properties.authCredentials", { username: "usernameSecretIdentifier", password: "passwordSecretIdentifier" }),
      principalId: principalIdOf(resource),
      ...avm ? { avm } : {},
      paths: { loginServer: "body.properties.loginServer" }
    }
  };
}
function toPrivateEndpoints(resource) {
  if (resource.type !== "azurerm_private_endpoint") return [];
  return listOrOne(resource.attributes.get("private_service_connection")).map((connection) => {
    const link = attr(connection, "private_connection_resource_id");
    return { link, child: { resource, registryId: orAbsent(link) } };
  });
}
function secretsOf(credentials, block2, fields) {
  const at2 = (i) => credentials.length > 1 ? `${block2}[${i}]` : block2;
  return ["username", "password"].flatMap((kind) => credentials.map((c, i) => ({ kind, value: orAbsent(attr(c, fields[kind])), path: `${at2(i)}.${fields[kind]}` })));
}
function principalIdOf(resource) {
  const identity = firstBlock(resource.attributes.get("identity"));
  const read = readPath(identity, ["principal_id"]);
  if (read?.known && read.value !== null) return read;
  if (read && !read.known) return withRefs(read, [resource.address]);
  return unknown(`${resource.address}.identity[0].principal_id is known only after apply`, identity?.origin ?? literalOrigin(void 0), [resource.address]);
}
function avmEntry(resource, submodule) {
  const call = resource.knownModule?.call;
  if (call === void 0) return void 0;
  const { modules } = parseAddress(resource.address);
  const step = modules[modules.length - 1];
  if (step?.name !== submodule || step.key === void 0 || modulePrefix(modules.slice(0, -1)) !== `${call}.`) return void 0;
  return { call, key: step.key };
}
function listOrOne(v) {
  const list2 = listOf(v);
  if (list2) return list2;
  const one = firstBlock(v);
  return one && mapOf(one) ? [one] : [];
}

// src/adapt/registry.ts
init_define_TF_ACR_LINT_PACKAGE();
init_value();
var ARM_REGISTRY = "microsoft.containerregistry/registries";
var attribute = (name, convert2 = (v) => v) => (r) => convert2(written(r.attributes.get(name)));
var block = (name) => (r) => written(firstBlock(r.attributes.get(name)));
var body = (path12, convert2 = (v) => v) => (r) => convert2(written(readPath(azapiBody(r), path12)));
var D = AZURERM_REGISTRY_DEFAULTS;
var A = ARM_REGISTRY_DEFAULTS;
var AZURERM2 = {
  sku: { path: "sku", read: attribute("sku"), absent: { unknown: "sku is not set" } },
  publicNetworkAccessEnabled: { path: "public_network_access_enabled", read: attribute("public_network_access_enabled", asBool), absent: D.public_network_access_enabled },
  networkRuleBypass: { path: "network_rule_bypass_option", read: attribute("network_rule_bypass_option"), absent: D.network_rule_bypass_option },
  networkRuleSet: { path: "network_rule_set", read: block("network_rule_set"), absent: D.network_rule_set },
  networkRuleDefaultAction: { path: "network_rule_set.default_action", read: (r) => written(readPath(r.attributes.get("network_rule_set"), ["default_action"])), absent: D.default_action },
  adminEnabled: { path: "admin_enabled", read: attribute("admin_enabled", asBool), absent: D.admin_enabled },
  anonymousPullEnabled: { path: "anonymous_pull_enabled", read: attribute("anonymous_pull_enabled", asBool), absent: D.anonymous_pull_enabled },
  exportPolicyEnabled: { path: "export_policy_enabled", read: attribute("export_policy_enabled", asBool), absent: D.export_policy_enabled },
  quarantinePolicyEnabled: { path: "quarantine_policy_enabled", read: attribute("quarantine_policy_enabled", asBool), absent: D.quarantine_policy_enabled },
  dataEndpointEnabled: { path: "data_endpoint_enabled", read: attribute("data_endpoint_enabled", asBool), absent: D.data_endpoint_enabled },
  zoneRedundancyEnabled: { path: "zone_redundancy_enabled", read: attribute("zone_redundancy_enabled", asBool), absent: D.zone_redundancy_enabled },
  retentionDays: { path: "retention_policy_in_days", read: azurermRetention, absent: D.retention_policy_in_days },
  georeplications: { path: "georeplications", read: attribute("georeplications"), absent: D.georeplications },
  customerManagedKey: { path: "encryption", read: block("encryption"), absent: D.encryption }
};
var AZAPI = {
  sku: { path: "body.sku.name", read: body(["sku", "name"]), absent: { unknown: "body.sku.name is not set" } },
  publicNetworkAccessEnabled: { path: "body.properties.publicNetworkAccess", read: body(["properties", "publicNetworkAccess"], enabledFlag), absent: A.publicNetworkAccess },
  networkRuleBypass: { path: "body.properties.networkRuleBypassOptions", read: body(["properties", "networkRuleBypassOptions"]), absent: A.networkRuleBypassOptions },
  networkRuleSet: { path: "body.properties.networkRuleSet", read: body(["properties", "networkRuleSet"]), absent: A.networkRuleSet },
  networkRuleDefaultAction: { path: "body.properties.networkRuleSet.defaultAction", read: body(["properties", "networkRuleSet", "defaultAction"]), absent: A.defaultAction },
  adminEnabled: { path: "body.properties.adminUserEnabled", read: body(["properties", "adminUserEnabled"], asBool), absent: A.notSet },
  anonymousPullEnabled: { path: "body.properties.anonymousPullEnabled", read: body(["properties", "anonymousPullEnabled"], asBool), absent: A.anonymousPullEnabled },
  exportPolicyEnabled: { path: "body.properties.policies.exportPolicy.status", read: body(["properties", "policies", "exportPolicy", "status"], enabledFlag), absent: A.exportPolicy },
  quarantinePolicyEnabled: { path: "body.properties.policies.quarantinePolicy.status", read: body(["properties", "policies", "quarantinePolicy", "status"], enabledFlag), absent: A.notSet },
  dataEndpointEnabled: { path: "body.properties.dataEndpointEnabled", read: body(["properties", "dataEndpointEnabled"], asBool), absent: A.notSet },
  zoneRedundancyEnabled: { path: "body.properties.zoneRedundancy", read: body(["properties", "zoneRedundancy"], enabledFlag), absent: A.zoneRedundancy },
  retentionDays: { path: "body.properties.policies.retentionPolicy", read: azapiRetention, absent: A.retentionPolicy },
  // Replications are child resources (`registries/replications`) in ARM, not a registry property.
  georeplications: { path: "body.properties", read: () => void 0, absent: A.notSet },
  customerManagedKey: { path: "body.properties.encryption", read: azapiEncryption, absent: A.encryption }
};
function azurermRetention(r) {
  const days = written(r.attributes.get("retention_policy_in_days"));
  if (days) return days;
  const v3 = written(firstBlock(r.attributes.get("retention_policy")));
  if (!v3) return void 0;
  if (!v3.known) return v3;
  const enabled = asBool(readPath(v3, ["enabled"]));
  if (!enabled?.known) return enabled;
  return enabled.value === true ? readPath(v3, ["days"]) ?? known(7, enabled.origin) : known(null, enabled.origin);
}
function azapiRetention(r) {
  const policy = written(readPath(azapiBody(r), ["properties", "policies", "retentionPolicy"]));
  if (!policy?.known) return policy;
  const status = enabledFlag(readPath(policy, ["status"]));
  if (!status) return void 0;
  if (!status.known) return status;
  return status.value === true ? readPath(policy, ["days"]) ?? known(7, status.origin) : known(null, status.origin);
}
function azapiEncryption(r) {
  const encryption = written(readPath(azapiBody(r), ["properties", "encryption"]));
  if (!encryption?.known) return encryption;
  const status = enabledFlag(readPath(encryption, ["status"]));
  if (!status) return void 0;
  if (!status.known) return status;
  return status.value ? encryption : known(null, status.origin);
}
function toRegistry(resource) {
  const spelling = resource.type === "azurerm_container_registry" ? "azurerm" : armType(resource) === ARM_REGISTRY && resource.type === "azapi_resource" ? "azapi" : void 0;
  if (!spelling) return void 0;
  const table2 = spelling === "azurerm" ? AZURERM2 : AZAPI;
  const settings = {};
  const paths = {};
  for (const name of REGISTRY_SETTINGS) {
    const source = table2[name];
    paths[name] = source.path;
    settings[name] = source.read(resource) ?? absentValue(source.absent);
  }
  return {
    resource,
    spelling,
    settings,
    paths,
    ...resource.knownModule ? { knownModule: resource.knownModule } : {},
    cacheRules: [],
    credentialSets: [],
    privateEndpoints: []
  };
}
function absentValue(absent) {
  return "unknown" in absent ? unknown(absent.unknown, { provenance: { kind: "literal" }, via: [] }) : defaultValue(absent);
}
function applyRegistryUpdate(registry, update) {
  const override = (name) => {
    const source = AZAPI[name];
    const value = source.read(update);
    if (!value) return;
    registry.settings[name] = value;
    registry.paths[name] = `${source.path} of ${update.address}`;
  };
  for (const name of REGISTRY_SETTINGS) if (name !== "sku" && name !== "georeplications") override(name);
}

// src/adapt/adapt.ts
function adapt(graph) {
  const managed = graph.resources.filter((r) => r.mode === "managed");
  const registries = managed.map(toRegistry).filter((r) => r !== void 0);
  const links = new RegistryLinks(registries);
  const orphanCacheRules = [];
  const orphanCredentialSets = [];
  for (const resource of managed) {
    const cacheRule = toCacheRule(resource);
    if (cacheRule) {
      const registry = links.find(resource, cacheRule.link);
      if (registry) registry.cacheRules.push(cacheRule.child);
      else orphanCacheRules.push(cacheRule.child);
    }
    const credentialSet = toCredentialSet(resource);
    if (credentialSet) (links.find(resource, credentialSet.link)?.credentialSets ?? orphanCredentialSets).push(credentialSet.child);
    for (const endpoint of toPrivateEndpoints(resource)) links.find(resource, endpoint.link)?.privateEndpoints.push(endpoint.child);
    if (resource.type === "azapi_update_resource" && armType(resource) === ARM_REGISTRY) {
      const registry = links.find(resource, resource.attributes.get("resource_id") ?? resource.attributes.get("parent_id"));
      if (registry) applyRegistryUpdate(registry, resource);
    }
  }
  return {
    registries,
    orphanCacheRules,
    orphanCredentialSets,
    keyVaults: collect(managed, toKeyVault),
    keyVaultSecrets: collect(managed, toKeyVaultSecret),
    roleAssignments: collect(managed, toRoleAssignment),
    accessPolicies: collect(managed, toAccessPolicy)
  };
}
function collect(resources, read) {
  return resources.map(read).filter((x) => x !== void 0);
}
var RegistryLinks = class {
  byAddress = /* @__PURE__ */ new Map();
  byId = /* @__PURE__ */ new Map();
  constructor(registries) {
    for (const r of registries) {
      this.byAddress.set(keyInRoot(r.resource.root, r.resource.address), r);
      const id = r.resource.attributes.get("id");
      if (id?.known && typeof id.value === "string") this.byId.set(keyInRoot(r.resource.root, id.value.toLowerCase()), r);
    }
  }
  /**
   * The registry whose address the link value refers to, or whose known id it equals (ARM ids
   * compare case-insensitively). A reference to several registries at once links to none
   * rather than guessing.
   */
  find(from, link) {
    const matches = new Set((link?.refs ?? []).map((ref) => this.byAddress.get(keyInRoot(from.root, ref))).filter((r) => r !== void 0));
    if (matches.size > 1) return void 0;
    if (matches.size === 1) return [...matches][0];
    return link?.known && typeof link.value === "string" ? this.byId.get(keyInRoot(from.root, link.value.toLowerCase())) : void 0;
  }
};

// src/engine/run-rules.ts
init_define_TF_ACR_LINT_PACKAGE();
import { createHash } from "node:crypto";

// src/model/span.ts
init_define_TF_ACR_LINT_PACKAGE();
function spanContains(outer, inner) {
  return outer.file === inner.file && outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}

// src/engine/suppress.ts
init_define_TF_ACR_LINT_PACKAGE();
function applySuppressions(placed, suppressions, rules) {
  const unique = [...new Map(suppressions.map((s) => [`${s.span.file}:${s.span.start.offset}`, s])).values()];
  const index = new SuppressionIndex(unique, rules);
  const used = /* @__PURE__ */ new Set();
  const findings = [];
  const suppressed = [];
  for (const p of placed) {
    const by = index.candidates(p).find((s) => covers(s, p));
    if (by) {
      used.add(by);
      suppressed.push(p.finding);
    } else findings.push(p.finding);
  }
  const diagnostics = [];
  for (const s of unique) {
    const unknownRules = s.rules.filter((r) => !ruleOf(r, rules));
    if (unknownRules.length > 0) diagnostics.push(at(s, "warning", `tf-acr-lint:ignore names no known rule: ${unknownRules.join(", ")} (see tf-acr-lint rules)`));
    if (!s.reason) diagnostics.push(at(s, "warning", 'tf-acr-lint:ignore needs a reason: write "-- <why this is acceptable>" after the rule ids'));
    if (!used.has(s) && unknownRules.length < s.rules.length) diagnostics.push(at(s, "note", `unused suppression: no ${s.rules.join(", ")} finding in the block or argument below`));
  }
  return { findings, suppressed, diagnostics };
}
var SuppressionIndex = class {
  constructor(suppressions, rules) {
    this.suppressions = suppressions;
    suppressions.forEach((s, i) => {
      const ids = new Set(s.rules.map((r) => ruleOf(r, rules)?.meta.id).filter((id) => id !== void 0));
      for (const id of ids) addPosition(this.positions, `${s.target.file}\0${id}`, i);
    });
  }
  suppressions;
  positions = /* @__PURE__ */ new Map();
  candidates(p) {
    const files = /* @__PURE__ */ new Set([...p.finding.location ? [p.finding.location.file] : [], ...p.callSpans.map((c) => c.file)]);
    const found = [...files].flatMap((file) => this.positions.get(`${file}\0${p.finding.ruleId}`) ?? []);
    return itemsAt(this.suppressions, found);
  }
};
function covers(s, p) {
  const location = p.finding.location;
  return location !== void 0 && spanContains(s.target, location) || p.callSpans.some((call) => spanContains(s.target, call));
}
function ruleOf(key, rules) {
  return rules.find((r) => r.meta.id.toUpperCase() === key.toUpperCase() || r.meta.name === key);
}
function at(s, severity, message) {
  return { severity, message, file: s.span.file, line: s.span.start.line, column: s.span.start.column };
}

// src/engine/run-rules.ts
function runRules(model, rules, suppressions = []) {
  const placed = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    rule.check({
      model,
      report: (report) => {
        const finding = placeFinding(rule, report);
        if (!placed.has(finding.fingerprint)) placed.set(finding.fingerprint, { finding, callSpans: report.subject.callSpans ?? [] });
      }
    });
  }
  const outcome = applySuppressions([...placed.values()], suppressions, rules);
  return { ...outcome, findings: outcome.findings.sort(compareFindings), suppressed: outcome.suppressed.sort(compareFindings) };
}
function placeFinding(rule, report) {
  const { subject, value } = report;
  const trail = value ? [...value.origin.via, ...value.origin.span ? [value.origin.span] : []] : [];
  const calls = subject.callSpans ?? [];
  const location = trail.find(isEditable) ?? [subject.headerSpan ?? subject.span].find((s) => s !== void 0 && isEditable(s)) ?? [...calls].reverse().find(isEditable);
  const candidates = [];
  if (value?.origin.span) candidates.push({ span: value.origin.span, message: writtenHere("the value comes from here", value.origin) });
  for (const c of report.context ?? []) {
    const [site, ...rest] = [...c.origin.via, ...c.origin.span ? [c.origin.span] : []].filter(isEditable);
    if (site) candidates.push({ span: site, message: c.message });
    if (c.origin.span && rest.includes(c.origin.span)) candidates.push({ span: c.origin.span, message: writtenHere("set here", c.origin) });
  }
  for (const hop of value?.origin.via ?? []) candidates.push({ span: hop, message: "the value passes through here" });
  const call = calls[calls.length - 1];
  if (call && location !== call) candidates.push({ span: call, message: "the module is called here" });
  const related = [];
  for (const candidate of candidates.filter((c) => isEditable(c.span))) {
    const shown = location ? [location, ...related.map((r) => r.span)] : related.map((r) => r.span);
    if (shown.some((s) => overlapsAsNesting(s, candidate.span))) continue;
    related.push(candidate);
  }
  const attribute2 = report.attribute;
  return {
    ruleId: rule.meta.id,
    ruleName: rule.meta.name,
    level: report.level ?? rule.meta.defaultLevel,
    message: report.message,
    address: subject.address,
    ...attribute2 !== void 0 ? { attribute: attribute2 } : {},
    ...location ? { location } : {},
    related,
    fingerprint: fingerprint(rule.meta.id, subject.root, subject.address, attribute2)
  };
}
function writtenHere(what, origin) {
  return origin.provenance.kind === "literal" ? what : `${what}: ${describeProvenance(origin.provenance)}`;
}
function isEditable(span) {
  return !/(^|\/)\.terraform\//.test(span.file);
}
function overlapsAsNesting(a, b) {
  return spanContains(a, b) || spanContains(b, a);
}
function fingerprint(ruleId, root, address, attribute2) {
  return createHash("sha256").update([ruleId, root, address, attribute2 ?? ""].join("\0")).digest("hex").slice(0, 32);
}
function compareFindings(a, b) {
  return compareSpans(a.location, b.location) || a.ruleId.localeCompare(b.ruleId) || a.address.localeCompare(b.address) || (a.attribute ?? "").localeCompare(b.attribute ?? "");
}
function compareSpans(a, b) {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start.offset - b.start.offset;
}

// src/lint.ts
init_hcl();
init_discover();
async function lint(paths, options) {
  const discovery = discover(paths, options.root, options.ignore);
  const hcl = readHclModules(discovery.modules, { root: options.root, commandLine: options.commandLine, prune: options.prune !== false });
  const plans = discovery.documents.length > 0 ? (await Promise.resolve().then(() => (init_plan(), plan_exports))).readPlanDocuments(discovery.documents, { root: options.root, commandLine: options.commandLine, ...options.source ? { source: options.source } : {} }) : { resources: [], diagnostics: [], documentsRead: 0 };
  const model = adapt({ resources: [...hcl.resources, ...plans.resources], diagnostics: [] });
  const outcome = runRules(model, options.rules, [...hcl.suppressions ?? [], ...plans.suppressions ?? []]);
  return {
    findings: outcome.findings,
    suppressed: outcome.suppressed,
    diagnostics: [...discovery.diagnostics, ...hcl.diagnostics, ...plans.diagnostics, ...outcome.diagnostics],
    modules: discovery.modules.length,
    files: discovery.modules.reduce((n, m) => n + m.files.length, 0) + plans.documentsRead,
    skipped: hcl.skipped
  };
}

// src/package-info.ts
init_define_TF_ACR_LINT_PACKAGE();
import { readFileSync as readFileSync2 } from "node:fs";
import path9 from "node:path";
import { fileURLToPath } from "node:url";
function packageInfo() {
  if (typeof define_TF_ACR_LINT_PACKAGE_default !== "undefined" && define_TF_ACR_LINT_PACKAGE_default) return define_TF_ACR_LINT_PACKAGE_default;
  let dir = path9.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = path9.join(dir, "package.json");
    try {
      const pkg = JSON.parse(readFileSync2(candidate, "utf8"));
      if (pkg.name === "tf-acr-lint") return { name: pkg.name, version: pkg.version ?? "0.0.0", homepage: pkg.homepage ?? "" };
    } catch {
    }
    const parent = path9.dirname(dir);
    if (parent === dir) return { name: "tf-acr-lint", version: "0.0.0", homepage: "" };
    dir = parent;
  }
}
function ruleHelpUri(info, ruleName) {
  return `${info.homepage}/blob/main/rules/${ruleName}.md`;
}

// src/report/github.ts
init_define_TF_ACR_LINT_PACKAGE();
import path10 from "node:path";

// src/report/report-input.ts
init_define_TF_ACR_LINT_PACKAGE();
function reportInputOf(result2, rules, info) {
  return {
    findings: result2.findings,
    ...result2.suppressed ? { suppressed: result2.suppressed } : {},
    diagnostics: result2.diagnostics,
    rules: [...rules],
    tool: { name: info.name, version: info.version, informationUri: info.homepage },
    helpUri: (rule) => ruleHelpUri(info, rule.name)
  };
}
function summarize(input2) {
  const summary = { error: 0, warning: 0, note: 0, diagnostics: input2.diagnostics.length, suppressed: input2.suppressed?.length ?? 0 };
  for (const finding of input2.findings) summary[finding.level] += 1;
  return summary;
}

// src/report/sarif.ts
init_define_TF_ACR_LINT_PACKAGE();
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "tfAcrLint/v1";
var SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_RESULTS = 2e4;
function toSarif(input2, options = {}) {
  const ruleIndex = new Map(input2.rules.map((rule, index) => [rule.id, index]));
  const max = options.maxResults ?? MAX_RESULTS;
  const kept = input2.findings.slice(0, max);
  const cut = input2.findings.length - kept.length;
  const notifications = input2.diagnostics.map(notification);
  if (cut > 0) {
    notifications.push({ level: "warning", message: { text: `${cut} results were left out: GitHub code scanning accepts at most 25,000 per run. See the text or JSON report for all of them.` } });
  }
  return {
    $schema: SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: input2.tool.name,
            version: input2.tool.version,
            semanticVersion: input2.tool.version,
            informationUri: input2.tool.informationUri,
            rules: input2.rules.map((rule) => reportingDescriptor(rule, input2.helpUri(rule)))
          }
        },
        ...options.category ? { automationDetails: { id: options.category } } : {},
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: notifications
          }
        ],
        columnKind: "utf16CodeUnits",
        results: kept.map((finding) => result(finding, indexOf(ruleIndex, finding.ruleId)))
      }
    ]
  };
}
function formatSarif(input2, options = {}) {
  return `${JSON.stringify(toSarif(input2, options), null, 2)}
`;
}
function toRelativeUri(file) {
  const path12 = file.replaceAll("\\", "/").replace(/^(?:\.?\/)+/, "");
  return path12.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function addressName(address) {
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if (ch === "." && depth === 0) start = i + 1;
  }
  return address.slice(start);
}
function indexOf(ruleIndex, ruleId) {
  const index = ruleIndex.get(ruleId);
  if (index === void 0) throw new Error(`finding for rule ${ruleId}, which is not among the rules that ran`);
  return index;
}
function reportingDescriptor(rule, helpUri) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    helpUri,
    help: { text: `${rule.shortDescription}. What it means and how to fix it: ${helpUri}` },
    defaultConfiguration: { level: rule.defaultLevel },
    properties: {
      tags: [...new Set(rule.tags)],
      "security-severity": rule.securitySeverity.toFixed(1),
      precision: "high"
    }
  };
}
function result(finding, ruleIndex) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    message: { text: finding.message },
    locations: [
      {
        ...finding.location && { physicalLocation: physicalLocation(finding.location) },
        logicalLocations: [{ fullyQualifiedName: finding.address, name: addressName(finding.address), kind: "resource" }]
      }
    ],
    relatedLocations: finding.related.map(relatedLocation),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
  };
}
function relatedLocation(related, index) {
  return { id: index + 1, physicalLocation: physicalLocation(related.span), message: { text: related.message } };
}
function physicalLocation(span) {
  return {
    artifactLocation: artifactLocation(span.file),
    region: {
      startLine: span.start.line,
      startColumn: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column
    }
  };
}
function artifactLocation(file) {
  return { uri: toRelativeUri(file), uriBaseId: SRCROOT };
}
function notification(diagnostic) {
  const region = diagnosticRegion(diagnostic);
  return {
    level: diagnostic.severity,
    message: { text: diagnostic.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(diagnostic.file), ...region && { region } } }]
  };
}
function diagnosticRegion(diagnostic) {
  if (diagnostic.line === void 0) return void 0;
  const region = { startLine: diagnostic.line };
  if (diagnostic.column !== void 0) region.startColumn = diagnostic.column;
  if (diagnostic.endLine !== void 0) region.endLine = diagnostic.endLine;
  if (diagnostic.endColumn !== void 0) region.endColumn = diagnostic.endColumn;
  return region;
}

// src/report/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var INPUT_PROBLEM_TITLE = "tf-acr-lint input problem";
var ANNOTATION_LEVELS = ["error", "warning", "notice"];
var ANNOTATION_LEVEL = { error: "error", warning: "warning", note: "notice" };
function formatAnnotations(input2, options) {
  const prefix = options.workspacePrefix ?? "";
  const annotations = [
    ...input2.findings.map((finding) => findingAnnotation(finding, prefix)),
    ...input2.diagnostics.map((diagnostic) => diagnosticAnnotation(diagnostic, prefix))
  ];
  const lines = ANNOTATION_LEVELS.flatMap((level) => capped(annotations.filter((a) => a.level === level)).map(command));
  return lines.map((line) => `${line}
`).join("");
}
function annotationCounts(input2) {
  const total = { error: 0, warning: 0, notice: 0 };
  for (const finding of input2.findings) total[ANNOTATION_LEVEL[finding.level]] += 1;
  for (const diagnostic of input2.diagnostics) total[ANNOTATION_LEVEL[diagnostic.severity]] += 1;
  const shown = mapTally(total, (count) => Math.min(count, ANNOTATIONS_PER_LEVEL));
  const cut = mapTally(total, (count) => Math.max(count - ANNOTATIONS_PER_LEVEL, 0));
  return { shown, cut };
}
function formatJobSummary(input2, options) {
  const ctx = { prefix: options.workspacePrefix ?? "", link: options.link };
  const blocks = ["## tf-acr-lint", countsLine(summarize(input2))];
  blocks.push(input2.findings.length > 0 ? findingsTable(input2, ctx) : "No findings.");
  if (input2.diagnostics.length > 0) blocks.push("### Input problems", diagnosticsTable(input2.diagnostics, ctx));
  const cut = cutLine(annotationCounts(input2).cut);
  if (cut) blocks.push(cut);
  return `${blocks.join("\n\n")}
`;
}
function findingAnnotation(finding, prefix) {
  const title = ["title", `${finding.ruleId} ${finding.ruleName}`];
  const level = ANNOTATION_LEVEL[finding.level];
  if (!finding.location) return { level, properties: [title], message: `${finding.address}: ${finding.message}` };
  return { level, properties: [...spanProperties(finding.location, prefix), title], message: finding.message };
}
function spanProperties(span, prefix) {
  const properties2 = [
    ["file", workspacePath(prefix, span.file)],
    ["line", span.start.line],
    ["endLine", span.end.line]
  ];
  if (span.start.line === span.end.line) properties2.push(["col", span.start.column], ["endColumn", span.end.column]);
  return properties2;
}
function diagnosticAnnotation(diagnostic, prefix) {
  const properties2 = [["file", workspacePath(prefix, diagnostic.file)]];
  const { line, endLine, column, endColumn } = diagnostic;
  if (line !== void 0) {
    properties2.push(["line", line]);
    if (endLine !== void 0) properties2.push(["endLine", endLine]);
    if (column !== void 0 && (endLine ?? line) === line) {
      properties2.push(["col", column]);
      if (endColumn !== void 0) properties2.push(["endColumn", endColumn]);
    }
  }
  properties2.push(["title", INPUT_PROBLEM_TITLE]);
  return { level: ANNOTATION_LEVEL[diagnostic.severity], properties: properties2, message: diagnostic.message };
}
function capped(annotations) {
  const cut = annotations.length - ANNOTATIONS_PER_LEVEL;
  if (cut <= 0) return annotations;
  const shown = annotations.slice(0, ANNOTATIONS_PER_LEVEL);
  const last = shown[shown.length - 1];
  if (last) shown[shown.length - 1] = { ...last, message: `${last.message}${cutSentence(last.level, cut)}` };
  return shown;
}
function cutSentence(level, cut) {
  const noun = cut === 1 ? `${level} annotation was` : `${level} annotations were`;
  return ` (${cut} more ${noun} not shown: GitHub displays at most ${ANNOTATIONS_PER_LEVEL} per step; see the job summary or the SARIF report)`;
}
function command(annotation) {
  const properties2 = annotation.properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(",");
  return `::${annotation.level} ${properties2}::${escapeData(annotation.message)}`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function workspacePath(prefix, file) {
  return path10.posix.join(prefix, file);
}
function mapTally(tally, f) {
  return { error: f(tally.error), warning: f(tally.warning), notice: f(tally.notice) };
}
function countsLine(summary) {
  const counts = [
    plural(summary.error, "error"),
    plural(summary.warning, "warning"),
    plural(summary.note, "note"),
    `${summary.suppressed} suppressed`,
    plural(summary.diagnostics, "input problem")
  ];
  return `${counts.join(", ")}.`;
}
function findingsTable(input2, ctx) {
  const helpUris = new Map(input2.rules.map((rule) => [rule.id, input2.helpUri(rule)]));
  const rows = input2.findings.map((finding) => [
    finding.level,
    ruleCell(finding.ruleId, helpUris.get(finding.ruleId)),
    finding.location ? locationCell(finding.location.file, finding.location.start.line, ctx) : escapeCell(finding.address),
    escapeCell(finding.message)
  ]);
  return table(["Level", "Rule", "Location", "Message"], rows);
}
function diagnosticsTable(diagnostics, ctx) {
  const rows = diagnostics.map((diagnostic) => [
    diagnostic.severity,
    locationCell(diagnostic.file, diagnostic.line, ctx),
    escapeCell(diagnostic.message)
  ]);
  return table(["Level", "Location", "Message"], rows);
}
function ruleCell(ruleId, helpUri) {
  return helpUri ? `[${escapeCell(ruleId)}](${escapeUrl(helpUri)})` : escapeCell(ruleId);
}
function locationCell(file, line, ctx) {
  const where = workspacePath(ctx.prefix, file);
  const text = escapeCell(line === void 0 ? where : `${where}:${line}`);
  if (!ctx.link) return text;
  const { serverUrl, repository, sha } = ctx.link;
  const url = `${serverUrl}/${repository}/blob/${sha}/${toRelativeUri(where)}${line === void 0 ? "" : `#L${line}`}`;
  return `[${text}](${escapeUrl(url)})`;
}
function cutLine(cut) {
  const parts = ANNOTATION_LEVELS.filter((level) => cut[level] > 0).map((level) => plural(cut[level], level));
  if (parts.length === 0) return void 0;
  return `Not shown as annotations: ${parts.join(", ")}. GitHub displays at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the tables above list everything.`;
}
function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function escapeCell(text) {
  return text.replace(/[\\`*_[\]<>|&~]/g, "\\$&").replace(/\r\n|\r|\n/g, "<br>");
}
function escapeUrl(url) {
  return url.replaceAll("(", "%28").replaceAll(")", "%29").replaceAll(" ", "%20").replaceAll("|", "%7C");
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/action.ts
function input(env, name, fallback = "") {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim() || fallback;
}
function booleanInput(env, name, fallback) {
  const value = input(env, name).toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "1"].includes(value)) return true;
  if (["false", "no", "0"].includes(value)) return false;
  throw new ConfigError(`input "${name}" must be true or false, not "${value}"`);
}
function escapeData2(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
async function runAction({ env, stdout }) {
  const fail2 = (message, annotate) => {
    stdout.write(annotate ? `::error title=tf-acr-lint::${escapeData2(message)}
` : `tf-acr-lint: ${message}
`);
    return 1;
  };
  const workspace = path11.resolve(env["GITHUB_WORKSPACE"] ?? process.cwd());
  try {
    const failOn = input(env, "fail-on", "error");
    if (!["error", "warning", "note", "none"].includes(failOn)) throw new ConfigError(`input "fail-on" must be error, warning, note or none, not "${failOn}"`);
    const scan = path11.resolve(workspace, input(env, "path", "."));
    const plan = input(env, "plan");
    const commandLine = input(env, "var-files").split(/[\n,]/).map((f) => f.trim()).filter(Boolean).map((f) => ({ kind: "var-file", path: path11.resolve(workspace, f) }));
    const configFile = input(env, "config");
    const config = await loadConfig(findConfig(workspace, configFile ? path11.resolve(workspace, configFile) : void 0), ALL_RULES, workspace);
    const rules = configuredRules(config, ALL_RULES);
    const paths = plan ? [path11.resolve(workspace, plan)] : [scan];
    const result2 = await lint(paths, { root: workspace, commandLine, rules, ignore: ignoredPaths(config), ...plan ? { source: scan } : {} });
    const report = reportInputOf(result2, rules.map((r) => r.meta), packageInfo());
    const sarifFile = input(env, "sarif-file", "tf-acr-lint.sarif");
    const sarifPath = path11.resolve(workspace, sarifFile);
    await mkdir(path11.dirname(sarifPath), { recursive: true });
    await writeFile(sarifPath, formatSarif(report, { category: `tf-acr-lint/${plan ? "plan" : "hcl"}/${path11.relative(workspace, plan ? path11.resolve(workspace, plan) : scan) || "."}` }));
    if (booleanInput(env, "annotations", true)) stdout.write(formatAnnotations(report, {}));
    const summaryFile = env["GITHUB_STEP_SUMMARY"];
    if (booleanInput(env, "summary", true) && summaryFile) {
      const link = env["GITHUB_SERVER_URL"] && env["GITHUB_REPOSITORY"] && env["GITHUB_SHA"] ? { serverUrl: env["GITHUB_SERVER_URL"], repository: env["GITHUB_REPOSITORY"], sha: env["GITHUB_SHA"] } : void 0;
      await appendFile(summaryFile, formatJobSummary(report, link ? { link } : {}));
    }
    const errors = result2.findings.filter((f) => f.level === "error").length;
    const outputFile = env["GITHUB_OUTPUT"];
    if (outputFile) await appendFile(outputFile, `sarif-file=${sarifFile}
findings=${result2.findings.length}
errors=${errors}
`);
    if (failOn === "none") return 0;
    const failing = result2.findings.filter((f) => atLeast(f.level, failOn)).length;
    if (failing > 0) return fail2(`${failing} finding${failing === 1 ? "" : "s"} at or above "${failOn}"; see the annotations and the job summary`, false);
    if (result2.diagnostics.some((d) => d.severity === "error")) return fail2("some input could not be read; see the job summary", false);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) return fail2(error.message, true);
    throw error;
  }
}

// src/action-entry.ts
runAction({ env: process.env, stdout: process.stdout }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stdout.write(`::error title=tf-acr-lint internal error::${String(error instanceof Error ? error.message : error).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
    process.exitCode = 1;
  }
);
