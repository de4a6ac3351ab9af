"""rcv: the stage controller for live "Rung chuông vàng" (Ring the Golden Bell) quiz events."""

__version__ = "0.1.0"
