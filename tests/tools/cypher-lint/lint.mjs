#!/usr/bin/env node
// Parses Cypher scripts with Neo4j's Cypher parser (@neo4j-cypher/language-support) and prints, per
// script, one line of JSON: {"file", "statements": N, "diagnostics": [{severity, message, line,
// offset, text}], "literals": ["…"]}. "literals" (with --literals) are the values of the script's string
// literals as Neo4j's lexer delimits them, unescaped by the rules of the Cypher manual; "literalUnits"
// the same as arrays of UTF-16 code units, since JSON readers may replace a lone surrogate.
// Usage: node lint.mjs [--literals] [FILE…]   (standard input when no FILE is given)
// Several files in one run save the parser's start-up time (seconds).
import { readFileSync } from 'node:fs';
import { lintCypherQuery, parseStatementsStrs, highlightSyntax } from '@neo4j-cypher/language-support';

const args = process.argv.slice(2);
const wantLiterals = args.includes('--literals');
const files = args.filter((a) => !a.startsWith('--'));
for (const file of files.length > 0 ? files : [null]) {
  const result = lint(file, readFileSync(file ?? 0, 'utf8'));
  process.stdout.write(JSON.stringify(result) + '\n');
}

function lint(file, script) {
  const statements = parseStatementsStrs(script).filter((s) => s.trim().length > 0);
  // One call for the whole script: the parser's semantic analysis costs ~0.1 s a call, whatever its size.
  const { diagnostics: found } = lintCypherQuery(script, {});
  const diagnostics = found.map((d) => {
    const start = d.offsets?.start ?? 0;
    const end = d.offsets?.end ?? start;
    return {
      severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
      message: d.message,
      line: (d.range?.start?.line ?? 0) + 1,
      offset: start,
      text: script.slice(start, Math.min(end, start + 80)),
    };
  });

  const result = { file, statements: statements.length, diagnostics };
  if (wantLiterals) {
    result.literals = highlightSyntax(script)
      .filter((t) => t.tokenType === 'stringLiteral')
      .map((t) => unescape(t.token));
    result.literalUnits = result.literals.map((l) => Array.from({ length: l.length }, (_, i) => l.charCodeAt(i)));
  }

  return result;
}

// Cypher string literal escapes: \\ \' \" \b \f \n \r \t \uXXXX \UXXXXXXXX.
function unescape(token) {
  const body = token.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }

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
