"""Speed and memory measurements (`make bench`); never timed assertions inside tests."""
