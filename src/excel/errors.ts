import { text } from '../host/messages';
import { HostError, type HostErrorCode } from '../host/spreadsheet-host';

/**
 * Office.js error codes (OfficeExtension.Error.code, [office-js typings] `ErrorCodes`) the user can act on, with
 * the message that says what to do (messages.ts). Any other code gets Excel's own words.
 */
type Said = 'protected' | 'editing' | 'requestTooLarge' | 'responseTooLarge' | 'rangeTooLarge' | 'operationTooLarge' | 'itemNotFound';

const KNOWN: Record<string, [HostErrorCode, Said]> = {
  AccessDenied: ['protected', 'protected'],
  InvalidOperationInCellEditMode: ['editing', 'editing'],
  RequestPayloadSizeLimitExceeded: ['too-large', 'requestTooLarge'],
  ResponsePayloadSizeLimitExceeded: ['too-large', 'responseTooLarge'],
  RangeExceedsLimit: ['too-large', 'rangeTooLarge'],
  OperationCellsExceedLimit: ['too-large', 'operationTooLarge'],
  ItemNotFound: ['missing-sheet', 'itemNotFound'],
};

/** Turns an Office.js failure into a HostError that says what to do, keeping Office's error as its cause. */
export function hostErrorOf(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const known = KNOWN[code];
  if (known) return new HostError(known[0], text(known[1]), error);
  const message = (error as Error)?.message ?? String(error);
  return new HostError('other', text('excelFailed', message), error);
}
