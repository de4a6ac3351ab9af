"""The venue's own answer server: phones, referee tablets, the audience and a livestream overlay
on the laptop's Wi-Fi (or hotspot), never on a cloud service.

On the floor of :mod:`rcv.hardware`: like a keypad hub, the server hands what arrives
(:class:`~rcv.hardware.events.KeyPress`, :class:`~rcv.hardware.events.RejectedFrame`, and the
reports of :mod:`rcv.web.wire`) to its consumer and never touches game state; the views it
sends are made from what the consumer publishes. See ``docs/phones.md``.
"""
