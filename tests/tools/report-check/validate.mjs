// Validates JSON documents against a JSON Schema (draft 2020-12) with ajv and prints one JSON object:
// {"documents": N, "errors": ["line 3: /citations/0/start must be >= 0", …]}.
// Usage: node validate.mjs SCHEMA.json FILE [--jsonl]   (--jsonl: one document per line)
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';

const [schemaPath, file, mode] = process.argv.slice(2);
if (!schemaPath || !file) {
  console.error('usage: node validate.mjs SCHEMA.json FILE [--jsonl]');
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
const text = readFileSync(file, 'utf8');
const documents = mode === '--jsonl' ? text.split('\n').filter((l) => l.trim() !== '') : [text];
const errors = [];
documents.forEach((document, n) => {
  let value;
  try {
    value = JSON.parse(document);
  } catch (e) {
    errors.push(`line ${n + 1}: not JSON: ${e.message}`);
    return;
  }
  if (!validate(value)) {
    for (const e of validate.errors) errors.push(`${mode === '--jsonl' ? `line ${n + 1}: ` : ''}${e.instancePath || '/'} ${e.message}`);
  }
});
process.stdout.write(JSON.stringify({ documents: documents.length, errors }));
