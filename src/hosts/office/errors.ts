/** What an Office.js error says: its code, and whether it is the payload limit of Excel on the web. */

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

const PAYLOAD_CODES = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/** The request or its response is too large for the host (Excel on the web: 5 MB), whatever its loads. */
export const isPayloadLimit = (error: unknown): boolean => PAYLOAD_CODES.has(errorCode(error) ?? '');
