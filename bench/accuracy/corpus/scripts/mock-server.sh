#!/usr/bin/env bash
# Starts Prism on :4010 and checks it answers like the Messages API.
set -euo pipefail
npx @stoplight/prism-cli mock -p 4010 spec/anthropic.yml &
sleep 3
curl -sS http://localhost:4010/v1/messages \
  -H "x-api-key: test" \
  -H "content-type: application/json" \
  -d '{"model":"claude-3-opus-20240229","max_tokens":8,"messages":[]}'
