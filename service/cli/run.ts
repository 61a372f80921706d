/** The `callwatch` process: runs the command line and sets the exit code (entry of bin/callwatch.mjs and the build). */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
