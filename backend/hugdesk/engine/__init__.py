"""Pure text work: language, reading a review, names, drafting, tone, promises in text. Imports nothing from store, api, litestar or sqlite."""
