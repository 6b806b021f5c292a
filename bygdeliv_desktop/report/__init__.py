"""The signed summary PDF for the county: collect data, lay out with reportlab, PDF/A-3b, sign. No Qt."""
