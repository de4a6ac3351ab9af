"""Entry point of the ``rcv`` command: builds the argument parser from each command module.

Each command module exposes ``register(subparsers)``, which adds its sub-commands and sets
``func`` on them; nothing registers itself on import. ``rcv --version`` answers before any of
them is imported (a fraction of a second instead of the second the commands' imports take).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from rcv import __version__


def build_parser() -> argparse.ArgumentParser:
    from rcv.cli import registry

    parser = argparse.ArgumentParser(
        prog="rcv", description="Rung chuông vàng: điều khiển sân khấu / stage controller"
    )
    parser.add_argument("--version", action="version", version=f"rcv {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in registry.COMMAND_MODULES():
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from rcv.userdirs import strip_portable_flag

    arguments = strip_portable_flag(sys.argv[1:] if argv is None else list(argv))
    if arguments == ["--version"]:  # at once: the parser imports every command's module
        print(f"rcv {__version__}")
        return 0
    if arguments == ["--self-test"]:
        from rcv.cli.selftest_cmd import cmd_self_test

        return cmd_self_test()
    if not arguments:  # no command: the MC's console
        from rcv.entry.programs import run_console

        return run_console(["rcv"])
    parser = build_parser()
    args = parser.parse_args(arguments)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 0
    try:
        code = func(args)
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
