"""The event file: one SQLite file per event holding the roster, the questions, the rules and
the show's log, written before the state changes and verified by a hash chain when opened."""
