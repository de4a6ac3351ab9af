"""The application layer: the controller between the pure core and the Qt views, and the
composition root that wires the parts together."""
