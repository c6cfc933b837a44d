"""Open data: the public read-only API and exports (Decree 224/2026 art. 11(5))."""
