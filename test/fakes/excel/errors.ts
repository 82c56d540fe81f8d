/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (its runtime class is `RichApi.Error`: an Error with a
 * `code` from Excel's ErrorCodes, `debugInfo` carrying code, message and where it happened, and `toString()` →
 * 'Code: message'), so code under test can branch on `error.code` exactly as it would in Excel.
 */

export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise';

/** Excel's wording: Office.js's resource strings (office_strings.js in @microsoft/office-js) where it has one. */
const MESSAGES: Record<FakeErrorCode, string> = {
  AccessDenied: 'The cell or chart you are trying to change is protected and therefore read-only.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode: 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded: 'The property is not available.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number. See the documentation for more information.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(
    readonly code: FakeErrorCode,
    message: string = MESSAGES[code],
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function invalidArgument(message?: string, errorLocation?: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', message, errorLocation);
}

/** What Office.js throws, synchronously, when a property is read before load + sync. */
export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

/** What Office.js throws, synchronously, when a member needs a newer ExcelApi than the host has. */
export function apiNotFound(member: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    'ApiNotFound',
    `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    member,
  );
}

/** Not an Excel error: the fake lacks something real Excel has. Kept distinct so it is never mistaken for Excel's behaviour. */
export class FakeNotImplementedError extends Error {
  constructor(what: string) {
    super(`fake-excel does not implement ${what}; extend test/fakes/excel if the code under test needs it`);
    this.name = 'FakeNotImplementedError';
  }
}
