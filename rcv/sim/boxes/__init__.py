"""Emulators of buzzer boxes people already own, each written from its published firmware or
protocol, to rehearse rcv's device profiles against on a real pseudo-terminal
(:class:`~rcv.sim.boxes.host.BoxHost`). Each box is a pure object: presses go in by hand,
bytes come out as the real box would send them, commands it understands are recorded."""
