"""``rcv standings EVENT [--by unit|group]``: the units' (or groups') standings of a show — the
team prizes — as they stand now, by the method in the event's rules, in the reader's language.

The event file is opened read-only: it works while the show is being played, and then says
first that the results are provisional. Exit codes: 0 printed; 2 the event file cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rcv.i18n import load_words
from rcv.i18n.phrases.standings import say
from rcv.i18n.phrases.storage import storage_error
from rcv.storage.errors import EventFileError

EXIT_EVENT = 2


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cmd = sub.add_parser(
        "standings", help="xếp hạng đơn vị hoặc nhóm (giải tập thể) / units' or groups' standings"
    )
    cmd.add_argument("event", type=Path, help="tệp sự kiện .rcv")
    cmd.add_argument(
        "--by",
        choices=("unit", "group"),
        default="unit",
        help="xếp hạng theo đơn vị (mặc định) hoặc theo nhóm / by unit (default) or by group",
    )
    cmd.set_defaults(func=cmd_standings)


def cmd_standings(args: argparse.Namespace) -> int:
    from rcv.core.standings import standings
    from rcv.results.facts import compute_results, read_event
    from rcv.results.sheets_ranking import sheet_banner
    from rcv.results.standings_text import group_lines, team_prize_lines, unit_lines

    words = load_words()
    try:
        results = compute_results(read_event(args.event))
    except EventFileError as exc:
        print(storage_error(exc, words), file=sys.stderr)
        return EXIT_EVENT
    table = standings(results.state, results.setup, results.ranking)
    if not table.units:
        print(say("no_units", words))
        return 0
    if args.by == "group":
        if not table.groups:
            print(say("no_groups", words))
            return 0
        lines = group_lines(table, words)
    else:
        lines = unit_lines(table, results.setup.roster, words)
    banner = sheet_banner(results, words)  # before the end: provisional, as the workbook says
    for line in [*([banner, ""] if banner else []), *lines, ""]:
        print(line)
    for line in team_prize_lines(table, words, by=args.by):
        print(line)
    return 0
