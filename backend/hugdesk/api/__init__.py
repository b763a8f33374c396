"""The HTTP layer: the app factory, the security gate and one routes module per resource."""
