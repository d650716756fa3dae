"""New drafts: text import, mapping provisions across versions, carrying analysis forward."""
