"""The ``rcv`` command line: one module per group of sub-commands, wired in ``main``."""
