/** Where the browser keeps the session's CSRF token (sessionStorage) and the chosen unit (localStorage). */
export const CSRF_KEY = 'loa.csrf';
export const UNIT_KEY = 'loa.unit';
