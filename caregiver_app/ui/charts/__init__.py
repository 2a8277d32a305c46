"""Chart widgets for the Charts page (pyqtgraph), each drawn from a `services.charts.Dashboard`."""
