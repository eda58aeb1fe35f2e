"""Our staff: the staff list, one person's dialog, the rank scale, relationships (人脉)."""
