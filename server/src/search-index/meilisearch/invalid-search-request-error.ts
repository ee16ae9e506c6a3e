/** A search request the adapter refuses to translate: an unknown field, a non-finite number… */
export class InvalidSearchRequestError extends Error {
  override name = "InvalidSearchRequestError";
}
