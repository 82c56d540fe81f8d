/**
 * ET's failures, said so the user can act on them. Neither WPS's typings nor its documentation give the errors
 * ET throws a number or a wording (docs/hosts.md, "WPS"), so none is guessed from its text: every failure gets
 * one message that names what commonly causes it and keeps ET's own words. What the add-in can know beforehand
 * (a missing sheet, a locked cell, a changed cell) it checks itself and says precisely.
 */
import { text } from '../host/messages';
import { HostError } from '../host/spreadsheet-host';

/** Turns an ET failure into a HostError with a message that says what to do. */
export function hostErrorOf(error: unknown): HostError {
  if (error instanceof HostError) return error;
  return new HostError('other', text('wpsFailed', messageOf(error)), error);
}

/** The words of whatever was thrown: an Error's message, a COM error's `description`, or the thing itself. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const described = (error as { description?: unknown; message?: unknown } | null)?.description ?? (error as { message?: unknown } | null)?.message;
  return typeof described === 'string' && described ? described : String(error);
}
