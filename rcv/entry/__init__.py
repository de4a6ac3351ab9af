"""The top floor: the one composition root that builds the running program's object graph
(:mod:`rcv.entry.compose`) and the scripted show the screenshots play (:mod:`rcv.entry.tour`).
Nothing below imports it; the CLI (:mod:`rcv.cli`) stands beside it."""
