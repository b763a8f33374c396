"""Thin use cases that combine the store and the engine: observe, drafts."""
