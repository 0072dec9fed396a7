// The projections' JSON API, with bounded waits and readable errors.

const TIMEOUT_MS = 8000;

export class ApiError extends Error {
  constructor(status, reason, retryAfter) {
    super(reason);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

// With projections.http.tokens set, open the dashboard once as /?token=...: the token is kept for this tab only.
const TOKEN = (() => {
  const given = new URLSearchParams(location.search).get('token');
  if (given) sessionStorage.setItem('newsflow.token', given);
  return given || sessionStorage.getItem('newsflow.token');
})();

function headers(accept) {
  return TOKEN ? { Accept: accept, Authorization: `Bearer ${TOKEN}` } : { Accept: accept };
}

async function request(path, signal, accept) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, TIMEOUT_MS);
  const relay = () => controller.abort();
  if (signal) signal.addEventListener('abort', relay, { once: true });
  try {
    return await fetch(path, { signal: controller.signal, headers: headers(accept) });
  } catch (e) {
    if (signal && signal.aborted) throw e;
    throw new ApiError(0, timedOut ? `no answer from ${path} within ${TIMEOUT_MS / 1000} s`
      : `cannot reach ${path}: ${e.message}`);
  } finally {
    clearTimeout(timer);
    if (signal) signal.removeEventListener('abort', relay);
  }
}

/** GET a JSON resource; a non-2xx answer becomes an ApiError carrying the API's reason. */
export async function getJson(path, signal) {
  const response = await request(path, signal, 'application/json');
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    throw new ApiError(response.status, `unreadable answer from ${path}`);
  }
  if (!response.ok) {
    const reason = body && body.reason ? body.reason : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, reason, response.headers.get('Retry-After'));
  }
  return body;
}

/** GET a JSON resource whose error answers are still wanted (health: 503 carries the reason). */
export async function getJsonWithStatus(path, signal) {
  const response = await request(path, signal, 'application/json');
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  return { status: response.status, body };
}

export async function getText(path, signal) {
  const response = await request(path, signal, 'text/plain');
  if (!response.ok) throw new ApiError(response.status, `${response.status} ${response.statusText}`);
  return response.text();
}

export const api = {
  articles: (limit, signal) => getJson(`/api/articles?limit=${limit}`, signal),
  article: (id, signal) => getJson(`/api/articles/${encodeURIComponent(id)}`, signal),
  actors: (sort, limit, signal) => getJson(`/api/actors?sort=${sort}&limit=${limit}`, signal),
  actor: (id, signal) => getJson(`/api/actors/${encodeURIComponent(id)}`, signal),
  timeline: (id, interval, signal) =>
    getJson(`/api/actors/${encodeURIComponent(id)}/timeline?interval=${interval}&limit=5000`, signal),
  network: (id, limit, signal) => getJson(`/api/actors/${encodeURIComponent(id)}/network?limit=${limit}`, signal),
  graph: (minWeight, limit, signal) => getJson(`/api/graph?minWeight=${minWeight}&limit=${limit}`, signal),
  search: (q, limit, signal) => getJson(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`, signal),
  pipeline: (signal) => getJson('/api/pipeline', signal),
  ready: (signal) => getJsonWithStatus('/health/ready', signal),
  live: (signal) => getJsonWithStatus('/health/live', signal),
  metrics: (signal) => getText('/metrics', signal),
};
