/**
 * Excel provides a `CustomFunctions` global at run time; Node does not. This stand-in has the
 * same shape (Error with a code and message, ErrorCode strings, associate) so adapters can be
 * tested as Excel would call them.
 */
class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const registry = new Map<string, (...args: unknown[]) => unknown>();

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
  },
  associate(id: string, fn: (...args: unknown[]) => unknown) {
    registry.set(id, fn);
  },
  registry,
};
