"""`python -m desktop` / `tulieu`: no subcommand opens the window, others run the CLI."""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    # In the bundle, an import's worker process starts this program again; this runs its work.
    multiprocessing.freeze_support()
    # Imported here, not above: a worker process started from the `tulieu` script imports
    # this module again, and the CLI (the database layer, Word) doubled its start-up.
    from desktop import logs
    from desktop.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command in (None, "open"):
        from desktop.app import run_gui

        return run_gui(args.data_dir, args.db_url, getattr(args, "paths", []))
    logs.configure()
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
