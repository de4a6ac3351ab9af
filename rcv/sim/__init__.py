"""Everything simulated, in one place: a made-up roster (``people``), how a floor of contestants
answers (``floor``), and virtual keypad hubs — the hub itself (``hub``: its keypads, its memory
``hub_memory``, who presses when ``pressing``), how it looks on the wire (``wire``), on a pty or
TCP port (``host``), and set up from options (``run``: what ``rcv sim`` does). The demo, the
self-test, the benchmarks and the tests run whole shows on it without hardware."""
