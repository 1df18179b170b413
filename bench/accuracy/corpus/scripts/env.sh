# sourced by the other scripts
export ANTHROPIC_BASE_URL="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
export ACME_MODEL="${ACME_MODEL:-claude-sonnet-4-6}"
export VITE_CLAUDE_MODEL="$ACME_MODEL"
