"""Errors our plain functions raise; the HTTP layer maps them to 4xx answers."""


class NotFound(Exception):
    """A referenced record does not exist (404)."""


class Invalid(Exception):
    """The request is well-formed but cannot be applied (422), the message says why."""


class Conflict(Exception):
    """The request clashes with stored data (409)."""


class Gone(Exception):
    """A referenced record was erased (410): a late write must not land on anyone else."""
