"""The hardware layer: keypad hubs on serial ports, hubs nobody here designed (device profiles),
a hub simulator and the technicians' tools.

It never touches game state. Links read their ports on worker threads and hand immutable events
(:mod:`rcv.hardware.events`) to a consumer; the controller turns a
:class:`~rcv.hardware.events.KeyPress` into an engine command. Import the modules you need;
importing this package starts nothing and registers nothing.
"""
