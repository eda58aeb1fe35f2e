"""The dealer file card and the dealer facts shared by several documents."""
