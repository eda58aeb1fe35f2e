"""The windows. The only package (with desktop/app.py) that imports Qt."""
