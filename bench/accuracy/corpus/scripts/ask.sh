#!/usr/bin/env bash
# ask.sh "question" — one-shot question from the terminal
set -euo pipefail
MODEL="${MODEL:-claude-3-7-sonnet-latest}"
curl -sS https://api.anthropic.com/v1/messages \
  -H "x-api-key: $ANTHROPIC_API_KEY" \
  -H "anthropic-version: 2023-06-01 " \
  -H "content-type: application/json" \
  -d "{\"model\":\"$MODEL\",\"max_tokens\":512,\"messages\":[{\"role\":\"user\",\"content\":\"$1\"}]}" | jq -r '.content[0].text'
