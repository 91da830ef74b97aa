import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per server start: 32 random bytes, URL-safe so it fits in a URL fragment. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time check of an `Authorization: Bearer <token>` header. Both sides are hashed
 * first so the comparison takes the same time whatever the length of the guess.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer ([^\s]+)$/u.exec(header ?? '');
  const given = createHash('sha256').update(match ? match[1] : '').digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected) && match !== null;
}
