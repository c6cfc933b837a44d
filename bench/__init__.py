"""`make bench`: data at scale, a load run against the production configuration, a report.

Run as `python -m bench generate --scale 10k` or `python -m bench run --scale 10k`
(see docs/benchmarks.md).
"""
