/**
 * The practitioner's sign-in password, turned into a salted PBKDF2 hash on the device when they sign
 * in, so hand-over mode can check "is this really the practitioner?" offline without keeping the
 * password itself. Web Crypto is global in browsers and in Node 20, so this stays pure.
 * OWASP's 2023 guidance for PBKDF2-HMAC-SHA256 is 600,000 iterations; about half a second on a
 * mid-range tablet, once at sign-in and once for each check.
 */
export const PBKDF2_ITERATIONS = 600_000;

export interface PasswordVerifier {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 of 256 derived bits */
  hash: string;
}

/** A stored value read back from the device: anything else (an old or damaged entry) is no verifier. */
export function isPasswordVerifier(value: unknown): value is PasswordVerifier {
  const candidate = value as Partial<PasswordVerifier> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.algorithm === 'PBKDF2-SHA256' &&
    Number.isInteger(candidate.iterations) &&
    (candidate.iterations ?? 0) > 0 &&
    typeof candidate.salt === 'string' &&
    typeof candidate.hash === 'string'
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function createPasswordVerifier(
  password: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<PasswordVerifier> {
  const salt = new Uint8Array(new ArrayBuffer(16));
  crypto.getRandomValues(salt);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(await derive(password, salt, iterations)),
  };
}

export async function passwordMatches(verifier: PasswordVerifier, password: string): Promise<boolean> {
  const derived = await derive(password, fromBase64(verifier.salt), verifier.iterations);
  const expected = fromBase64(verifier.hash);
  if (derived.length !== expected.length) return false;
  // Compare every byte so the time taken does not hint at how much of the guess was right.
  let difference = 0;
  for (let index = 0; index < derived.length; index++) difference |= (derived[index] ?? 0) ^ (expected[index] ?? 0);
  return difference === 0;
}
