#!/usr/bin/env node
// Parses a Cypher script with Neo4j's Cypher parser (@neo4j-cypher/language-support) and prints
// one JSON object: {"statements": N, "diagnostics": [{severity, message, statement, offset, text}],
// "literals": ["…"]}. "literals" (with --literals) are the values of the script's string literals as
// the lexer delimits them, unescaped by the rules of the Cypher manual.
// Usage: node lint.mjs [--literals] [FILE]   (standard input when FILE is absent)
import { readFileSync } from 'node:fs';
import { lintCypherQuery, parseStatementsStrs, highlightSyntax } from '@neo4j-cypher/language-support';

const args = process.argv.slice(2);
const wantLiterals = args.includes('--literals');
const file = args.find((a) => !a.startsWith('--'));
const script = readFileSync(file ?? 0, 'utf8');

const statements = parseStatementsStrs(script).filter((s) => s.trim().length > 0);
const diagnostics = [];
statements.forEach((statement, index) => {
  const { diagnostics: found } = lintCypherQuery(statement, {});
  for (const d of found) {
    diagnostics.push({
      severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
      message: d.message,
      statement: index,
      offset: d.offsets?.start ?? null,
      text: statement.slice(d.offsets?.start ?? 0, Math.min(d.offsets?.end ?? 0, (d.offsets?.start ?? 0) + 80)),
    });
  }
});

const result = { statements: statements.length, diagnostics };
if (wantLiterals) {
  result.literals = highlightSyntax(script)
    .filter((t) => t.tokenType === 'stringLiteral')
    .map((t) => unescape(t.token));
}

process.stdout.write(JSON.stringify(result) + '\n');

// Cypher string literal escapes: \\ \' \" \b \f \n \r \t \uXXXX \UXXXXXXXX.
function unescape(token) {
  const body = token.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { out += c; continue; }
    const e = body[++i];
    switch (e) {
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16)); i += 4; break;
      case 'U': out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 9), 16)); i += 8; break;
      default: throw new Error(`unknown escape \\${e} in ${token}`);
    }
  }
  return out;
}
