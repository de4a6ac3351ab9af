"""Simulated people for demos and tests: a roster of made-up contestants and how they answer."""
