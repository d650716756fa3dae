"""Protecting the people in a workspace (issue #13): encryption at rest with its backups, travel
copies, and forgetting a workspace. Qt-free; the store does the SQL (store/cipher.py, convert.py)."""
