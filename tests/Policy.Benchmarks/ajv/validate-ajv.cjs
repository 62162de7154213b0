// ajv baseline for docs/performance.md: compile the repository's schemas once (Ajv2020, strict false,
// allErrors false, ajv-formats), then JSON.parse + validate every artefact against the schema its
// `kind` names. ajv is installed outside the repository:
//   npm install --prefix /tmp/ajv-bench ajv@8 ajv-formats@3
//   node validate-ajv.cjs --modules /tmp/ajv-bench/node_modules --root /tmp/policy-bench [--part 0/2] [--iterations 5]
//   node validate-ajv.cjs --schema schemas/system-card.schema.json --dir /tmp/cards   (schema-only, one pass)
'use strict';
const fs = require('fs');
const path = require('path');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (i % 2 ? pairs : [...pairs, [arg.replace(/^--/, ''), all[i + 1]]]), []));
const modules = args.modules || '/tmp/ajv-bench/node_modules';
const Ajv2020 = require(path.join(modules, 'ajv/dist/2020')).default;
const addFormats = require(path.join(modules, 'ajv-formats')).default;
const root = args.root && path.resolve(args.root);
// --iterations 0: one pass and exit (compile + read + parse + validate), for timing the whole process.
const iterations = Number(args.iterations ?? 5);
const [part, parts] = (args.part || '0/1').split('/').map(Number);

function walk(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

let start = process.hrtime.bigint();
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);

// --schema FILE --dir DIR: every .json under DIR against that one schema (the schemas beside it may be
// referenced), as `policy validate --schema FILE DIR` does; one pass, then exit.
if (args.schema) {
  const main = path.resolve(args.schema);
  for (const file of walk(path.dirname(main)).filter((f) => f !== main)) {
    const sibling = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (sibling.$id) ajv.addSchema(sibling);
  }
  const validate = ajv.compile(JSON.parse(fs.readFileSync(main, 'utf8')));
  const files = walk(path.resolve(args.dir)).sort();
  let invalid = 0;
  for (const file of files) {
    if (!validate(JSON.parse(fs.readFileSync(file, 'utf8')))) invalid++;
  }
  console.log(`ajv --schema ${path.basename(main)}: ${files.length} files, ${invalid} invalid`);
  process.exit(invalid > 0 ? 1 : 0);
}

const byKind = {};
for (const file of walk(path.join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(fs.readFileSync(file, 'utf8')));
}
for (const file of walk(path.join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'))) {
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  const kind = schema.properties && schema.properties.kind && schema.properties.kind.const;
  if (kind) byKind[kind] = ajv.getSchema(schema.$id);
}
const compileMs = ms(start);

// Sorted, then every parts-th file from part: two processes split the set evenly by kind and size.
const files = walk(path.join(root, 'policies')).sort().filter((_, i) => i % parts === part);
start = process.hrtime.bigint();
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const readMs = ms(start);

function validateAll(sources) {
  let invalid = 0;
  for (const text of sources) {
    const doc = JSON.parse(text);
    if (!byKind[doc.kind](doc)) invalid++;
  }
  return invalid;
}

let invalid = validateAll(texts); // warm-up (JIT), also the correctness check
const times = [];
for (let i = 0; i < iterations; i++) {
  start = process.hrtime.bigint();
  validateAll(texts);
  times.push(ms(start));
}
if (iterations === 0) {
  console.log(`ajv one pass: ${files.length} files, ${invalid} invalid`);
  process.exit(invalid > 0 ? 1 : 0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];

start = process.hrtime.bigint();
validateAll(files.map((f) => fs.readFileSync(f, 'utf8')));
const coldReadMs = ms(start);

const rate = (n, t) => Math.round(n / (t / 1000)).toLocaleString('en');
console.log(`ajv ${require(path.join(modules, 'ajv/package.json')).version}, node ${process.version}, part ${part}/${parts}: ${files.length} files, ${invalid} invalid`);
console.log(`compile schemas: ${compileMs.toFixed(1)} ms; read files: ${readMs.toFixed(1)} ms`);
console.log(`parse + validate (median of ${iterations}): ${median.toFixed(1)} ms, ${rate(files.length, median)} docs/s`);
console.log(`read + parse + validate (once, warm): ${coldReadMs.toFixed(1)} ms, ${rate(files.length, coldReadMs)} docs/s`);
if (invalid > 0) {
  const first = texts.map((t) => JSON.parse(t)).find((d) => !byKind[d.kind](d));
  console.log('first invalid:', first.id, JSON.stringify(byKind[first.kind].errors).slice(0, 500));
}
