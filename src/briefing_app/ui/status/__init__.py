"""Treaty status in the desktop app: the entry-into-force chart (pages follow arch's page registration)."""
