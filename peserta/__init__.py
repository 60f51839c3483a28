"""Statistics, figures, narrative and Indonesian/English text for the pages: pure functions over the facts frame."""
