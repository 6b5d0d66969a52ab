/**
 * Plain text in whatever encoding an officer's computer saved it: UTF-8 with or without a
 * BOM, UTF-16 LE/BE (by BOM, or by the pattern of zero bytes), and the legacy Vietnamese
 * encodings TCVN3 (ABC) and VNI, converted to Unicode. Binary data is refused.
 */
import iconv from 'iconv-lite';
import { decodeLegacyVietnamese, detectLegacyEncoding } from '../../../domain/text/legacy-encoding.js';
import { inputError } from './input-errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'windows-1258';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the text was converted from a legacy Vietnamese encoding. */
  converted: boolean;
}

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(text: string): boolean {
  let control = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.02;
}

const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]/u;

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: TextEncoding;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = strictUtf8(bytes.subarray(3)) ?? '';
    if (text === '' && bytes.length > 3) throw notText();
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = iconv.decode(buffer.subarray(2), 'utf16-le');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = iconv.decode(buffer.subarray(2), 'utf16-be');
  } else {
    const guess = utf16Guess(bytes);
    if (guess) {
      encoding = guess;
      text = iconv.decode(buffer, guess === 'utf-16le' ? 'utf16-le' : 'utf16-be');
    } else {
      const utf8 = strictUtf8(bytes);
      if (utf8 !== null) {
        encoding = 'utf-8';
        text = utf8;
      } else {
        if (bytes.includes(0)) throw notText();
        const latin1 = buffer.toString('latin1');
        const legacy = detectLegacyEncoding(latin1);
        if (legacy) return { text: decodeLegacyVietnamese(bytes, legacy), encoding: legacy, converted: true };
        const cp1258 = iconv.decode(buffer, 'windows-1258');
        if (!looksBinary(cp1258) && VIETNAMESE_LETTERS.test(cp1258))
          return { text: cp1258.normalize('NFC'), encoding: 'windows-1258', converted: true };
        throw inputError(
          'INPUT_ENCODING_UNKNOWN',
          'Không nhận ra bảng mã của tệp văn bản (không phải UTF-8, UTF-16, TCVN3 hay VNI). Hãy lưu lại tệp với bảng mã Unicode (UTF-8).',
          { expected: 'UTF-8, UTF-16, TCVN3 hoặc VNI' },
        );
      }
    }
  }
  if (looksBinary(text)) throw notText();
  // A legacy file re-saved as UTF-8 ("Vieät Nam", "KÕ ho¹ch") is still legacy text.
  const legacy = detectLegacyEncoding(text);
  if (legacy) return { text: decodeLegacyVietnamese(text, legacy), encoding: legacy, converted: true };
  return { text, encoding, converted: false };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function notText() {
  return inputError('INPUT_BINARY', 'Tệp là dữ liệu nhị phân, không phải văn bản: hãy tải lên tệp .docx, .pdf có lớp chữ hoặc .txt.', {
    expected: '.docx, .pdf hoặc văn bản thuần',
  });
}
