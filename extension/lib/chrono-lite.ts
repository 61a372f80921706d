/**
 * The part of chrono-node the date layer uses (shared/extract/dates/chrono.ts, engine.ts), for the extension's bundles
 * only (wxt.config.ts aliases `chrono-node` here): the result classes, and the four parsers the date layer takes
 * from chrono's German and English configurations (an ISO date, "17. Dezember 2019", "17 December 2019", "December 17,
 * 2019"). chrono's configurations construct every parser of a locale (casual words, weekdays, time expressions …),
 * which no bundler can leave out; built here, the clip content script carries only these. The same classes, from the
 * same files (test/extension/lib/chrono-lite.test.ts checks that the date layer picks exactly these from the full
 * configurations), so extraction in the extension and in the service is the same.
 */
export { ParsingComponents, ParsingResult, ReferenceWithTimezone } from '../../node_modules/chrono-node/dist/esm/results.js';
import ISOFormatParser from '../../node_modules/chrono-node/dist/esm/common/parsers/ISOFormatParser.js';
import DEMonthNameLittleEndianParser from '../../node_modules/chrono-node/dist/esm/locales/de/parsers/DEMonthNameLittleEndianParser.js';
import ENMonthNameLittleEndianParser from '../../node_modules/chrono-node/dist/esm/locales/en/parsers/ENMonthNameLittleEndianParser.js';
import ENMonthNameMiddleEndianParser from '../../node_modules/chrono-node/dist/esm/locales/en/parsers/ENMonthNameMiddleEndianParser.js';

/** As `chrono.de.createConfiguration(true)`, with the two parsers the date layer takes from it. */
export const de = { createConfiguration: (_strict?: boolean) => ({ parsers: [new ISOFormatParser(), new DEMonthNameLittleEndianParser()], refiners: [] }) };

/** As `chrono.en.configuration.createConfiguration(true, false)`, with the two parsers the date layer takes from it. */
export const en = {
  configuration: {
    createConfiguration: (_strict?: boolean, littleEndian = false) => ({
      parsers: [new ENMonthNameLittleEndianParser(), new ENMonthNameMiddleEndianParser(littleEndian)],
      refiners: [],
    }),
  },
};
