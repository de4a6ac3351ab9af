"""The demo show: simulated contestants playing a whole show, headless or on screen."""
