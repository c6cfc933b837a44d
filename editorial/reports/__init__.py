"""The monthly posting report: figures per unit, SVG chart, XLSX/CSV exports and the admin view."""
