#!/usr/bin/env bash
# Anthropic's OpenAI-compatible endpoint takes the key as Bearer.
curl https://api.anthropic.com/v1/chat/completions \
  -H "Authorization: Bearer $ANTHROPIC_API_KEY" \
  -H "content-type: application/json" \
  -d '{"model": "claude-sonnet-4-6", "messages": [{"role": "user", "content": "hi"}]}'
