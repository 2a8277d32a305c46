"""The Treatments page's tabs, forms and charts."""
