"""Talking to a language model over an OpenAI-compatible HTTP API (infrastructure: no store, no engine)."""
