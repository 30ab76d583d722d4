"""What really happened: completed transfers read from record files, and the threads they resolve."""
