"""Hugdesk: answer customers where they complain in public, and log every interaction."""

__version__ = "0.1.0"
