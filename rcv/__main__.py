"""``python -m rcv`` runs the same command line as the ``rcv`` entry point."""

from rcv.cli.main import main

raise SystemExit(main())
