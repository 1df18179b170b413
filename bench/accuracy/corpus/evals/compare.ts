import results from './results/2025-q3.json';

// Prints how each model did compared with the old baseline.
const baseline = results.results.find((r) => r.model === 'claude-3-5-sonnet-20241022');
for (const r of results.results) {
  const delta = baseline ? r.score - baseline.score : 0;
  console.log(`${r.model.padEnd(30)} ${r.score.toFixed(2)} (${delta >= 0 ? '+' : ''}${delta.toFixed(2)})`);
}
