# Tests of the chart builders.
