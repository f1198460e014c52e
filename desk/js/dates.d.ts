// Types for the unit tests (the page itself runs the .js as it is).
export function validPartialDate(s: string): boolean;
