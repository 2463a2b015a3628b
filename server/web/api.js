// api.js calls the khabar JSON API (/api/…, documented in api/openapi.json).

// ApiError is an answer of the API with an error status; message is the
// server's {"error": "…"}.
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// api GETs api/PATH with the non-empty params and returns the parsed JSON,
// or throws an ApiError.
export async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  }
  const url = 'api/' + path + (q.size ? '?' + q : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, `${url}: answer is not JSON (${res.status})`);
  }
  if (!res.ok) throw new ApiError(res.status, body && body.error ? body.error : `${url}: ${res.status}`);
  return body;
}

// errorMessage is the text to show for err.
export function errorMessage(err) {
  return err instanceof ApiError ? err.message : 'request failed: ' + (err && err.message ? err.message : err);
}
