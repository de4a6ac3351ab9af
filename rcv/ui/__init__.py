"""The Qt views: the MC console and the projector display, both thin observers of the controller."""
