"""Write paths. Commands, admin actions and API views call these and nothing else."""
