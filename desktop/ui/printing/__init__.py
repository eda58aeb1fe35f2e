"""Printed documents in the windows: render off the GUI thread, preview, print, save; the packet's copies."""
