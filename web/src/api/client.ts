/**
 * Calls the API through the gateway with the session cookie. Unsafe calls carry the CSRF token the gateway put in the
 * XSRF-TOKEN cookie; an expired session sends the browser to sign in again; every failure becomes an {@link ApiError}
 * with the problem details (RFC 9457) the services answer.
 */
import { currentLanguage } from '../i18n';

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: Record<string, string> | { field: string; message: string }[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

function csrfToken(): string | undefined {
  return document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length);
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  // The services word their problem details in the user's language.
  headers.set('Accept-Language', currentLanguage() === 'en' ? 'en' : 'vi-VN');
  const method = (init.method ?? 'GET').toUpperCase();
  if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
    const token = csrfToken();
    if (token) {
      headers.set('X-XSRF-TOKEN', decodeURIComponent(token));
    }
  }
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const response = await fetch(path, { ...init, method, headers, body, credentials: 'same-origin' });
  if (response.status === 401 && !path.startsWith('/api/public')) {
    window.location.assign('/oauth2/authorization/keycloak');
    throw new ApiError(401, { title: 'Unauthorized' });
  }
  if (!response.ok) {
    let problem: Problem = { status: response.status };
    try {
      problem = await response.json();
    } catch {
      // Not a problem document (a proxy's page): the status alone tells the person what happened.
    }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) {
    return undefined as T;
  }
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? response.json() : response.text()) as Promise<T>;
}

/** A Spring Data page as the services answer it. */
export interface Page<T> {
  content: T[];
  page: { size: number; number: number; totalElements: number; totalPages: number };
}
