"""Practice tests reuse the Teams fixtures (connector stub, our server) for Teams delivery."""

from teams.conftest import build_app, stub

__all__ = ["build_app", "stub"]
