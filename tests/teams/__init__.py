"""Microsoft Teams tests (a package, so stub/client names never clash with other platforms)."""
