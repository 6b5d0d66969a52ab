import type { PipeTransform } from '@nestjs/common';
import { notFound } from '../access/access-policy.js';

/** A content hash in a path: 64 lowercase hex digits, else 404 (no such attachment). */
export class Sha256Pipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[0-9a-f]{64}$/.test(value)) throw notFound('attachment', value.slice(0, 80));
    return value;
  }
}

/** A channel or rendition name in a path, else 404. */
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(value)) throw notFound('rendition', value.slice(0, 80));
    return value;
  }
}
