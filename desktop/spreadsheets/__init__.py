"""Rosters as spreadsheets: reading any Excel format or CSV safely, finding and mapping the
header row, turning cells into field values, and writing rosters that open cleanly in Excel/WPS.

Nothing here touches the database; services.roster_* put it together.
"""
