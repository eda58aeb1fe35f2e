"""The dealer list and the dealer file window (key people, visits), with its table model."""
