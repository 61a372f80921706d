/** The text with its first character in upper case ("online-Vortrag" → "Online-Vortrag"); "" stays "". Pure. */
export const upperFirst = (text: string): string => (text ? text[0].toUpperCase() + text.slice(1) : text);
