/**
 * chrono's parse loop (chrono-node's `Chrono.parse`, without refiners) over the parsers the date layer chose: each
 * parser's pattern is run over the text, every match is handed to the parser, and the search goes on after what it
 * read (or one character after a match it refused); the results of all parsers are ordered by index. Written here
 * because chrono's `Chrono` class builds its whole English configuration with every instance, which would put every
 * parser of the locale into the clip content script; the parsers, the context's results and their classes are
 * chrono's own. test/shared/extract/dates/engine.test.ts checks that it reads as `Chrono.parse` does.
 */
import { ParsingComponents, ParsingResult, ReferenceWithTimezone } from 'chrono-node';
import type { Parser, ParsingContext } from 'chrono-node';

type Components = ConstructorParameters<typeof ParsingComponents>[1];

/** The context chrono hands its parsers: the text, the reference day, and the makers of results. */
function contextOf(text: string, refDate: Date): ParsingContext {
  const reference = ReferenceWithTimezone.fromInput(refDate);
  const components = (c: ParsingComponents | Components) => (c instanceof ParsingComponents ? c : new ParsingComponents(reference, c));
  const context = {
    text,
    option: {},
    reference,
    refDate: reference.instant,
    createParsingComponents: components,
    createParsingResult: (index: number, textOrEnd: number | string, start?: ParsingComponents | Components, end?: ParsingComponents | Components) =>
      // absent parts are null, as chrono's own context makes them
      new ParsingResult(reference, index, typeof textOrEnd === 'string' ? textOrEnd : text.substring(index, textOrEnd), (start ? components(start) : null) as ParsingComponents, (end ? components(end) : null) as ParsingComponents),
    debug: () => {},
  };
  return context as unknown as ParsingContext;
}

/** Every result of one parser over the context's text, in the order found. */
function resultsOf(context: ParsingContext, parser: Parser): ParsingResult[] {
  const results: ParsingResult[] = [];
  const pattern = parser.pattern(context);
  const whole = context.text;
  let rest = whole;
  let match = pattern.exec(rest);
  while (match) {
    match.index = match.index + whole.length - rest.length;
    // a parser may move the match past its left boundary (match.index, match[0]): what follows reads the moved match
    const found = parser.extract(context, match);
    if (!found) {
      rest = whole.substring(match.index + 1);
      match = pattern.exec(rest);
      continue;
    }
    let result: ParsingResult;
    if (found instanceof ParsingResult) result = found;
    else if (found instanceof ParsingComponents) {
      result = context.createParsingResult(match.index, match[0]);
      result.start = found;
    } else result = context.createParsingResult(match.index, match[0], found);
    results.push(result);
    rest = whole.substring(result.index + result.text.length);
    match = pattern.exec(rest);
  }
  return results;
}

/** What `new Chrono({ parsers, refiners: [] }).parse(text, reference)` gives. */
export function parseWith(parsers: readonly Parser[], text: string, reference: Date): ParsingResult[] {
  const context = contextOf(text, reference);
  return parsers.flatMap((parser) => resultsOf(context, parser)).sort((a, b) => a.index - b.index);
}
