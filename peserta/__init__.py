"""Statistics, figures and formats for the dashboard's pages: pure functions over the participants frame."""
