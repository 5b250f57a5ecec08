// The administrators' JSON API, called with the browser's own sign-in cookie (same origin, SameSite=Strict).
// Every answer is parsed; a refusal becomes an ApiError carrying the problem (its report's issues, its field errors).

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The problem's messages as plain sentences: field errors, then the report's issues. */
  get messages() {
    const fields = Object.entries(this.problem.errors || {}).flatMap(([field, reasons]) => reasons.map((r) => `${field}: ${r}`));
    const issues = (this.problem.issues || []).map((i) => i.message);
    const all = [...fields, ...issues];
    return all.length > 0 ? all : [this.message];
  }
}

async function send(method, path, body, raw) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    parsed = { title: text };
  }
  if (!response.ok) {
    throw new ApiError(response.status, parsed);
  }
  return parsed;
}

const workflow = (id) => `/api/admin/workflows/${encodeURIComponent(id)}`;

export const api = {
  activities: () => send('GET', '/api/admin/activities'),
  workflows: () => send('GET', '/api/admin/workflows'),
  version: (id, version) => send('GET', `${workflow(id)}/versions/${version}`),
  exportAddress: (id, version) => `${workflow(id)}/versions/${version}/export`,
  saveDraft: (id, definition) => send('PUT', `${workflow(id)}/draft`, definition),
  publish: (id) => send('POST', `${workflow(id)}/draft/publish`),
  validate: (definition) => send('POST', '/api/admin/workflows/validate', definition),
  diff: (id, from, to) => send('GET', `${workflow(id)}/diff?from=${from}&to=${to}`),
  importFile: (text) => send('POST', '/api/admin/workflows/import', text, true),
  tryIt: (id, definition, scenario) => send('POST', `${workflow(id)}/try`, { definition, scenario }),
};
