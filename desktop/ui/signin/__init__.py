"""Signing in: which database the windows open on, the office sign-in dialog, the first start's name."""
