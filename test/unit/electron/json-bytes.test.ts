import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, parseWithBytes, stringifyWithBytes } from '../../../shared/transport/json-bytes';

describe('json-bytes codec', () => {
  it('matches Node base64 for every length around the 3-byte boundary and the chunk size', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 3 * 8192 - 1, 3 * 8192, 3 * 8192 + 1, 100_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) & 0xff);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(Buffer.from(base64ToBytes(text)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('refuses malformed base64', () => {
    expect(() => base64ToBytes('ab$d')).toThrow();
    expect(() => base64ToBytes('abcde')).toThrow();
    expect(() => base64ToBytes('ầ')).toThrow();
  });

  it('writes Buffers and Uint8Arrays as {"$bytes"} (not Buffer.toJSON) and reads them back', () => {
    const text = stringifyWithBytes({ fileName: 'Báo cáo.xlsx', bytes: Buffer.from([1, 2, 3]), list: [new Uint8Array([255])] });
    expect(JSON.parse(text)).toEqual({ fileName: 'Báo cáo.xlsx', bytes: { $bytes: 'AQID' }, list: [{ $bytes: '/w==' }] });
    const back = parseWithBytes(text) as { bytes: Uint8Array; list: Uint8Array[] };
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.bytes)).toEqual([1, 2, 3]);
    expect(Array.from(back.list[0])).toEqual([255]);
    expect(Array.from(parseWithBytes(stringifyWithBytes(new Uint8Array([9]))) as Uint8Array)).toEqual([9]);
  });

  it('leaves look-alike objects alone', () => {
    expect(parseWithBytes('{"a":{"$bytes":"AQ==","other":1},"b":{"$bytes":5}}')).toEqual({
      a: { $bytes: 'AQ==', other: 1 },
      b: { $bytes: 5 },
    });
  });
});
