"""Shared bundles: export, hardened reading of untrusted files, validation and merge."""
