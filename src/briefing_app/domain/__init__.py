"""Pure Python types and rules: records, enums, redline, tailoring, merge decisions. No I/O, Qt or SQL."""
