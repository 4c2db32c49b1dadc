"""Delivering the outbox (nudges and every other kind): the registry, the drain loop, the
clock that runs it, the terminal sender, the `nudges` commands."""
