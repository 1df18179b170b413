#!/usr/bin/env bash
# Kept for the 2023 migration notes; do not use.
curl https://api.anthropic.com/complete \
  -H "x-api-key: $ANTHROPIC_API_KEY" \
  -H "content-type: application/json" \
  -d '{"model":"claude-2.1","prompt":"\n\nHuman: Hello\n\nAssistant:","max_tokens_to_sample":64}'
