"""CLI: ``python -m generator lint|generate|check [service ...]`` and ``python -m generator bench``."""

from __future__ import annotations

import argparse
import sys

from . import config


def _lint(args: argparse.Namespace) -> int:
    from .lint import Level, lint_service

    errors = 0
    for service in config.select(args.services):
        findings = lint_service(service)
        for finding in findings:
            print(finding)
        count = sum(f.level is Level.ERROR for f in findings)
        errors += count
        print(f"{service.key}: {count} error(s), {len(findings) - count} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _generate(args: argparse.Namespace) -> int:
    from .codegen.generate import GenerationError, generate_all

    try:
        generate_all(config.select(args.services), force=args.force)
    except GenerationError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def _check(args: argparse.Namespace) -> int:
    from .codegen.check import check

    differing = check(config.select(args.services))
    for line in differing:
        print(line)
    if differing:
        print("clients/ differs from what `make generate` produces; run `make generate` and commit.", file=sys.stderr)
    return 1 if differing else 0


def _bench(args: argparse.Namespace) -> int:
    from .bench import Settings, main

    if args.quick:
        return main(args.only, Settings.quick(), write=False)
    settings = Settings(
        runs=args.runs, rounds=args.rounds, calls=args.calls, seconds=args.seconds, clients=args.clients
    )
    return main(args.only, settings, write=not args.no_write)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, func, helptext in (
        ("lint", _lint, "validate specs: openapi-spec-validator + house rules"),
        ("generate", _generate, "generate clients/<service> from specs/<service>"),
        ("check", _check, "fail if clients/ differs from a fresh generation"),
    ):
        sub = commands.add_parser(name, help=helptext)
        sub.add_argument("services", nargs="*", help="service keys (default: all)")
        sub.set_defaults(func=func)
        if name == "generate":
            sub.add_argument("--force", action="store_true", help="regenerate even when the inputs are unchanged")
    bench = commands.add_parser("bench", help="benchmarks vs the official SDK -> docs/benchmarks.md/.json")
    from .bench import SECTIONS

    bench.add_argument("--only", nargs="+", choices=SECTIONS)
    bench.add_argument("--runs", type=int, default=5, help="samples per measurement (default: 5)")
    bench.add_argument("--rounds", type=int, default=11, help="interleaved rounds of the CPU-time ratios (default: 11)")
    bench.add_argument("--calls", type=int, default=1000, help="calls per per-call sample (default: 1000)")
    bench.add_argument("--seconds", type=float, default=3.0, help="load seconds per simulator sample (default: 3)")
    bench.add_argument("--clients", type=int, default=4, help="concurrent simulator clients (default: 4)")
    bench.add_argument("--no-write", action="store_true", help="print only (a partial run never writes docs/)")
    bench.add_argument("--quick", action="store_true", help="fewer, shorter samples; print only (about a minute)")
    bench.set_defaults(func=_bench)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
