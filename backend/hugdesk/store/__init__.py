"""Storage: the connection, migrations, and one module of plain functions per table family (the database handle first)."""
