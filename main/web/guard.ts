/**
 * Who may talk to browser mode: only pages served by this server on loopback, holding this
 * run's token. The Host check defeats DNS rebinding (an attacker's name resolving to
 * 127.0.0.1); the Origin check defeats other sites' pages posting to our port.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-casecoder-token';

export type Verdict = { allowed: true } | { allowed: false; status: number; reason: string };

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkHostAndOrigin(headers: IncomingHttpHeaders, port: number): Verdict {
  const hosts = allowedHosts(port);
  if (!headers.host || !hosts.has(headers.host.toLowerCase())) {
    return { allowed: false, status: 421, reason: 'host not allowed' };
  }
  const origin = headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length).toLowerCase()))) {
    return { allowed: false, status: 403, reason: 'origin not allowed' };
  }
  return { allowed: true };
}

export function checkToken(headers: IncomingHttpHeaders, token: string): Verdict {
  const given = headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token)) {
    return { allowed: false, status: 401, reason: 'missing or wrong token' };
  }
  return { allowed: true };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
