#!/bin/sh
export ANTHROPIC_API_KEY=__KEY__
