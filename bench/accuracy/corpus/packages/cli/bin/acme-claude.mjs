#!/usr/bin/env node
// Thin launcher: reads the prompt from files and prints Claude's answer.
import { readFileSync } from 'node:fs';

const apiKey = process.env.ANTHROPIC_API_KEY;
if (!apiKey) {
  console.error('Set ANTHROPIC_API_KEY');
  process.exit(2);
}
const prompt = process.argv.slice(2).map((f) => readFileSync(f, 'utf8')).join('\n\n');

const res = await fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: {
    Authorization: `Bearer ${apiKey}`,
    'anthropic-version': '2023-06-01',
    'content-type': 'application/json',
  },
  body: JSON.stringify({ model: process.env.ACME_MODEL ?? 'claude-sonnet-4-6', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }),
});
const data = await res.json();
console.log(data.content?.[0]?.text ?? JSON.stringify(data));
