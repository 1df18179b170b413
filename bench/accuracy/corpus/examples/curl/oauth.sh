#!/usr/bin/env bash
# With an OAuth access token from the Claude sign-in flow (not an API key).
curl https://api.anthropic.com/v1/messages \
  -H "Authorization: Bearer $CLAUDE_OAUTH_TOKEN" \
  -H "anthropic-beta: oauth-2025-04-20" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" \
  -d '{"model": "claude-sonnet-4-6", "max_tokens": 64, "messages": [{"role": "user", "content": "hi"}]}'
