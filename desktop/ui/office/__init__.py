"""Our own people: the staff section, staff and rank dialogs, relationships (人脉)."""
