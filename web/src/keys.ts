/** Where the browser keeps the chosen unit (localStorage). */
export const UNIT_KEY = 'loa.unit';
