import os

import anthropic
import yaml

with open(os.environ.get("INDEXER_CONFIG", "config.yaml")) as f:
    CONFIG = yaml.safe_load(f)

client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], base_url=CONFIG["anthropic"]["base_url"])


def describe(chunk: str) -> str:
    msg = client.messages.create(
        model=CONFIG["anthropic"]["model"],
        max_tokens=CONFIG["anthropic"]["max_tokens"],
        messages=[{"role": "user", "content": f"Describe in one line:\n{chunk}"}],
    )
    return msg.content[0].text
