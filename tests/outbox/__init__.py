"""The outbox wing: its policy, its kinds, and the imports that keep it a wing."""
