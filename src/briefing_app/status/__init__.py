"""After adoption: the depositary's status list imported, the status overview, the uptake report."""
