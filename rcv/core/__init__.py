"""The game itself: pure Python, no Qt, no I/O, no clock.

A show is an append-only log of events; its state is a fold of that log. Commands are checked
against the state and turned into events; every rule of the game lives in this package.
"""
