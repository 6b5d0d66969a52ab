/**
 * chai 6 ships no type declarations and @types/chai is not installed yet; until it is,
 * the calendar specs take `expect` from here (untyped). With @types/chai installed, replace
 * the imports of this file by `import { expect } from 'chai'`.
 */
// @ts-ignore -- see above: no declaration file for 'chai'
import { expect as chaiExpect } from 'chai';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const expect: (value: unknown, message?: string) => any = chaiExpect;
