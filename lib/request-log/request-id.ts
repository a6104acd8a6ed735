import { randomUUID } from "node:crypto";

/** The header every API response carries; error bodies repeat it as `error.request_id`. */
export const REQUEST_ID_HEADER = "X-Request-Id";

/** A request's id: what the caller can quote, the request log's key. */
export const newRequestId = (): string => randomUUID();

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `text` is an id newRequestId could have made. */
export const isRequestId = (text: string): boolean => REQUEST_ID.test(text);
