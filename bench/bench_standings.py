"""How long the units' standings take, beside the individual ranking of the same show.

Plays a show in memory with the autopilot (the demo roster: 17 units in 4 groups) for each
size, then times, best of ``--repeat``:

* ``rank``: the individual ranking (:func:`rcv.core.ranking.rank`) — the floor: the standings
  are computed from it and are asked for as often (the results, ``rcv standings``, the demo);
* ``standings``: the units and groups in order, with their prizes, given that ranking;
* ``unit_counts``: how many of each unit stand now (the projector's and console's live count,
  recomputed after each change).

Run:  .venv/bin/python bench/bench_standings.py [--seats 100 500 1000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from rcv.clock import ManualClock
from rcv.core.ranking import rank
from rcv.core.rules import Rules
from rcv.core.show import Show
from rcv.core.standings import standings
from rcv.core.state import ShowSetup
from rcv.core.units import unit_counts
from rcv.demo.autopilot import Autopilot
from rcv.demo.builtin import builtin_questions
from rcv.sim.floor import FloorModel
from rcv.sim.people import make_roster

T0 = 1_795_500_000_000


def best_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def played(seats: int) -> Show:
    show = Show(ShowSetup(make_roster(seats, 7), builtin_questions(), Rules()))
    Autopilot(show, FloorModel(seed=7), ManualClock(T0)).run(lambda action, change: None)
    return show


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, nargs="+", default=[100, 500, 1000])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(f"{'seats':>6} {'units':>6} {'questions':>9} {'rank (floor)':>13} "
          f"{'standings':>10} {'unit_counts':>12}")  # fmt: skip
    for seats in args.seats:
        show = played(seats)
        state, setup = show.state, show.setup
        ranking = rank(state, setup)
        table = standings(state, setup, ranking)
        floor = best_ms(lambda: rank(state, setup), args.repeat)  # noqa: B023
        ms = best_ms(lambda: standings(state, setup, ranking), args.repeat)  # noqa: B023
        live = best_ms(lambda: unit_counts(state, setup.roster), args.repeat)  # noqa: B023
        print(
            f"{seats:>6} {len(table.units):>6} {table.questions:>9} {floor:>10.2f} ms "
            f"{ms:>7.2f} ms {live:>9.2f} ms"
        )


if __name__ == "__main__":
    main()
