/** The host of a page's address, lower case ('' when the address has none). */
export function hostOf(url: string): string {
  const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url);
  return m ? m[1].toLowerCase() : '';
}
