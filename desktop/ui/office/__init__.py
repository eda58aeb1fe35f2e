"""The office and its people: our staff, ranks and relationships (人脉); and the branch office on one
database — signing in, who may do what, users, change history, live updates, my work."""
