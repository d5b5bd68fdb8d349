/**
 * Errors do not survive structured cloning across extension messaging, so every handler answers
 * with a Result value instead of throwing (the pattern hypothesis/client uses).
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = string>(error: E): Result<never, E> => ({ ok: false, error });
