// tsc puts src/ under dist/src/ (schemas/ sits beside src/); these give the documented
// entry points dist/server.js and dist/cli.js (the package's bin).
import { chmodSync, writeFileSync } from 'node:fs';

writeFileSync('dist/server.js', "import { start } from './src/server.js';\nstart();\n");
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport { run } from './src/cli.js';\nrun(process.argv.slice(2));\n");
chmodSync('dist/cli.js', 0o755);
