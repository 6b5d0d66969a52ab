/**
 * The domain's errors are the project's one error type, defined in errors/ (outside src/,
 * because config/ raises them too and may not import src/). Named here so that the domain
 * and the modules keep importing it from where they always have.
 */
export { DomainError, isDomainError, type Evidence, type Span } from '../../../errors/domain-error.js';
export { errorCatalogue, isErrorCode, type ErrorCode } from '../../../errors/error-catalogue.js';
