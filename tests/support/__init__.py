"""What tests share: a real server process (server), the fixture pages (pages), the adapter
harness (harness) and browser-test helpers (browser)."""
