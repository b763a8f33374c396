// Shape checks for messages from content scripts and extension pages. A compromised page
// renderer can forge content-script messages, so nothing reaches the backend unchecked:
// every check returns a fresh value built only from the fields it knows.

export class Invalid extends Error {}

function fail(path, expected) {
  throw new Invalid(`${path || "message"}: expected ${expected}`);
}

export const str = ({ min = 0, max = 2000, pattern = null } = {}) => (x, path) => {
  if (typeof x !== "string") fail(path, "a string");
  if (x.length < min || x.length > max) fail(path, `${min}..${max} characters`);
  if (pattern && !pattern.test(x)) fail(path, `text matching ${pattern}`);
  return x;
};

export const int = ({ min = 1, max = Number.MAX_SAFE_INTEGER } = {}) => (x, path) => {
  if (!Number.isInteger(x) || x < min || x > max) fail(path, `an integer ${min}..${max}`);
  return x;
};

export const num = ({ min, max }) => (x, path) => {
  if (typeof x !== "number" || !Number.isFinite(x) || x < min || x > max) fail(path, `a number ${min}..${max}`);
  return x;
};

export const bool = () => (x, path) => {
  if (typeof x !== "boolean") fail(path, "true or false");
  return x;
};

export const oneOf = (...values) => (x, path) => {
  if (!values.includes(x)) fail(path, `one of ${values.join(", ")}`);
  return x;
};

export const nullable = (check) => (x, path) => (x === null || x === undefined ? null : check(x, path));

export const optional = (check, fallback = undefined) => (x, path) => (x === undefined ? fallback : check(x, path));

export const arr = (check, { max = 1000 } = {}) => (x, path) => {
  if (!Array.isArray(x)) fail(path, "a list");
  if (x.length > max) fail(path, `at most ${max} entries`);
  return x.map((v, i) => check(v, `${path}[${i}]`));
};

// Unknown keys are dropped, not copied: the backend refuses unknown fields, and a forged
// message must not smuggle anything through.
export const obj = (shape) => (x, path) => {
  if (x === null || typeof x !== "object" || Array.isArray(x)) fail(path, "an object");
  const out = {};
  for (const [key, check] of Object.entries(shape)) {
    const value = check(x[key], path ? `${path}.${key}` : key);
    if (value !== undefined) out[key] = value;
  }
  return out;
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const isoTime = () => str({ max: 40, pattern: ISO });

export const httpUrl = ({ max = 2000 } = {}) => (x, path) => {
  str({ max })(x, path);
  let url;
  try {
    url = new URL(x);
  } catch {
    fail(path, "a URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") fail(path, "an http(s) URL");
  return x;
};

export const PLATFORMS = ["facebook", "yelp", "tripadvisor"];
export const platform = () => oneOf(...PLATFORMS);

export const ticketRef = () =>
  obj({ platform: platform(), external_id: str({ min: 1, max: 300 }) });

// Matches the backend's ObservedItem field for field.
export const observedItem = () =>
  obj({
    platform: platform(),
    external_id: str({ min: 1, max: 300 }),
    kind: optional(oneOf("review", "comment", "reply", "recommendation"), "review"),
    url: nullable(httpUrl()),
    author_name: nullable(str({ max: 500 })),
    author_id: nullable(str({ max: 500 })),
    author_url: nullable(httpUrl()),
    rating: nullable(num({ min: 0.5, max: 5 })),
    recommends: nullable(bool()),
    text: optional(str({ max: 20000 }), ""),
    posted_text: nullable(str({ max: 500 })),
    owner_replied: optional(bool(), false),
    owner_reply_text: nullable(str({ max: 20000 })),
  });

export const customerRef = () =>
  obj({
    name: nullable(str({ max: 500 })),
    email: nullable(str({ max: 500 })),
    phone: nullable(str({ max: 100 })),
  });
