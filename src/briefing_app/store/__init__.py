"""The only place with SQL: connection factory, schema, migrations, repository functions."""
