// Worker threads start from JavaScript: register tsx, then run the TypeScript worker.
require('tsx/cjs');
require('./worker.ts');
