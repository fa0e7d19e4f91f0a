"""Extraction layers, one module per layer; each defines a Stage (Document -> Document)."""
