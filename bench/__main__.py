"""Command line: `python -m bench [generate|run|render|load|posting-report] [--scale 10k]` (default: run at 10k)."""

import argparse
import sys

from bench import environment


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    generate = commands.add_parser("generate", help="fill the benchmark database to a scale")
    run = commands.add_parser("run", help="generate if needed, then load-test the production configuration")
    load = commands.add_parser("load", help="many connections on the production configuration, mail server hung")
    render = commands.add_parser(
        "render", help="in-process p50 and SQL queries of each page kind with nothing cached (no server)"
    )
    report = commands.add_parser(
        "posting-report", help="time the admin's posting report over many articles (inserted, then rolled back)"
    )
    for command in (generate, run, render, load, report):
        command.add_argument("--scale", default="10k", help="news pages and legal documents: 10k, 100k, 500…")
        command.add_argument("--database", help="PostgreSQL database name (default: sonoivu_bench_<scale>)")
    for command in (generate, run):
        command.add_argument(
            "--sites", type=int, default=1, help="component sites sharing the data (besides the portal), default 1"
        )
    run.add_argument("--stream", type=int, default=60, help="seconds of the publish stream (0: none)")
    run.add_argument("--publish-every", type=float, default=3.0, help="seconds between the stream's publishes")
    run.add_argument("--duration", type=int, default=10, help="seconds of load per page and cache state")
    run.add_argument("--connections", type=int, default=16)
    run.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    run.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker")
    run.add_argument("--no-nginx", action="store_true", help="skip the front-cache measurement")
    run.add_argument("--no-report", action="store_true", help="print the results, leave docs/benchmarks.md")
    load.add_argument("--duration", type=int, default=60, help="seconds of load")
    load.add_argument("--connections", type=int, default=200)
    load.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    load.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker")
    render.add_argument("--fetches", type=int, default=50, help="timed fetches per page kind")
    render.add_argument(
        "--profile",
        choices=["home", "listing", "article", "library", "document"],
        help="print a cProfile of one page kind",
    )
    report.add_argument("--articles", type=int, default=100_000)
    report.add_argument("--units", type=int, default=20)
    report.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:] or ["run"])

    # What `render` measures keeps nothing in Redis, as the uncached servers of `run`.
    environment.prepare(args.scale, args.database, getattr(args, "sites", 1), redis=args.command != "render")
    if args.command == "generate":
        from bench import steps

        steps.build_database(args.scale, args.sites)
    elif args.command == "posting-report":
        from bench import posting_report

        posting_report.run(args.articles, args.units, args.runs)
    elif args.command == "render":
        from bench import render

        render.run(args)
    elif args.command == "load":
        from bench import loadtest

        loadtest.run(args)
    else:
        from bench import runner

        runner.run(args)


if __name__ == "__main__":
    main()
