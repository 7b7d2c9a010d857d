/** Reports in pieces: the same text as one string, written a chunk at a time. */
import { chunked, jsonPieces } from '../src/report/pieces.js';

describe('jsonPieces', () => {
  it('writes what JSON.stringify(value, null, 2) writes, at every depth it opens', () => {
    const value = {
      version: 1,
      skipped: undefined,
      empty: [],
      none: {},
      text: 'quote " and\nline\u2028',
      list: [{ a: [1, { b: null }], c: 'x' }, [], [[2, 3]], 'y'],
      nested: { deeper: { list: [true, false] } },
    };
    for (const open of [0, 1, 2, 3, 5]) expect([...jsonPieces(value, open)].join('')).toBe(JSON.stringify(value, null, 2));
    expect([...jsonPieces([], 2)].join('')).toBe('[]');
  });

  it('makes one piece of each member of what it opens', () => {
    expect([...jsonPieces({ findings: [{ a: 1 }, { a: 2 }] }, 2)]).toEqual(['{', '\n  "findings": ', '[', '\n    ', '{\n      "a": 1\n    }', ',\n    ', '{\n      "a": 2\n    }', '\n  ]', '\n}']);
  });
});

describe('chunked', () => {
  it('joins pieces into chunks of at least the size asked, the last one shorter', () => {
    expect([...chunked(['ab', 'c', 'de', 'f'], 3)]).toEqual(['abc', 'def']);
    expect([...chunked(['ab', 'c', 'd'], 3)]).toEqual(['abc', 'd']);
    expect([...chunked([], 3)]).toEqual([]);
  });
});
