"""The deterministic demo territory and each area's demo stage data."""
