"""The team lead's desk in a browser: pages, sign-in, and the vendored chart library."""

from .routes import EXCEPTION_HANDLERS, ROUTES, STATIC, TEMPLATES, is_desk_path

__all__ = ["EXCEPTION_HANDLERS", "ROUTES", "STATIC", "TEMPLATES", "is_desk_path"]
