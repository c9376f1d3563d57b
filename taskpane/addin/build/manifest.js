// The manifest for a host: manifest.xml names the dev server (https://localhost:3000); a production build
// for another host rewrites every URL onto that base.
//
//   ADDIN_BASE_URL=https://intranet.example.gov.cn/juesuan npm run build   → dist/manifest.xml on that base
const { URL } = require('node:url');

const DEV_ORIGIN = 'https://localhost:3000';

/** The base URL as given, checked (Office loads add-ins over HTTPS only) and without a trailing slash. */
function addinBaseUrl(value) {
  if (value === undefined || value === null || value === '') return undefined;
  const base = String(value).trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`ADDIN_BASE_URL=${value}: not a URL (expected e.g. https://intranet.example.gov.cn/juesuan)`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL=${value}: Office loads add-ins over HTTPS only`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL=${value}: no query or fragment, please`);
  return base;
}

/** manifest.xml with every dev-server URL on `base` (unchanged when there is none). */
function manifestForBase(xml, base) {
  return base ? String(xml).split(DEV_ORIGIN).join(base) : String(xml);
}

module.exports = { DEV_ORIGIN, addinBaseUrl, manifestForBase };
