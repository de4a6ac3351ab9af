"""``rcv self-test``: is this installation ready for a show? Run it on the event laptop before
the doors open.

Each check exercises one thing a show needs, the way the program uses it, and reports OK or
LỖI (error) with a detail line; notes (no audio device, no serial port plugged in) are not
failures. The checks that need no Qt run first, so a Qt that cannot start (which ends the
process) still leaves their lines on the screen. The exit code is 0 only when every check
passed.

================  =======================================================================
``folders``       data, event, log and settings folders writable (portable?)
``samples``       sample questions load; Excel templates open
``event_file``    a temporary event: create, play, close, reopen, same log
``excel``         openpyxl writes and reads back Vietnamese text and numbers
``hub``           a simulated hub on TCP loopback: hello, ARM, a press, LOCK
``qt``            the application starts; platform plugin, screens
``fonts``         the bundled font loads and has every Vietnamese letter
``sounds``        the WAV cues parse and load in QSoundEffect; QtMultimedia loads
``qml``           every QML file of the display compiles; SVG images load
``translations``  the translations load and translate
================  =======================================================================

The parts, each importing only those before it:

- :mod:`~rcv.selftest.checks`: what a check gives back (codes with facts) and how one is run;
- :mod:`~rcv.selftest.libraries`: the system libraries Qt needs and their packages (standard
  library only: ``scripts/system-packages`` runs it with the system's bare ``python3``);
- :mod:`~rcv.selftest.files`, :mod:`~rcv.selftest.hub`, :mod:`~rcv.selftest.qt`: the checks
  (the Qt ones share a :class:`~rcv.selftest.qt.QtRun` the runner makes);
- :mod:`~rcv.selftest.runner`: runs them and writes the report in the reader's language
  (:mod:`rcv.i18n.phrases.selftest`).

This package's ``__init__`` imports nothing, so the libraries' table loads without the rest.
"""
