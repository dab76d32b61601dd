// Duplicate check: 2,000 calls of POST /customers/duplicates/check, half with an existing
// customer's phone written another way (exact), half with a company's name spelled another
// way (fuzzy), sequentially and at 8 concurrent; recall and precision against the
// generator's ground truth.
import { call } from '../lib/api-client.mjs';
import { readCustomerRows } from '../lib/dataset-rows.mjs';
import { withDatabase } from '../lib/app-server.mjs';
import { seededRandom } from '../lib/random.mjs';
import { ms, summarize, timed } from '../lib/stats.mjs';

export async function duplicatesBench({ app, manager, dataset, truth, report, smoke }) {
  const CALLS = smoke ? 400 : 2000;
  const random = seededRandom(7);
  const variantsOf = new Map();
  for (const [variant, original] of truth.fuzzyDuplicates) {
    variantsOf.set(original, [...(variantsOf.get(original) ?? []), variant]);
  }
  const picks = Array.from({ length: CALLS }, (_, i) => {
    const [row, original] = random.pick(
      i % 2 === 0 ? truth.exactDuplicates : truth.fuzzyDuplicates,
    );
    return {
      exact: i % 2 === 0,
      row,
      expected: new Set([original, ...(variantsOf.get(original) ?? [])]),
    };
  });
  const rows = await readCustomerRows(
    `${dataset}/customers.csv`,
    new Set(picks.map((pick) => pick.row)),
  );
  const queries = picks.map((pick) => {
    const row = rows.get(pick.row);
    return {
      ...pick,
      body: pick.exact
        ? { kind: row.kind, name: row.name, phones: [{ type: 'mobile', value: row.mobile }] }
        : { kind: row.kind, name: row.name },
    };
  });

  const results = new Array(CALLS);
  const check = async (i) => {
    results[i] = (
      await call(app.baseUrl, manager.token, 'POST', '/customers/duplicates/check', queries[i].body)
    ).duplicates;
  };
  for (let i = 0; i < 20; i++) await check(i); // warm-up
  const sequential = summarize(await timed(CALLS, 1, check));
  const concurrent = summarize(await timed(CALLS, 8, check));

  const ids = [...new Set(results.flatMap((found) => found.map((candidate) => candidate.id)))];
  const refOf = await withDatabase(
    app.databaseUrl,
    async (client) =>
      new Map(
        (
          await client.query(`SELECT id, notes FROM customers WHERE id = ANY($1::uuid[])`, [ids])
        ).rows.map((row) => [row.id, Number(String(row.notes).replace('ref:', ''))]),
      ),
  );
  const score = (exact) => {
    let truePositives = 0;
    let returned = 0;
    let relevant = 0;
    queries.forEach((query, i) => {
      if (query.exact !== exact) return;
      const found = new Set(results[i].map((candidate) => refOf.get(candidate.id)));
      returned += found.size;
      relevant += query.expected.size;
      for (const ref of found) if (query.expected.has(ref)) truePositives++;
    });
    return {
      recall: truePositives / relevant,
      precision: returned === 0 ? 1 : truePositives / returned,
    };
  };
  const exact = score(true);
  const fuzzy = score(false);
  const all = (() => {
    const a = score(true);
    const b = score(false);
    return { recall: (a.recall + b.recall) / 2, precision: (a.precision + b.precision) / 2 };
  })();
  const pct = (value) => `${(value * 100).toFixed(1)} %`;
  report.section('Duplicate check', [
    `${CALLS.toLocaleString('en')} calls as the sales manager: half exact (an existing customer's phone written another way, with its name), half fuzzy (a company name spelled another way, no phone).`,
    '',
    '| run | median | p99 | max | target |',
    '| --- | ---: | ---: | ---: | --- |',
    `| sequential | ${ms(sequential.median)} | **${ms(sequential.p99)}** | ${ms(sequential.max)} | p99 ≤ 25 ms |`,
    `| 8 concurrent | ${ms(concurrent.median)} | **${ms(concurrent.p99)}** | ${ms(concurrent.max)} | p99 ≤ 100 ms |`,
    '',
    '| queries | recall | precision |',
    '| --- | ---: | ---: |',
    `| exact (phone) | ${pct(exact.recall)} | ${pct(exact.precision)} |`,
    `| fuzzy (name) | ${pct(fuzzy.recall)} | ${pct(fuzzy.precision)} |`,
    `| **all** | **${pct(all.recall)}** | **${pct(all.precision)}** |`,
    '',
    'Recall: of the customers the generator made as the same one, the share the check returned. Precision: of the candidates returned, the share that are the same customer.',
  ]);
  report.check('duplicate check p99 ≤ 25 ms sequential', sequential.p99 <= 25, ms(sequential.p99));
  report.check(
    'duplicate check p99 ≤ 100 ms at 8 concurrent',
    concurrent.p99 <= 100,
    ms(concurrent.p99),
  );
  report.check('duplicate recall ≥ 95 %', all.recall >= 0.95, pct(all.recall));
  report.check('duplicate precision ≥ 90 %', all.precision >= 0.9, pct(all.precision));
}
