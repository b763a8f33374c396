"""What tests share: a real server process (server), the fixture pages (pages), the adapter
harness (harness), browser-test helpers (browser) and the drafts of the engine's reading-round
tests (reading)."""
