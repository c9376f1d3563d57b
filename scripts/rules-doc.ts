/** Writes docs/rules.md from the rule registry:  npm run rules-doc */
import fs from 'node:fs';
import path from 'node:path';
import { rulesMarkdown } from '../src/rules/rulesDoc';

const out = path.resolve(__dirname, '..', 'docs', 'rules.md');
fs.writeFileSync(out, rulesMarkdown(), 'utf8');
console.log(`已写出 ${path.relative(process.cwd(), out)}`);
