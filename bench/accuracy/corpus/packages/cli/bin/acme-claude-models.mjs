#!/usr/bin/env node
// Lists the models the key can use.
const res = await fetch('https://api.anthropic.com/v1/models?limit=100', {
  headers: { 'anthropic-version': '2023-06-01' },
});
const { data } = await res.json();
for (const m of data) console.log(m.id.padEnd(32), m.display_name);
