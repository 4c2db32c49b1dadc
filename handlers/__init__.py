"""Platform adapters: translate platform events to and from the neutral message model."""
