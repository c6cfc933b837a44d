"""The demo, one module per area: each `load(site, out)` adds what `site` lacks and reports a line."""
