# The test suite; mirrors the generators package.
