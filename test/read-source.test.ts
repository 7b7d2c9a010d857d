/** Decoding configuration bytes: the ASCII fast path and UTF-8 give the same text, and bad bytes are named. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeSource, readJsonDocument } from '../src/load/read-source.js';

const text = (bytes: Uint8Array) => {
  const read = decodeSource(bytes, 'main.tf');
  if (!read.ok) throw new Error(read.diagnostic.message);
  return read.text;
};

describe('decodeSource', () => {
  it('reads ASCII, UTF-8 and a byte-order mark as the same text', () => {
    expect(text(Buffer.from('sku = "Premium"\n'))).toBe('sku = "Premium"\n');
    expect(text(Buffer.from('name = "café 😀"\n'))).toBe('name = "café 😀"\n');
    expect(text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a = 1\n')]))).toBe('a = 1\n');
  });

  it('reads only the bytes of a view into a larger buffer', () => {
    const whole = Buffer.from('xxxxa = 1\nyyyy');
    expect(text(whole.subarray(4, 10))).toBe('a = 1\n');
    expect(text(new Uint8Array(whole.buffer, whole.byteOffset + 4, 6))).toBe('a = 1\n');
  });

  it('names invalid UTF-8 and binary content instead of decoding them', () => {
    const latin1 = decodeSource(Buffer.from([0x61, 0x20, 0x3d, 0x20, 0x22, 0xe9, 0x22, 0x0a]), 'latin1.tf');
    expect(latin1).toMatchObject({ ok: false, diagnostic: { message: 'the file is not valid UTF-8', line: 1, column: 6 } });
    expect(decodeSource(Buffer.from([0x61, 0x00, 0x62]), 'bin.tf')).toMatchObject({ ok: false, diagnostic: { message: expect.stringMatching(/binary/) } });
  });
});

describe('readJsonDocument', () => {
  it('names a binary plan file (what terraform plan -out writes) and says how to export it as JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-read-'));
    // A plan file is a zip archive: it starts with a local file header, "PK\x03\x04" (Terraform's planfile/writer.go).
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00]), Buffer.from('tfplan'), Buffer.from([0x00, 0xff, 0xfe, 0x80])]));
    expect(readJsonDocument(file, 'plan.json')).toEqual({
      ok: false,
      diagnostic: { severity: 'error', file: 'plan.json', message: 'the file is a binary plan file (a zip archive, as terraform plan -out writes it), not JSON: lint the output of "terraform show -json <planfile>" (or "tofu show -json")' },
    });
  });
});
