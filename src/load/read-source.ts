import { Buffer, isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../model/graph.js';

/** Largest configuration file read; larger ones are reported and skipped rather than parsed. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Largest plan or state document read (plans of large estates run to hundreds of MiB). */
export const MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;

/** A file's text, or the diagnostic that says why it could not be read. */
export type SourceRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (throwing on invalid bytes). ASCII, which most files are, is copied as Latin-1: the same text, faster. */
function decodeUtf8(bytes: Uint8Array): string {
  return isAscii(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : utf8.decode(bytes);
}

/**
 * Reads a configuration file as UTF-8 text (what Terraform requires). A UTF-8 byte-order mark is
 * dropped; binary content, UTF-16 and invalid UTF-8 are reported with the place they start.
 */
export function readSource(absolutePath: string, file: string, what: TextKind = TERRAFORM): SourceRead {
  const bytes = readBytes(absolutePath, file, MAX_FILE_BYTES);
  return bytes instanceof Uint8Array ? decodeSource(bytes, file, what) : bytes;
}

/** What a text file is meant to be, for the messages that say it is not: `Terraform configuration`, `a YAML configuration file`. */
export type TextKind = string;

const TERRAFORM: TextKind = 'Terraform configuration';

/**
 * The file's bytes, or the failed read that says why they could not be had. Reads are synchronous:
 * a scan reads thousands of small files one after the other, and a round trip through libuv's
 * thread pool per file cost more than the reads themselves (measured: the sparse benchmark idled
 * 43% of its time waiting on asynchronous reads).
 */
function readBytes(absolutePath: string, file: string, limit: number): Buffer | SourceRead {
  let fd: number | undefined;
  try {
    // Non-blocking, so that opening a FIFO does not wait for a writer; it is refused below.
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail(file, 'a directory, not a file; it was not read');
    if (!stat.isFile()) return fail(file, 'not a regular file (a device, FIFO or socket); it was not read');
    if (stat.size > limit) return tooLarge(file, limit);
    // At most one byte past the limit is read, so a file that grows while it is read is caught too.
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return length > limit ? tooLarge(file, limit) : buffer.subarray(0, length);
  } catch (error) {
    return fail(file, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads a plan or state JSON document. Besides UTF-8, it accepts UTF-16 with a byte-order mark:
 * PowerShell's `terraform show -json > plan.json` writes UTF-16LE.
 */
export function readJsonDocument(absolutePath: string, file: string): SourceRead {
  const bytes = readBytes(absolutePath, file, MAX_DOCUMENT_BYTES);
  if (!(bytes instanceof Uint8Array)) return bytes;
  // `terraform plan -out plan.json` writes a zip archive (Terraform's planfile package): the mistake deserves its remedy.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return fail(file, 'the file is a binary plan file (a zip archive, as terraform plan -out writes it), not JSON: lint the output of "terraform show -json <planfile>" (or "tofu show -json")');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), file);
  return decodeWith('utf-8', bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes, file);
}

function decodeWith(encoding: string, bytes: Uint8Array, file: string): SourceRead {
  try {
    return { ok: true, text: encoding === 'utf-8' ? decodeUtf8(bytes) : new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return fail(file, `the file is not valid ${encoding.toUpperCase()}`);
  }
}

/** Decodes bytes already in memory (shared with tests). */
export function decodeSource(bytes: Uint8Array, file: string, what: TextKind = TERRAFORM): SourceRead {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(file, MAX_FILE_BYTES);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(file, what === TERRAFORM ? 'the file is UTF-16; Terraform reads configuration only as UTF-8' : `the file is UTF-16; ${what} must be UTF-8`, 1, 1);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(file, `the file is binary (it contains a NUL byte), not ${what}`, ...lineColumnOf(bytes, nul));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { ok: true, text: decodeUtf8(bytes.subarray(start)) };
  } catch {
    const bad = firstInvalidUtf8(bytes, start);
    return fail(file, 'the file is not valid UTF-8', ...lineColumnOf(bytes, bad));
  }
}

function tooLarge(file: string, limit: number): SourceRead {
  return fail(file, `the file is larger than ${limit / 1024 / 1024} MiB; it was not read`);
}

function fail(file: string, message: string, line?: number, column?: number): SourceRead {
  return { ok: false, diagnostic: { severity: 'error', message, file, ...(line !== undefined ? { line, column: column ?? 1 } : {}) } };
}

/** 1-based line and column of a byte offset (columns count the valid characters before it). */
function lineColumnOf(bytes: Uint8Array, offset: number): [number, number] {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.filter((b) => b === 0x0a).length + 1;
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return [line, prefix.length + 1];
}

function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const width = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
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
